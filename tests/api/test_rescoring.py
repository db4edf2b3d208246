"""Retroactive re-scoring: compensating rows only, scores kept equal to the ledger, audited."""

from datetime import timedelta

from sqlalchemy import func

from server.models import BadgeAward, LedgerEntry, Score, Share
from server.models.types import utcnow
from tests.factories import ContentFactory

NEW_RULES = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 20},
        {
            "id": "share.first",
            "name": "First share today",
            "trigger": "share",
            "points": 5,
            "condition": "shares_today == 1",
        },
    ]
}


def _share(client, client_id):
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": client_id}
    assert client.post("/api/v1/shares", json=body).status_code == 201


def _range(days_back=1) -> dict:
    now = utcnow()
    return {
        "start": (now - timedelta(days=days_back)).isoformat(),
        "end": (now + timedelta(minutes=1)).isoformat(),
    }


def _ledger_total(db) -> int:
    return db.session.scalar(db.select(func.sum(LedgerEntry.points)))


def test_rescoring_applies_new_rules_to_the_past_with_compensating_rows(admin_client, advocate_client, db):
    _share(advocate_client, "old-rules-1")
    _share(advocate_client, "old-rules-2")
    rows_before = db.session.scalar(db.select(func.count()).select_from(LedgerEntry))
    assert _ledger_total(db) == 30  # 10 + 5 LinkedIn bonus, twice, under the starter rules
    admin_client.post("/api/v1/rules/publish", json={"document": NEW_RULES, "reason": "Test"})

    response = admin_client.post("/api/v1/rules/rescore", json=_range())
    assert response.status_code == 200, response.get_json()
    summary = response.get_json()
    assert (summary["version"], summary["events"], summary["advocates"]) == (2, 2, 1)
    assert summary["points_delta"] == 45 - 30
    assert _ledger_total(db) == 45  # 20 + 5 first share today, then 20
    assert (
        db.session.scalar(db.select(func.count()).select_from(LedgerEntry)) == rows_before + summary["rows"]
    )
    all_time = db.session.scalar(db.select(Score.points).filter_by(period="all_time"))
    assert all_time == _ledger_total(db)
    assert advocate_client.get("/api/v1/me").get_json()["points"]["all_time"] == 45
    reasons = {
        row.reason
        for row in db.session.scalars(db.select(LedgerEntry).filter(LedgerEntry.event_id.like("rescore:%")))
    }
    assert (
        "-5: re-scored under v2 (share.linkedin)" in reasons
        and "+10: re-scored under v2 (Shared content)" in reasons
    )


def test_rescoring_twice_adds_nothing(admin_client, advocate_client, db):
    _share(advocate_client, "twice-0001")
    admin_client.post("/api/v1/rules/publish", json={"document": NEW_RULES, "reason": "Test"})
    admin_client.post("/api/v1/rules/rescore", json=_range())
    again = admin_client.post("/api/v1/rules/rescore", json=_range()).get_json()
    assert (again["rows"], again["points_delta"]) == (0, 0)


def test_events_before_the_range_keep_their_awards(admin_client, advocate_client, db):
    _share(advocate_client, "before-001")
    share = db.session.scalar(db.select(Share))
    db.session.execute(db.update(LedgerEntry).values(occurred_at=utcnow() - timedelta(days=10)))
    share.created_at = utcnow() - timedelta(days=10)
    db.session.commit()
    admin_client.post("/api/v1/rules/publish", json={"document": NEW_RULES, "reason": "Test"})
    summary = admin_client.post("/api/v1/rules/rescore", json=_range(days_back=2)).get_json()
    assert summary["rows"] == 0 and _ledger_total(db) == 15


def test_publishing_and_rescoring_are_in_the_audit_log(admin_client, advocate_client, db):
    _share(advocate_client, "audited-01")
    admin_client.post("/api/v1/rules/publish", json={"document": NEW_RULES, "reason": "Test"})
    run = admin_client.post("/api/v1/rules/rescore", json=_range()).get_json()["run"]
    entries = admin_client.get("/api/v1/rules/audit").get_json()["items"]
    assert [(e["action"], e["actor"]) for e in entries] == [
        ("rules.rescore", "Rae"),
        ("rules.publish", "Rae"),
    ]
    assert entries[0]["id"] == run and entries[0]["detail"]["points_delta"] == 25 - 15


def test_rescoring_is_for_admins_with_a_sane_range(admin_client, manager_client):
    assert manager_client.post("/api/v1/rules/rescore", json=_range()).status_code == 403
    backwards = {"start": utcnow().isoformat(), "end": (utcnow() - timedelta(days=1)).isoformat()}
    response = admin_client.post("/api/v1/rules/rescore", json=backwards)
    assert response.status_code == 422 and "end" in response.get_json()["error"]["fields"]


def _with_sharer_badge(thresholds: list[int]) -> dict:
    badge = {"id": "sharer", "name": "Sharer", "criteria": "Share", "metric": "shares_total"}
    return {**NEW_RULES, "badges": [{**badge, "thresholds": thresholds}]}


def _tiers(db) -> list[tuple[int, str]]:
    rows = db.session.execute(db.select(BadgeAward.tier, BadgeAward.event_id).order_by(BadgeAward.tier))
    return [(tier, event_id.split(":")[0]) for tier, event_id in rows]


def test_rescoring_awards_badge_tiers_the_past_now_reaches_and_never_takes_one_back(
    admin_client, advocate_client, db
):
    _share(advocate_client, "badge-0001")
    _share(advocate_client, "badge-0002")
    admin_client.post(
        "/api/v1/rules/publish", json={"document": _with_sharer_badge([1, 2]), "reason": "Test"}
    )
    summary = admin_client.post("/api/v1/rules/rescore", json=_range()).get_json()
    assert summary["badges_awarded"] == 1 and _tiers(db) == [(2, "rescore")]

    admin_client.post(
        "/api/v1/rules/publish", json={"document": _with_sharer_badge([1, 5, 10]), "reason": "Test"}
    )
    summary = admin_client.post("/api/v1/rules/rescore", json=_range()).get_json()
    assert summary["badges_awarded"] == 0
    _share(advocate_client, "badge-0003")  # the held tier 2 is not awarded a second time
    assert _tiers(db) == [(2, "rescore")]
    badges = advocate_client.get("/api/v1/me/progress").get_json()["badges"]
    assert [(b["id"], b["tier"]) for b in badges] == [("sharer", 2)]
