"""Excluding someone from a closed month's prizes: from every prize of the month (the default) or
from one, with the reason, the scope and who in the audit log; refusals that name the field and
write nothing; and the award announced only once it is confirmed."""

import pytest
from flask import current_app

from server.models import AuditEntry, PrizeExclusion, PrizeWinner
from server.prizes import news as prize_news
from tests.api.test_prizes import close, confirm, earn, prize, winners
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def sales(db, team, manager):
    """Bo, Cy and Di in Sales with last month's points (50, 40, 30), each active on two days."""
    people = {name: UserFactory(display_name=name, team=team) for name in ("Bo", "Cy", "Di")}
    for name, points in (("Bo", 50), ("Cy", 40), ("Di", 30)):
        earn(db, people[name], points, shares_on=(1, 2))
    return people


@pytest.fixture
def month(manager_client, team, sales):
    """Last month's Sales prizes, closed: a top prize and a most-shares raffle, each for one, and
    the preview with Bo winning the top prize."""
    prize(manager_client, team_id=team.id, title="Gift card", quantity=1)
    prize(manager_client, team_id=team.id, title="Second prize", quantity=1, allow_repeat=True)
    return close(manager_client, team.id)


def exclude(client, preview, **body):
    return client.post(f"/api/v1/closes/{preview['id']}/exclusions", json=body)


def audit(db, action):
    return [entry.detail for entry in db.session.scalars(db.select(AuditEntry).filter_by(action=action))]


def count(db, model):
    return db.session.scalar(db.select(db.func.count()).select_from(model))


def test_a_month_exclusion_keeps_them_out_of_every_prize_and_the_next_moves_up(
    manager_client, db, sales, month
):
    assert (winners(month, 0), winners(month, 1)) == (["Bo"], ["Bo"])
    response = exclude(manager_client, month, user_id=sales["Bo"].id, reason="Joined the prize committee")
    assert response.status_code == 201, response.get_json()
    after = response.get_json()
    assert (winners(after, 0), winners(after, 1)) == (["Cy"], ["Cy"])
    [row] = after["exclusions"]
    assert (row["scope"], row["prize_id"], row["name"], row["reason"]) == (
        "month",
        None,
        "Bo",
        "Joined the prize committee",
    )
    assert row["by"] == "Max"
    assert [x["id"] for x in after["prizes"][0]["excluded"]] == [row["id"]]
    assert [x["id"] for x in after["prizes"][1]["excluded"]] == [row["id"]]
    stored = db.session.get(PrizeExclusion, row["id"])
    assert (stored.close_id, stored.scope, stored.prize_id) == (month["id"], "month", None)


def test_a_month_exclusion_is_the_default(manager_client, db, sales, month):
    response = exclude(manager_client, month, user_id=sales["Bo"].id, reason="Organised the raffle")
    assert response.get_json()["exclusions"][0]["scope"] == "month"


def test_a_prize_exclusion_keeps_them_out_of_that_prize_only(manager_client, db, sales, month):
    gift = month["prizes"][0]["id"]
    response = exclude(
        manager_client, month, scope="prize", prize_id=gift, user_id=sales["Bo"].id, reason="Won it in May"
    )
    assert response.status_code == 201, response.get_json()
    after = response.get_json()
    assert (winners(after, 0), winners(after, 1)) == (["Cy"], ["Bo"])
    assert after["exclusions"][0]["prize"] == "Gift card"
    assert after["prizes"][1]["excluded"] == []


def test_confirming_awards_nobody_excluded_for_the_month(manager_client, db, sales, month):
    after = exclude(manager_client, month, user_id=sales["Bo"].id, reason="Joined the prize committee")
    awarded = confirm(manager_client, after.get_json())
    assert awarded.status_code == 200, awarded.get_json()
    won = set(db.session.scalars(db.select(PrizeWinner.user_id)))
    assert won == {sales["Cy"].id}


def test_the_reason_scope_and_who_are_in_the_audit_log_and_so_is_a_removal(manager_client, db, sales, month):
    after = exclude(manager_client, month, user_id=sales["Bo"].id, reason="Joined the prize committee")
    [made] = audit(db, "prizes.exclude")
    assert made["scope"] == "month" and made["prizes_for"] == f"team:{sales['Bo'].team_id}"
    assert (made["user_id"], made["reason"], made["close_id"]) == (
        sales["Bo"].id,
        "Joined the prize committee",
        month["id"],
    )
    exclusion = after.get_json()["exclusions"][0]["id"]
    undone = manager_client.delete(f"/api/v1/closes/{month['id']}/exclusions/{exclusion}")
    assert undone.status_code == 200 and winners(undone.get_json(), 1) == ["Bo"]
    [removed] = audit(db, "prizes.include")
    assert (removed["exclusion_id"], removed["scope"], removed["user_id"]) == (
        exclusion,
        "month",
        sales["Bo"].id,
    )
    assert removed["reason"] == "Joined the prize committee"


