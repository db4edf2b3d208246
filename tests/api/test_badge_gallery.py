"""A badge an admin switches off stays in the gallery of those who earned it, and only theirs."""

import pytest

from tests.factories import ContentFactory

pytestmark = pytest.mark.usefixtures("clock")


def _document(enabled: bool) -> dict:
    badge = {"criteria": "Share content", "metric": "shares_total", "enabled": enabled}
    return {
        "rules": [{"id": "base", "name": "Shared", "trigger": "share", "points": 10}],
        "badges": [
            {**badge, "id": "sharer", "name": "Sharer", "thresholds": [1, 3]},
            {**badge, "id": "prolific", "name": "Prolific", "thresholds": [50]},
        ],
    }


def _publish(admin_client, document) -> None:
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"})
    assert response.status_code == 201, response.get_json()


def test_a_switched_off_badge_someone_earned_stays_in_their_gallery(admin_client, advocate_client):
    _publish(admin_client, _document(enabled=True))
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": "gallery-keep-1"}
    assert advocate_client.post("/api/v1/shares", json=body).status_code == 201
    before = advocate_client.get("/api/v1/me/progress").get_json()["badges"]
    assert [badge["id"] for badge in before] == ["sharer", "prolific"]

    _publish(admin_client, _document(enabled=False))
    (kept,) = advocate_client.get("/api/v1/me/progress").get_json()["badges"]  # prolific was never earned
    assert (kept["id"], kept["tier"], kept["tier_name"]) == ("sharer", 1, "bronze")
    assert (kept["next_threshold"], kept["progress"]) == (None, 1.0)  # nothing more to reach
    assert kept["earned_at"] == before[0]["earned_at"]
