"""Admins publish rule-set versions and roll back; shares are scored by the version in force."""

from datetime import timedelta

from server.models.types import utcnow
from tests.factories import ContentFactory

DOUBLE_POINTS = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 20},
        {
            "id": "share.first",
            "name": "First share today",
            "trigger": "share",
            "points": 5,
            "condition": "shares_today == 1",
        },
    ],
    "badges": [
        {
            "id": "sharer",
            "name": "Sharer",
            "criteria": "Share content",
            "metric": "shares_total",
            "thresholds": [1, 2],
        }
    ],
    "levels": [{"name": "Newcomer", "threshold": 0}, {"name": "Contributor", "threshold": 40}],
}


def _sales_shares_twice(team) -> dict:
    """A team challenge running now: two shares by the team pay each member 50."""
    now = utcnow()
    return {
        "id": "sales-2",
        "name": "Sales shares twice",
        "team_id": team.id,
        "event_type": "share",
        "target": 2,
        "starts": (now - timedelta(days=1)).isoformat(),
        "ends": (now + timedelta(days=1)).isoformat(),
        "reward_points": 50,
    }


def _share(client, content, client_id, network="linkedin"):
    body = {"content_id": content.id, "network": network, "client_id": client_id}
    return client.post("/api/v1/shares", json=body)


