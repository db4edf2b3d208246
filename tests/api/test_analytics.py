"""Programme analytics: figures from the daily rollups, scoped by role, exported as CSV with the
same totals, and programme health."""

import csv
import io
from datetime import timedelta

import pytest

from server.models import Share
from server.models.types import utcnow
from server.sharing import service as sharing
from tests.factories import ContentFactory, TeamFactory, UserFactory

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def _share(client, content, network, client_id):
    body = {"content_id": content.id, "network": network, "client_id": client_id}
    assert client.post("/api/v1/shares", json=body).status_code == 201


def _click(anonymous, sharer, content, network, address):
    items = sharer.get("/api/v1/content/feed").get_json()["items"]
    link = next(i for i in items if i["id"] == content.id)["share_links"][network]
    path = link.split("localhost", 1)[1]
    response = anonymous.get(path, headers={"User-Agent": PHONE}, environ_base={"REMOTE_ADDR": address})
    assert response.status_code == 302


@pytest.fixture
def activity(advocate_client, login_as, client, team, db):
    """Ada (team) shares twice and gets three clicks, one a repeat; Bo (another team) shares once."""
    story, other = ContentFactory(title='=HYPERLINK("x")'), ContentFactory(title="Second story")
    bo = login_as(UserFactory(display_name="Bo", team=TeamFactory(name="Ops")))
    _share(advocate_client, story, "linkedin", "an-share-01")
    _share(advocate_client, other, "x", "an-share-02")
    _share(bo, story, "email", "an-share-03")
    _click(client, advocate_client, story, "linkedin", "203.0.113.1")
    _click(client, advocate_client, story, "linkedin", "203.0.113.1")  # the same reader again
    _click(client, advocate_client, story, "linkedin", "203.0.113.2")
    return story, other, bo


def test_admins_see_everyones_figures_with_emv(admin_client, activity):
    body = admin_client.get("/api/v1/analytics/overview").get_json()
    assert body["scope"] == {"team_id": None, "label": "Everyone"}
    # EMV: 3 clicks x 0.8 + impressions (linkedin 400 + x 250 + email 20) / 1000 x 6
    assert body["totals"] == {
        "shares": 3,
        "clicks": 3,
        "unique_clickers": 2,
        "click_through": 1.0,
        "emv": 6.42,
    }
    networks = {row["network"]: row for row in body["by_network"]}
    assert (networks["linkedin"]["clicks"], networks["linkedin"]["unique_clickers"]) == (3, 2)
    assert networks["linkedin"]["emv"] == round(3 * 0.8 + 400 / 1000 * 6, 2)
    assert [row["display_name"] for row in body["by_advocate"]] == ["Ada", "Bo"]
    assert {row["name"] for row in body["by_team"]} == {"Sales", "Ops"}
    assert sum(day["shares"] for day in body["by_day"]) == 3


def test_managers_see_their_team_only_and_advocates_nothing(
    manager_client, advocate_client, client, activity
):
    body = manager_client.get("/api/v1/analytics/overview").get_json()
    assert body["scope"]["label"] == "Sales"
    assert (body["totals"]["shares"], [r["display_name"] for r in body["by_advocate"]]) == (2, ["Ada"])
    other_team = activity[2].get("/api/v1/me").get_json()["team"]["id"]
    assert manager_client.get(f"/api/v1/analytics/overview?team_id={other_team}").status_code == 403
    assert advocate_client.get("/api/v1/analytics/overview").status_code == 403
    assert client.get("/api/v1/analytics/health").status_code == 401