def test_a_best_team_exclusion_for_the_month_names_the_team(admin_client, db, team, sales):
    legal = TeamFactory(name="Legal")
    earn(db, UserFactory(team=legal, display_name="Lea"), 60)
    prize(admin_client, title="Team lunch", method="best_team", quantity=1)
    preview = close(admin_client, None)
    assert winners(preview) == ["Legal"]
    after = exclude(admin_client, preview, team_id=legal.id, reason="Organised the lunch")
    assert after.status_code == 201, after.get_json()
    assert winners(after.get_json()) == ["Sales"]
    assert after.get_json()["exclusions"][0]["name"] == "Legal"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reason": "Joined the prize committee"}, "user_id"),
        ({"user_id": "bo"}, "reason"),
        ({"user_id": "bo", "reason": "   "}, "reason"),
        ({"user_id": "bo", "reason": "no"}, "reason"),
        ({"user_id": "bo", "team_id": 1, "reason": "Both at once"}, "user_id"),
        ({"user_id": "bo", "scope": "year", "reason": "Not a scope"}, "scope"),
        ({"user_id": "bo", "scope": "prize", "reason": "Which prize?"}, "prize_id"),
        (
            {"user_id": "bo", "scope": "month", "prize_id": "gift", "reason": "A prize for the month"},
            "prize_id",
        ),
        ({"user_id": "bo", "scope": "prize", "prize_id": 999_999, "reason": "No such prize"}, "prize_id"),
        ({"user_id": "admin", "reason": "Not in the standings"}, "user_id"),
        (
            {"user_id": "bo", "scope": "prize", "prize_id": "lunch", "reason": "Lunch goes to teams"},
            "user_id",
        ),
    ],
)
def test_refusals_name_the_field_and_write_nothing(admin_client, admin, db, team, sales, body, field):
    gift = prize(admin_client, team_id=None, title="Gift card")
    lunch = prize(admin_client, team_id=None, title="Team lunch", method="best_team")
    preview = close(admin_client, None)
    known = {"bo": sales["Bo"].id, "admin": admin.id, "gift": gift["id"], "lunch": lunch["id"]}
    sent = {key: known.get(value, value) if isinstance(value, str) else value for key, value in body.items()}
    response = exclude(admin_client, preview, **sent)
    assert response.status_code in (404, 422), response.get_json()
    error = response.get_json()["error"]
    assert field in error["fields"], error
    assert all(" " in message for messages in error["fields"].values() for message in messages)  # words
    assert len(error["fields"][field]) == 1  # one message, not one per rule it breaks
    assert count(db, PrizeExclusion) == 0 and audit(db, "prizes.exclude") == []


def test_excluding_twice_is_refused(manager_client, db, sales, month):
    exclude(manager_client, month, user_id=sales["Bo"].id, reason="Joined the prize committee")
    again = exclude(
        manager_client,
        month,
        scope="prize",
        prize_id=month["prizes"][0]["id"],
        user_id=sales["Bo"].id,
        reason="Again",
    )
    assert (again.status_code, again.get_json()["error"]["code"]) == (409, "already_excluded")
    assert "every prize this month" in again.get_json()["error"]["message"]
    assert count(db, PrizeExclusion) == 1


def test_the_preview_shows_what_will_be_announced(manager_client, db, sales, month):
    announcement = month["prizes"][0]["announcement"]
    assert announcement["title"] == "You won: Gift card"
    assert announcement["body"].endswith("· top of the board")
    assert announcement["to"] == "each winner"


def test_the_award_is_announced_only_once_confirmed(
    manager_client, login_as, push_service, vapid, monkeypatch, db, sales, month
):
    published = []
    monkeypatch.setattr(prize_news.publish, "prizes_awarded", lambda *args: published.append(args))
    cy = login_as(sales["Cy"])
    subscription = push_service.subscription()
    assert cy.post("/api/v1/push/devices", json={**subscription.info(), "label": "Phone"}).status_code == 201
    after = exclude(
        manager_client, month, user_id=sales["Bo"].id, reason="Joined the prize committee"
    ).get_json()
    current_app.extensions["tasks"].run_pending()
    assert push_service.delivered(subscription.endpoint) == [] and published == []
    assert cy.get("/api/v1/prizes/wall").get_json()["winners"] == []
    assert confirm(manager_client, after).status_code == 200
    current_app.extensions["tasks"].run_pending()
    assert len(push_service.delivered(subscription.endpoint)) == 2  # both prizes
    assert len(published) == 1
    wall = cy.get("/api/v1/prizes/wall").get_json()
    assert {w["name"] for w in wall["winners"]} == {"Cy"}
