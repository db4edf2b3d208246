"""Monthly prizes through the API: the catalogue and its scopes, closing a month, the preview,
exclusions, the final award, the winners' wall and fulfilment."""

import json
from datetime import timedelta

import pytest
from flask import current_app

from server.leaderboards.periods import month_bounds, period_key, previous_month
from server.models import DailyActivity, LedgerEntry, MonthClose, PrizeWinner, Score, Standing
from server.models.types import utcnow
from server.prizes import news as prize_news
from server.prizes.scope import month_label
from tests.factories import ContentFactory, TeamFactory, UserFactory


def _last_month() -> str:
    return previous_month(period_key("month", utcnow(), _utc()))


def _utc():
    from zoneinfo import ZoneInfo

    return ZoneInfo("UTC")


def earn(db, user, points, day=3, month=None, shares_on=()):
    """`points` in the ledger on `day` of the month (last month by default), and a share on each
    of `shares_on` (active days)."""
    month = month or _last_month()
    start, _ = month_bounds(month, _utc())
    at = start + timedelta(days=day - 1, hours=10)
    content = ContentFactory()
    entry = LedgerEntry(
        user_id=user.id,
        points=points,
        reason="test",
        event_type="share",
        event_id=f"test-{user.id}-{month}-{day}-{points}",
        rule_id="share.base",
        rule_version=1,
        occurred_at=at,
    )
    db.session.add(entry)
    for share_day in shares_on:
        db.session.add(
            DailyActivity(
                day=(start + timedelta(days=share_day - 1)).date(),
                user_id=user.id,
                team_id=user.team_id,
                content_id=content.id,
                network="linkedin",
                shares=1,
            )
        )
    db.session.commit()