def test_publishing_changes_how_the_next_share_is_scored(admin_client, advocate_client, db):
    content = ContentFactory()
    assert _share(advocate_client, content, "before-01").get_json()["points"]["all_time"] == 15
    published = admin_client.post("/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "reason": "Test"})
    assert published.status_code == 201, published.get_json()
    assert published.get_json()["version"] == 2
    result = _share(advocate_client, content, "after-001").get_json()
    assert [a["explanation"] for a in result["awards"]] == ["+20: Shared content"]
    versions = admin_client.get("/api/v1/rules/versions").get_json()["items"]
    assert [(v["version"], v["published_by"], v["rules"]) for v in versions] == [(2, "Rae", 2)]
    assert admin_client.get("/api/v1/rules/current").get_json()["version"] == 2


def test_a_share_reports_badges_levels_and_streaks_it_earned(admin_client, advocate_client, db):
    admin_client.post("/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "reason": "Test"})
    first = _share(advocate_client, ContentFactory(), "progress-1").get_json()["progress"]
    assert first == {
        "badges": [{"id": "sharer", "name": "Sharer", "tier": 1, "tier_name": "bronze"}],
        "level": None,  # a Newcomer already, before any points: no level-up
        "streak": 1,
    }
    second = _share(advocate_client, ContentFactory(), "progress-2").get_json()["progress"]
    assert second["badges"][0]["tier_name"] == "silver" and second["level"] == "Contributor"
    replay = _share(advocate_client, ContentFactory(), "progress-2")
    assert replay.status_code in {200, 409}


def test_profile_shows_level_streak_and_badge_gallery(admin_client, advocate_client, db):
    admin_client.post("/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "reason": "Test"})
    _share(advocate_client, ContentFactory(), "gallery-01")
    progress = advocate_client.get("/api/v1/me/progress").get_json()
    assert progress["level"] == {
        "level": "Newcomer",
        "next_level": "Contributor",
        "points": 25,
        "next_threshold": 40,
        "progress": 0.625,
    }
    assert progress["streak"] == {"days": 1, "period": "day", "grace": 0}
    (badge,) = progress["badges"]
    assert (badge["id"], badge["tier_name"], badge["value"], badge["next_threshold"]) == (
        "sharer",
        "bronze",
        1,
        2,
    )
    assert badge["earned_at"] is not None


def test_profile_needs_a_login(client):
    assert client.get("/api/v1/me/progress").status_code == 401


def test_rollback_publishes_an_earlier_version_again(admin_client, advocate_client, db):
    admin_client.post("/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "reason": "Test"})
    rolled = admin_client.post("/api/v1/rules/rollback", json={"version": 1})
    assert rolled.status_code == 201 and rolled.get_json()["version"] == 3
    result = _share(advocate_client, ContentFactory(), "rolled-01").get_json()
    assert result["points"]["all_time"] == 15
    assert admin_client.post("/api/v1/rules/rollback", json={"version": 99}).status_code == 404


def test_a_rule_set_with_problems_is_not_published_and_lists_every_reason(admin_client, db):
    bad = {
        "rules": [
            {"id": "a", "name": "A", "trigger": "share", "points": 1, "condition": "hour =~ 3"},
            {"id": "a", "name": "B", "trigger": "share", "points": 1},
        ],
        "levels": [{"name": "One", "threshold": 10}, {"name": "Two", "threshold": 5}],
    }
    response = admin_client.post("/api/v1/rules/publish", json={"document": bad, "reason": "Test"})
    assert response.status_code == 422
    assert sorted(response.get_json()["error"]["fields"]) == [
        "document",
        "document.levels.1.threshold",
        "document.rules.0.condition",
        "document.rules.1.id",
    ]
    assert admin_client.get("/api/v1/rules/versions").get_json()["items"] == []


def test_rules_cannot_be_published_into_the_past(admin_client, db):
    past = (utcnow() - timedelta(days=1)).isoformat()
    response = admin_client.post(
        "/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "effective_from": past, "reason": "Test"}
    )
    assert response.status_code == 422
    assert "effective_from" in response.get_json()["error"]["fields"]


def test_only_admins_publish(manager_client, advocate_client):
    for client in (manager_client, advocate_client):
        assert (
            client.post(
                "/api/v1/rules/publish", json={"document": DOUBLE_POINTS, "reason": "Test"}
            ).status_code
            == 403
        )


def test_content_tags_are_validated_and_returned(admin_client, db):
    ok = admin_client.post(
        "/api/v1/content", json={"title": "T", "url": "https://e.test/", "tags": ["launch"]}
    )
    assert ok.get_json()["tags"] == ["launch"]
    bad = admin_client.post(
        "/api/v1/content", json={"title": "T", "url": "https://e.test/", "tags": ["Big Launch!"]}
    )
    assert "tags" in bad.get_json()["error"]["fields"]


def test_a_team_challenge_pays_every_member_once_when_met(
    admin_client, advocate_client, advocate, team, db, login_as
):
    from sqlalchemy import func

    from server.models import LedgerEntry
    from tests.factories import UserFactory

    teammate, outsider = UserFactory(team=team), UserFactory(team=None)
    document = {**DOUBLE_POINTS, "challenges": [_sales_shares_twice(team)]}
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )
    for n in range(3):
        _share(advocate_client, ContentFactory(), f"challenge-{n}")
    paid = db.session.execute(
        db.select(LedgerEntry.user_id, func.sum(LedgerEntry.points))
        .filter(LedgerEntry.rule_id == "sales-2")
        .group_by(LedgerEntry.user_id)
    ).all()
    assert sorted(paid) == sorted([(advocate.id, 50), (teammate.id, 50)])
    assert outsider.id not in {user_id for user_id, _ in paid}
    teammate_score = advocate_client.get("/api/v1/leaderboards/all_time?scope=team").get_json()["entries"]
    assert {e["advocate"]["id"]: e["points"] for e in teammate_score}[teammate.id] == 50
    # The reward goes through the engine: it lifts the teammate's level like any other points.
    progress = login_as(teammate).get("/api/v1/me/progress").get_json()
    assert (progress["level"]["points"], progress["level"]["level"]) == (50, "Contributor")


def test_the_current_document_can_be_published_again_as_is(admin_client, db):
    document = admin_client.get("/api/v1/rules/current").get_json()["document"]
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"})
    assert response.status_code == 201, response.get_json()


def test_a_team_goal_met_by_events_whose_process_died_before_settling_is_paid_by_the_sweep(
    admin_client, advocate, team, db
):
    """Challenges are settled after the event's commit; when that never happens (the process died
    in between), the minute's task pays the goal, once."""
    from server.models import LedgerEntry, Share
    from server.scoring import recording
    from server.sharing import service as sharing
    from tests.factories import UserFactory

    teammate = UserFactory(team=team)
    document = {**DOUBLE_POINTS, "challenges": [_sales_shares_twice(team)]}
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )
    for n in range(2):  # recorded and committed, but never announced
        share = Share(user_id=advocate.id, content_id=ContentFactory().id, network="x", client_id=f"died-{n}")
        sharing.record(advocate, share)
        db.session.commit()

    def paid():
        rows = db.select(LedgerEntry.user_id, LedgerEntry.points).filter_by(rule_id="sales-2")
        return sorted(db.session.execute(rows).all())

    assert paid() == []
    assert recording.settle_due() == 2
    assert paid() == sorted([(advocate.id, 50), (teammate.id, 50)])
    assert recording.settle_due() == 0  # settled already: nothing paid twice
    assert paid() == sorted([(advocate.id, 50), (teammate.id, 50)])


def test_a_payout_the_database_refuses_leaves_the_share_recorded_and_the_sweep_pays(
    admin_client, advocate_client, advocate, team, db, monkeypatch
):
    from sqlalchemy.exc import OperationalError

    from server.models import LedgerEntry
    from server.scoring import challenges, recording

    document = {**DOUBLE_POINTS, "challenges": [_sales_shares_twice(team)]}
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )
    pay_once = challenges._pay_once

    def busy(*args):
        raise OperationalError("UPDATE", {}, Exception("database is locked"))

    monkeypatch.setattr(challenges, "_pay_once", busy)
    for n in range(2):
        answer = _share(advocate_client, ContentFactory(), f"busy-share-{n}")
        assert answer.status_code == 201, answer.get_json()
    paid = db.select(LedgerEntry.user_id).filter_by(rule_id="sales-2")
    assert db.session.scalars(paid).all() == []
    monkeypatch.setattr(challenges, "_pay_once", pay_once)
    assert recording.settle_due() == 1
    assert db.session.scalars(paid).all() == [advocate.id]
