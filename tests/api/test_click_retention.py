"""Click retention: raw clicks older than the organisation's setting are deleted daily, while the
dashboards (read from rollups) keep showing the old days' totals."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from flask import current_app
from sqlalchemy import func

from server.links import clicks
from server.models import Click, LedgerEntry
from server.models.types import utcnow
from tests.factories import ContentFactory

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
CLICKS_EARN = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10},
        {"id": "click.base", "name": "Click on your link", "trigger": "click", "points": 2},
    ]
}


def _clicked(advocate_client, client, monkeypatch, days_ago: int, visitors: int) -> None:
    """People follow the advocate's link as if `days_ago` days ago (the click's clock moved)."""
    content = ContentFactory()
    feed = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    [item] = [i for i in feed if i["id"] == content.id]
    link = urlsplit(item["share_links"]["x"]).path
    then = utcnow() - timedelta(days=days_ago)
    monkeypatch.setattr(clicks, "utcnow", lambda: then)
    for n in range(visitors):
        address = f"192.0.2.{n + 1}"
        response = client.get(link, headers={"User-Agent": PHONE}, environ_base={"REMOTE_ADDR": address})
        assert response.status_code == 302
    monkeypatch.undo()


def _raw_clicks(db) -> int:
    return db.session.scalar(db.select(func.count()).select_from(Click))


def _overview(admin_client, days_ago: int) -> dict:
    day = (utcnow() - timedelta(days=days_ago)).date().isoformat()
    return admin_client.get(f"/api/v1/analytics/overview?from={day}&to={day}").get_json()["totals"]


def test_old_raw_clicks_go_and_the_dashboards_keep_their_totals(
    admin_client, advocate_client, client, monkeypatch, db
):
    _clicked(advocate_client, client, monkeypatch, days_ago=400, visitors=3)
    _clicked(advocate_client, client, monkeypatch, days_ago=10, visitors=2)
    before = _overview(admin_client, 400)
    assert (before["clicks"], before["unique_clickers"], _raw_clicks(db)) == (3, 3, 5)
    result = current_app.test_cli_runner().invoke(args=["expire-clicks"])
    assert "Deleted 3 click row(s)" in result.output
    assert _raw_clicks(db) == 2  # the recent ones stay
    assert _overview(admin_client, 400) == before
    assert _overview(admin_client, 10)["clicks"] == 2


def test_a_shorter_retention_deletes_more(admin_client, advocate_client, client, monkeypatch, db):
    _clicked(advocate_client, client, monkeypatch, days_ago=40, visitors=2)
    assert admin_client.patch("/api/v1/organisation", json={"click_retention_days": 395}).status_code == 200
    assert clicks_deleted() == 0
    assert admin_client.patch("/api/v1/organisation", json={"click_retention_days": 30}).status_code == 200
    assert clicks_deleted() == 2 and _raw_clicks(db) == 0


def clicks_deleted() -> int:
    from server.links import retention as click_retention

    return click_retention.delete_expired()


def test_the_setting_defaults_to_395_days_and_only_admins_change_it(admin_client, advocate_client, db):
    assert admin_client.get("/api/v1/organisation").get_json()["click_retention_days"] == 395
    refused = advocate_client.patch("/api/v1/organisation", json={"click_retention_days": 60})
    assert refused.status_code == 403
    changed = admin_client.patch("/api/v1/organisation", json={"click_retention_days": 60})
    assert changed.get_json()["click_retention_days"] == 60


@pytest.mark.parametrize("value", [29, 0, -5, 3651, "90", 45.5])
def test_a_retention_out_of_range_is_refused_naming_the_field(admin_client, db, value):
    response = admin_client.patch("/api/v1/organisation", json={"click_retention_days": value})
    assert response.status_code == 422
    assert "click_retention_days" in response.get_json()["error"]["fields"]


def test_expiring_clicks_runs_every_day_in_the_task_queue(app):
    huey = app.extensions["tasks"].huey
    privacy = {"expire_clicks", "delete_due_accounts"}

    def due(hour: int) -> set[str]:
        return {task.name for task in huey.read_periodic(datetime(2026, 3, 4, hour, 20, tzinfo=UTC))}

    assert privacy <= due(3)
    assert not privacy & due(4)  # once a day


def test_rescoring_keeps_what_expired_clicks_earned(admin_client, advocate_client, client, monkeypatch, db):
    assert (
        admin_client.post(
            "/api/v1/rules/publish", json={"document": CLICKS_EARN, "reason": "Test"}
        ).status_code
        == 201
    )
    _clicked(advocate_client, client, monkeypatch, days_ago=0, visitors=2)
    current_app.extensions["tasks"].run_pending()
    earned = db.session.scalar(db.select(func.sum(LedgerEntry.points)).filter_by(event_type="click"))
    assert earned == 4
    db.session.execute(db.delete(Click))  # as the retention task does once they are old enough
    db.session.commit()
    start = (utcnow() - timedelta(days=1)).isoformat()
    end = (utcnow() + timedelta(minutes=1)).isoformat()
    response = admin_client.post("/api/v1/rules/rescore", json={"start": start, "end": end})
    assert response.status_code == 200, response.get_json()
    assert db.session.scalar(db.select(func.sum(LedgerEntry.points)).filter_by(event_type="click")) == 4