def test_csv_exports_add_up_to_the_dashboard(admin_client, activity):
    totals = admin_client.get("/api/v1/analytics/overview").get_json()["totals"]
    for table in ("by_day", "by_network", "by_content", "by_advocate", "by_team"):
        response = admin_client.get(f"/api/v1/analytics/export/{table}.csv")
        assert response.status_code == 200 and response.mimetype == "text/csv"
        assert "attachment" in response.headers["Content-Disposition"]
        rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
        for figure in ("shares", "clicks", "unique_clickers"):
            assert sum(int(row[figure]) for row in rows) == totals[figure], (table, figure)
        # Each row's EMV is rounded to cents, so the rows may differ from the total by a cent each.
        assert abs(sum(float(row["emv"]) for row in rows) - totals["emv"]) <= 0.01 * len(rows)


def test_csv_never_hands_a_spreadsheet_a_formula(admin_client, activity):
    text = admin_client.get("/api/v1/analytics/export/by_content.csv").get_data(as_text=True)
    titles = [row["title"] for row in csv.DictReader(io.StringIO(text))]
    assert '\'=HYPERLINK("x")' in titles


@pytest.mark.parametrize(
    "query, field",
    [
        ("from=2026-05-02&to=2026-05-01", "to"),
        ("from=yesterday", "from"),
        ("from=2024-01-01&to=2026-01-01", "to"),
        ("team_id=x", "team_id"),
    ],
)
def test_bad_ranges_are_refused_naming_the_field(admin_client, db, query, field):
    response = admin_client.get(f"/api/v1/analytics/overview?{query}")
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_an_unknown_table_is_a_404(admin_client, db):
    assert admin_client.get("/api/v1/analytics/export/passwords.csv").status_code == 404


def test_programme_health(admin_client, advocate, activity, db):
    quiet = UserFactory(display_name="Quinn")
    old = Share(
        content_id=activity[1].id,
        network="x",
        client_id="old-share-1",
        created_at=utcnow() - timedelta(days=45),
    )
    old.user_id = quiet.id
    sharing.record(quiet, old)
    db.session.commit()
    body = admin_client.get("/api/v1/analytics/health").get_json()
    assert body["active_advocates"] == 2  # Ada and Bo shared this month; Quinn did not
    assert body["participation"] == round(2 / body["advocates"], 4)
    assert [row["display_name"] for row in body["quiet"]] == ["Quinn"]
    assert 0 < body["points_top10_share"] <= 1 and body["clicks_top10_share"] == 1.0
    assert body["new_advocates"] == body["advocates"]  # every test user joined this month


def test_advocates_see_what_their_own_shares_brought(advocate_client, activity):
    mine = advocate_client.get("/api/v1/me/analytics").get_json()
    assert mine["month"] == {"shares": 2, "clicks": 3, "unique_clickers": 2}
    assert mine["all_time"] == mine["month"]


def test_admins_tune_how_emv_is_estimated(admin_client, activity):
    settings = {"currency": "GBP", "cost_per_click": 2.0, "reach": {"linkedin": 1000}}
    response = admin_client.patch("/api/v1/organisation", json={"emv": settings})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["emv"]["reach"] == {"linkedin": 1000}
    body = admin_client.get("/api/v1/analytics/overview").get_json()
    assert body["currency"] == "GBP"
    assert body["totals"]["emv"] == round(3 * 2.0 + 1000 / 1000 * 6, 2)  # only LinkedIn has reach now
    bad = admin_client.patch("/api/v1/organisation", json={"emv": {"currency": "euro", "cost_per_click": -1}})
    assert bad.status_code == 422 and "emv" in bad.get_json()["error"]["fields"]


def test_long_tables_list_the_most_clicked_and_count_the_rest(admin_client, activity, db):
    from server.analytics.service import overview

    today = utcnow().date()
    body = overview(today - timedelta(days=1), today + timedelta(days=1), None, limit=1)
    assert [row["display_name"] for row in body["by_advocate"]] == ["Ada"]  # the clicks are hers
    assert body["rows_total"]["by_advocate"] == 2 and body["rows_total"]["by_content"] == 2
    assert (
        len(admin_client.get("/api/v1/analytics/export/by_advocate.csv").get_data(as_text=True).splitlines())
        == 3
    )
