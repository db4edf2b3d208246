"""A winner with the app open sees the win live; everyone's wall is told to refresh."""

from datetime import timedelta

from server.leaderboards.periods import month_bounds, period_key, previous_month
from server.models import LedgerEntry
from server.models.types import utcnow
from tests.factories import UserFactory


def test_a_winner_sees_the_win_live(manager_client, login_as, socket_for, db, team):
    from zoneinfo import ZoneInfo

    month = previous_month(period_key("month", utcnow(), ZoneInfo("UTC")))
    winner = UserFactory(display_name="Bo", team=team)
    at = month_bounds(month, ZoneInfo("UTC"))[0] + timedelta(days=2)
    db.session.add(
        LedgerEntry(
            user_id=winner.id,
            points=30,
            reason="t",
            event_type="share",
            event_id="e1",
            rule_id="share.base",
            rule_version=1,
            occurred_at=at,
        )
    )
    db.session.commit()
    phone = socket_for(login_as(winner))
    made = manager_client.post(
        "/api/v1/prizes", json={"month": month, "title": "Mug", "method": "top", "team_id": team.id}
    )
    preview = manager_client.post("/api/v1/closes", json={"month": month, "team_id": team.id}).get_json()
    body = {"prizes": [{"prize_id": made.get_json()["id"], "winners": [winner.id]}]}
    assert manager_client.post(f"/api/v1/closes/{preview['id']}/confirm", json=body).status_code == 200
    events = phone.received()
    [news] = [e["args"][0] for e in events if e["name"] == "prize:won"]
    assert (news["prize"], news["month"], news["place"]) == ("Mug", month, 1)
    assert [e["args"][0] for e in events if e["name"] == "prizes:awarded"] == [{"month": month}]