def prize(client, **fields):
    body = {"month": _last_month(), "title": "Gift card", "method": "top", **fields}
    response = client.post("/api/v1/prizes", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def close(client, team_id):
    response = client.post("/api/v1/closes", json={"month": _last_month(), "team_id": team_id})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def confirm(client, preview):
    sent = [
        {"prize_id": item["id"], "winners": [w.get("user_id", w.get("team_id")) for w in item["winners"]]}
        for item in preview["prizes"]
    ]
    return client.post(f"/api/v1/closes/{preview['id']}/confirm", json={"prizes": sent})


def winners(preview, index=0):
    return [w["name"] for w in preview["prizes"][index]["winners"]]


@pytest.fixture
def sales(db, team, manager):
    """Ada (the advocate), Max (the manager) and three more in Sales, with last month's points."""
    people = {name: UserFactory(display_name=name, team=team) for name in ("Bo", "Cy", "Di")}
    for name, points in (("Bo", 50), ("Cy", 40), ("Di", 30)):
        earn(db, people[name], points, shares_on=(1, 2))
    return people


def test_managers_run_their_own_teams_prizes_and_admins_any(manager_client, admin_client, db, team):
    other = TeamFactory(name="Marketing")
    assert prize(manager_client, team_id=team.id)["team_id"] == team.id
    company = manager_client.post("/api/v1/prizes", json={"month": "2026-10", "title": "X", "method": "top"})
    assert (company.status_code, company.get_json()["error"]["code"]) == (403, "forbidden")
    theirs = manager_client.post(
        "/api/v1/prizes", json={"month": "2026-10", "title": "X", "method": "top", "team_id": other.id}
    )
    assert theirs.status_code == 403
    assert prize(admin_client, team_id=None)["team_id"] is None
    assert prize(admin_client, team_id=other.id)["team_id"] == other.id


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"month": "2026-13"}, "month"),
        ({"title": "   "}, "title"),
        ({"method": "lottery"}, "method"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": "3"}, "quantity"),
        ({"image_url": "javascript:alert(1)"}, "image_url"),
        ({"min_active_days": 40}, "min_active_days"),
        ({"colour": "gold"}, "colour"),
    ],
)
def test_bad_prizes_are_refused_naming_the_field(admin_client, db, change, field):
    body = {"month": "2026-10", "title": "Gift card", "method": "top", **change}
    response = admin_client.post("/api/v1/prizes", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_a_best_team_prize_is_company_wide(admin_client, db, team):
    body = {"month": "2026-10", "title": "Team lunch", "method": "best_team", "team_id": team.id}
    response = admin_client.post("/api/v1/prizes", json=body)
    assert response.status_code == 422 and "method" in response.get_json()["error"]["fields"]


def test_advocates_see_the_prizes_they_can_win(advocate_client, admin_client, db, team):
    other = TeamFactory(name="Marketing")
    prize(admin_client, title="Company prize")
    prize(admin_client, title="Sales prize", team_id=team.id)
    prize(admin_client, title="Marketing prize", team_id=other.id)
    listed = advocate_client.get(f"/api/v1/prizes?month={_last_month()}").get_json()["items"]
    assert sorted(p["title"] for p in listed) == ["Company prize", "Sales prize"]
    assert advocate_client.post("/api/v1/prizes", json={}).status_code == 403


def test_closing_freezes_the_standings_and_previews_the_top(manager_client, db, team, sales):
    prize(manager_client, team_id=team.id, quantity=2)
    preview = close(manager_client, team.id)
    assert winners(preview) == ["Bo", "Cy"]
    assert preview["prizes"][0]["winners"][0]["figure"] == 50
    assert preview["advocates"] == 4  # Max the manager and the three with points
    assert len(preview["seed"]) == 16 and preview["confirmed_at"] is None


def test_a_month_closes_once_and_only_when_it_is_over(manager_client, db, team, sales):
    prize(manager_client, team_id=team.id)
    close(manager_client, team.id)
    again = manager_client.post("/api/v1/closes", json={"month": _last_month(), "team_id": team.id})
    assert (again.status_code, again.get_json()["error"]["code"]) == (409, "already_closed")
    this_month = period_key("month", utcnow(), _utc())
    early = manager_client.post("/api/v1/closes", json={"month": this_month, "team_id": team.id})
    assert (early.status_code, early.get_json()["error"]["code"]) == (409, "month_not_over")


def test_the_snapshot_ignores_late_events(manager_client, db, team, sales):
    prize(manager_client, team_id=team.id)
    preview = close(manager_client, team.id)
    assert winners(preview) == ["Bo"]
    earn(db, sales["Di"], 100, day=20)  # scored after the close, for a moment inside the month
    month = _last_month()
    db.session.add(Score(user_id=sales["Di"].id, period="month", period_key=month, points=130))
    db.session.commit()
    again = manager_client.get(f"/api/v1/closes/{preview['id']}").get_json()
    assert winners(again) == ["Bo"]
    frozen = db.session.scalar(db.select(Standing.points).filter_by(user_id=sales["Di"].id))
    assert frozen == 30


def test_an_excluded_winner_is_replaced_by_the_next_in_line(manager_client, db, team, sales):
    made = prize(manager_client, team_id=team.id, quantity=2)
    preview = close(manager_client, team.id)
    response = manager_client.post(
        f"/api/v1/closes/{preview['id']}/exclusions",
        json={
            "prize_id": made["id"],
            "scope": "prize",
            "user_id": sales["Bo"].id,
            "reason": "Shared the same post 40 times",
        },
    )
    assert response.status_code == 201
    after = response.get_json()
    assert winners(after) == ["Cy", "Di"]
    assert after["prizes"][0]["excluded"][0]["reason"] == "Shared the same post 40 times"
    blank = manager_client.post(
        f"/api/v1/closes/{preview['id']}/exclusions",
        json={"prize_id": made["id"], "scope": "prize", "user_id": sales["Cy"].id, "reason": " "},
    )
    assert blank.status_code == 422 and "reason" in blank.get_json()["error"]["fields"]
    undo = manager_client.delete(
        f"/api/v1/closes/{preview['id']}/exclusions/{after['prizes'][0]['excluded'][0]['id']}"
    )
    assert winners(undo.get_json()) == ["Bo", "Cy"]


def test_a_prize_someone_was_excluded_from_can_still_be_removed(manager_client, db, team, sales):
    made = prize(manager_client, team_id=team.id)
    preview = close(manager_client, team.id)
    body = {
        "prize_id": made["id"],
        "scope": "prize",
        "user_id": sales["Bo"].id,
        "reason": "Asked not to take part",
    }
    assert manager_client.post(f"/api/v1/closes/{preview['id']}/exclusions", json=body).status_code == 201
    assert manager_client.delete(f"/api/v1/prizes/{made['id']}").status_code == 204
    assert manager_client.get(f"/api/v1/closes/{preview['id']}").get_json()["prizes"] == []


def test_confirming_awards_for_good(manager_client, advocate_client, db, team, sales):
    made = prize(manager_client, team_id=team.id, quantity=2)
    preview = close(manager_client, team.id)
    response = confirm(manager_client, preview)
    assert response.status_code == 200, response.get_json()
    awarded = response.get_json()
    assert awarded["confirmed_at"] and winners(awarded) == ["Bo", "Cy"]
    again = confirm(manager_client, preview)
    assert (again.status_code, again.get_json()["error"]["code"]) == (409, "already_awarded")
    edit = manager_client.patch(f"/api/v1/prizes/{made['id']}", json={"quantity": 3})
    assert edit.status_code == 409
    exclusion = manager_client.post(
        f"/api/v1/closes/{preview['id']}/exclusions",
        json={"prize_id": made["id"], "scope": "prize", "user_id": sales["Bo"].id, "reason": "Too late now"},
    )
    assert exclusion.status_code == 409
    assert db.session.scalar(db.select(db.func.count()).select_from(PrizeWinner)) == 2


def test_more_winners_than_the_quantity_are_refused(manager_client, db, team, sales):
    made = prize(manager_client, team_id=team.id, quantity=1)
    preview = close(manager_client, team.id)
    ids = [sales["Bo"].id, sales["Cy"].id]
    response = manager_client.post(
        f"/api/v1/closes/{preview['id']}/confirm", json={"prizes": [{"prize_id": made["id"], "winners": ids}]}
    )
    assert (response.status_code, response.get_json()["error"]["code"]) == (422, "too_many_winners")
    assert "prizes.0.winners" in response.get_json()["error"]["fields"]
    assert db.session.scalar(db.select(db.func.count()).select_from(PrizeWinner)) == 0


def test_an_out_of_date_preview_is_refused(manager_client, db, team, sales):
    made = prize(manager_client, team_id=team.id)
    preview = close(manager_client, team.id)
    manager_client.post(
        f"/api/v1/closes/{preview['id']}/exclusions",
        json={
            "prize_id": made["id"],
            "scope": "prize",
            "user_id": sales["Bo"].id,
            "reason": "Left the company",
        },
    )
    stale = confirm(manager_client, preview)
    assert (stale.status_code, stale.get_json()["error"]["code"]) == (409, "preview_out_of_date")
    assert db.session.get(MonthClose, preview["id"]).confirmed_at is None


def test_a_raffle_with_nobody_eligible_is_refused_and_nothing_is_awarded(manager_client, db, team, sales):
    prize(manager_client, team_id=team.id, title="Top sharer")
    prize(manager_client, team_id=team.id, title="Raffle", method="raffle", min_active_days=10)
    preview = close(manager_client, team.id)
    assert preview["problems"] == ["'Raffle' has no eligible advocates: lower its minimum or remove it."]
    response = confirm(manager_client, preview)
    assert (response.status_code, response.get_json()["error"]["code"]) == (422, "cannot_award")
    assert "Raffle" in response.get_json()["error"]["message"]
    assert db.session.scalar(db.select(db.func.count()).select_from(PrizeWinner)) == 0
    assert db.session.get(MonthClose, preview["id"]).confirmed_at is None


def test_one_prize_per_person_unless_the_manager_allows_more(manager_client, db, team, sales):
    prize(manager_client, team_id=team.id, title="First", quantity=1)
    prize(manager_client, team_id=team.id, title="Second", quantity=1)
    prize(manager_client, team_id=team.id, title="Open to all", quantity=1, allow_repeat=True)
    preview = close(manager_client, team.id)
    assert [winners(preview, n) for n in range(3)] == [["Bo"], ["Cy"], ["Bo"]]


def test_eligibility_needs_the_minimum_points_and_active_days(manager_client, db, team, sales):
    earn(db, sales["Di"], 5, shares_on=(3, 4, 5))  # Di: 35 points, five active days
    prize(manager_client, team_id=team.id, quantity=3, min_points=32, min_active_days=3)
    assert winners(close(manager_client, team.id)) == ["Di"]


def test_most_improved_compares_with_the_month_before(manager_client, db, team, sales):
    earlier = previous_month(_last_month())
    earn(db, sales["Bo"], 45, month=earlier)  # Bo: 45 -> 50, Cy: 0 -> 40, Di: 0 -> 30
    prize(manager_client, team_id=team.id, method="most_improved", quantity=2)
    preview = close(manager_client, team.id)
    assert winners(preview) == ["Cy", "Di"]
    assert [w["figure"] for w in preview["prizes"][0]["winners"]] == [40, 30]


def test_best_team_is_ranked_per_member_so_small_teams_can_win(admin_client, db, team, sales):
    small = TeamFactory(name="Legal")
    earn(db, UserFactory(team=small, display_name="Lea"), 60)  # Legal: 60 per member
    prize(admin_client, title="Team lunch", method="best_team")  # Sales: 120 over 5 members
    preview = close(admin_client, None)
    assert winners(preview) == ["Legal"]
    assert preview["prizes"][0]["winners"][0]["figure"] == 60


def test_a_manager_cannot_close_or_award_outside_their_scope(manager_client, admin_client, db, team, sales):
    other = TeamFactory(name="Marketing")
    prize(admin_client, team_id=other.id)
    refused = manager_client.post("/api/v1/closes", json={"month": _last_month(), "team_id": other.id})
    assert refused.status_code == 403
    company = manager_client.post("/api/v1/closes", json={"month": _last_month(), "team_id": None})
    assert company.status_code == 403
    theirs = close(admin_client, other.id)
    assert manager_client.get(f"/api/v1/closes/{theirs['id']}").status_code == 403
    assert confirm(manager_client, theirs).status_code == 403
    assert manager_client.get(f"/api/v1/closes?month={_last_month()}").get_json()["items"] == []


def test_the_wall_my_wins_and_fulfilment(manager_client, advocate_client, login_as, db, team, sales):
    sales["Cy"].public_ranking = False
    db.session.commit()
    prize(manager_client, team_id=team.id, quantity=2, title="Headphones")
    confirm(manager_client, close(manager_client, team.id))
    wall = advocate_client.get("/api/v1/prizes/wall").get_json()
    assert wall["month"] == _last_month() and wall["months"] == [_last_month()]
    assert [w["name"] for w in wall["winners"]] == ["Bo", "A colleague who keeps their ranking private"]
    bo = login_as(sales["Bo"])
    [win] = bo.get("/api/v1/prizes/mine").get_json()["items"]
    assert (win["prize"]["title"], win["status"]) == ("Headphones", "pending")
    assert bo.patch(f"/api/v1/prize-winners/{win['id']}", json={"status": "sent"}).status_code == 403
    assert (
        advocate_client.patch(f"/api/v1/prize-winners/{win['id']}", json={"status": "received"}).status_code
        == 403
    )
    sent = manager_client.patch(f"/api/v1/prize-winners/{win['id']}", json={"status": "sent"})
    assert sent.get_json()["status"] == "sent"
    received = bo.patch(f"/api/v1/prize-winners/{win['id']}", json={"status": "received"})
    assert received.get_json()["status"] == "received"
    bad = manager_client.patch(f"/api/v1/prize-winners/{win['id']}", json={"status": "lost"})
    assert bad.status_code == 422 and "status" in bad.get_json()["error"]["fields"]


def test_managers_are_told_what_is_ready_to_close(manager_client, db, team, sales):
    assert manager_client.get("/api/v1/closes/ready").get_json()["items"] == []
    prize(manager_client, team_id=team.id)
    [ready] = manager_client.get("/api/v1/closes/ready").get_json()["items"]
    assert (ready["month"], ready["team_id"], ready["prizes"]) == (_last_month(), team.id, 1)
    close(manager_client, team.id)
    assert manager_client.get("/api/v1/closes/ready").get_json()["items"] == []


def test_winners_are_told_by_push(manager_client, login_as, push_service, vapid, db, team, sales):
    bo = login_as(sales["Bo"])
    subscription = push_service.subscription()
    assert bo.post("/api/v1/push/devices", json={**subscription.info(), "label": "Phone"}).status_code == 201
    prize(manager_client, team_id=team.id, title="Headphones")
    confirm(manager_client, close(manager_client, team.id))
    current_app.extensions["tasks"].run_pending()
    [plaintext] = push_service.delivered(subscription.endpoint)
    message = json.loads(plaintext)
    assert (message["title"], message["url"], message["category"]) == (
        "You won: Headphones",
        "/#/prizes",
        "prizes",
    )


def test_managers_are_reminded_once_when_a_month_is_ready_to_close(
    manager_client, push_service, vapid, db, team, sales
):
    subscription = push_service.subscription()
    assert (
        manager_client.post(
            "/api/v1/push/devices", json={**subscription.info(), "label": "Phone"}
        ).status_code
        == 201
    )
    prize(manager_client, team_id=team.id)
    morning, early = utcnow().replace(hour=10), utcnow().replace(hour=7)
    assert prize_news.remind_to_close(early) == 0  # not before 09:00 on the organisation's clock
    assert prize_news.remind_to_close(morning) == 1
    assert prize_news.remind_to_close(morning) == 0  # once per month and scope
    current_app.extensions["tasks"].run_pending()
    [plaintext] = push_service.delivered(subscription.endpoint)
    assert json.loads(plaintext)["title"] == f"{month_label(_last_month())} is ready to close"
