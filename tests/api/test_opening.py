"""Opening content from the feed: the content_opened event, scored once per advocate and item,
and part of what simulation, re-scoring and team challenges see."""

from datetime import timedelta

from sqlalchemy import func

from server.models import ContentOpen, LedgerEntry
from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory

READING = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10},
        {"id": "opened.base", "name": "Read content", "trigger": "content_opened", "points": 2},
        {
            "id": "opened.launch",
            "name": "Read launch news",
            "trigger": "content_opened",
            "points": 3,
            "condition": '"launch" in tags',
        },
    ],
    "badges": [
        {
            "id": "reader",
            "name": "Reader",
            "criteria": "Open company content",
            "metric": "content_opened_total",
            "thresholds": [1, 5],
        }
    ],
}


def _publish(admin_client, document=READING):
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"})
    assert response.status_code == 201, response.get_json()


def _open(client, content_id):
    return client.post(f"/api/v1/content/{content_id}/open")


def _window() -> dict:
    now = utcnow()
    return {"start": (now - timedelta(days=1)).isoformat(), "end": (now + timedelta(minutes=5)).isoformat()}


def test_the_first_open_earns_points_and_a_badge_and_later_opens_change_nothing(
    admin_client, advocate_client, db
):
    _publish(admin_client)
    content = ContentFactory(tags=["launch"])
    first = _open(advocate_client, content.id)
    assert first.status_code == 200, first.get_json()
    body = first.get_json()
    assert body["first_time"] is True
    assert [a["explanation"] for a in body["awards"]] == ["+2: Read content", "+3: Read launch news"]
    assert body["points"]["all_time"] == 5
    assert [b["id"] for b in body["progress"]["badges"]] == ["reader"]

    again = _open(advocate_client, content.id).get_json()
    assert (again["first_time"], again["awards"], again["points"]["all_time"]) == (False, [], 5)
    assert again["opened_at"] == body["opened_at"]
    assert db.session.scalar(db.select(func.count()).select_from(ContentOpen)) == 1
    assert db.session.scalar(db.select(func.sum(LedgerEntry.points))) == 5
    history = advocate_client.get("/api/v1/me/ledger").get_json()["items"]
    assert {line["reason"] for line in history} == {"+2: Read content", "+3: Read launch news"}


def test_only_content_in_the_advocates_feed_can_be_opened(client, advocate_client, db):
    elsewhere = ContentFactory(target_teams=[TeamFactory()])
    draft = ContentFactory(status="draft")
    expired = ContentFactory(expires_at=utcnow() - timedelta(minutes=1))
    assert _open(client, ContentFactory().id).status_code == 401
    assert _open(advocate_client, 999_999).status_code == 404
    refused = _open(advocate_client, elsewhere.id)
    assert (refused.status_code, refused.get_json()["error"]["code"]) == (403, "content_not_targeted")
    unpublished = _open(advocate_client, draft.id).get_json()["error"]
    assert unpublished["message"] == "This content is not published, so it cannot be opened."
    assert _open(advocate_client, expired.id).get_json()["error"]["code"] == "content_expired"
    assert db.session.scalar(db.select(func.count()).select_from(ContentOpen)) == 0


def test_simulation_replays_opens_and_content_tags(admin_client, advocate_client, db):
    content = ContentFactory(tags=["launch"])
    _open(advocate_client, content.id)  # earns nothing under the starter rules
    body = {"content_id": content.id, "network": "email", "client_id": "sim-open-1"}
    assert advocate_client.post("/api/v1/shares", json=body).status_code == 201
    draft = {
        "rules": [
            *READING["rules"],
            {
                "id": "share.launch",
                "name": "Launch",
                "trigger": "share",
                "points": 4,
                "condition": '"launch" in tags',
            },
        ]
    }
    report = admin_client.post("/api/v1/rules/simulate", json={"draft": draft, **_window()}).get_json()
    assert report["events"] == 2
    assert (report["before"]["total_points"], report["after"]["total_points"]) == (10, 10 + 4 + 2 + 3)


def test_rescoring_corrects_opens_with_rows_of_their_own_type(admin_client, advocate_client, db):
    _publish(admin_client)
    _open(advocate_client, ContentFactory().id)
    cheaper = {"rules": [{**READING["rules"][1], "points": 1}]}
    _publish(admin_client, cheaper)
    summary = admin_client.post("/api/v1/rules/rescore", json=_window()).get_json()
    assert (summary["events"], summary["points_delta"]) == (1, -1)
    row = db.session.scalar(db.select(LedgerEntry).filter(LedgerEntry.event_id.like("rescore:%")))
    assert (row.event_type, row.points) == ("content_opened", -1)
    assert advocate_client.get("/api/v1/me").get_json()["points"]["all_time"] == 1


def test_a_team_challenge_on_opens_pays_out_when_the_team_reaches_it(
    admin_client, advocate_client, login_as, team, db
):
    from tests.factories import UserFactory

    now = utcnow()
    challenge = {
        "id": "read-2",
        "name": "Read two stories",
        "team_id": team.id,
        "event_type": "content_opened",
        "target": 2,
        "starts": (now - timedelta(days=1)).isoformat(),
        "ends": (now + timedelta(days=1)).isoformat(),
        "reward_points": 30,
    }
    _publish(admin_client, {**READING, "challenges": [challenge]})
    colleague = login_as(UserFactory(team=team))
    _open(advocate_client, ContentFactory().id)
    _open(colleague, ContentFactory().id)
    rewards = db.session.scalars(db.select(LedgerEntry).filter_by(rule_id="read-2"))
    assert sorted(row.points for row in rewards) == [30, 30]
