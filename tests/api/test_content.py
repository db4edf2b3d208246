"""The feed and the content library: targeting, scheduling, expiry, roles, validation."""

from datetime import timedelta

import pytest

from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory


def _feed_titles(client) -> list[str]:
    response = client.get("/api/v1/content/feed")
    assert response.status_code == 200
    return [item["title"] for item in response.get_json()["items"]]


def test_feed_shows_content_for_everyone_and_for_my_team_only(advocate_client, team, db):
    other = TeamFactory(name="Engineering")
    ContentFactory(title="For everyone")
    ContentFactory(title="For Sales", target_teams=[team])
    ContentFactory(title="For Engineering", target_teams=[other])
    assert sorted(_feed_titles(advocate_client)) == ["For Sales", "For everyone"]


def test_feed_hides_drafts_archived_scheduled_and_expired_content(advocate_client, db):
    now = utcnow()
    ContentFactory(title="Live", publish_at=now - timedelta(days=1), expires_at=now + timedelta(days=1))
    ContentFactory(title="Draft", status="draft")
    ContentFactory(title="Archived", status="archived")
    ContentFactory(title="Scheduled", publish_at=now + timedelta(hours=2))
    ContentFactory(title="Expired", publish_at=now - timedelta(days=3), expires_at=now - timedelta(days=1))
    assert _feed_titles(advocate_client) == ["Live"]


def test_feed_is_newest_first(advocate_client, db):
    now = utcnow()
    ContentFactory(title="Older", publish_at=now - timedelta(days=2))
    ContentFactory(title="Newer", publish_at=now - timedelta(hours=1))
    assert _feed_titles(advocate_client) == ["Newer", "Older"]


def test_feed_needs_a_login(client):
    assert client.get("/api/v1/content/feed").status_code == 401


def test_manager_publishes_to_their_team_and_only_that_team_sees_it(
    manager_client, advocate_client, login_as, db
):
    outsider = login_as(_user_in_team("Support"))
    response = manager_client.post(
        "/api/v1/content",
        json={
            "title": "Team launch",
            "url": "https://example.test/launch",
            "summary": "New!",
            "captions": {"linkedin": "We launched", "x": "Launched"},
        },
    )
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert created["status"] == "published"
    assert len(created["target_team_ids"]) == 1
    assert "Team launch" in _feed_titles(advocate_client)
    assert "Team launch" not in _feed_titles(outsider)


def _user_in_team(name):
    from tests.factories import UserFactory

    return UserFactory(team=TeamFactory(name=name))


def test_manager_cannot_target_another_team(manager_client, db):
    other = TeamFactory(name="Engineering")
    response = manager_client.post(
        "/api/v1/content",
        json={"title": "Hi", "url": "https://example.test/", "target_team_ids": [other.id]},
    )
    assert response.status_code == 403
    assert "target_team_ids" in response.get_json()["error"]["fields"]


def test_admin_targets_any_teams_and_unknown_teams_are_named(admin_client, db):
    a, b = TeamFactory(name="A"), TeamFactory(name="B")
    ok = admin_client.post(
        "/api/v1/content",
        json={"title": "Both", "url": "https://example.test/", "target_team_ids": [a.id, b.id]},
    )
    assert ok.status_code == 201
    assert ok.get_json()["target_team_ids"] == sorted([a.id, b.id])
    bad = admin_client.post(
        "/api/v1/content", json={"title": "X", "url": "https://example.test/", "target_team_ids": [999]}
    )
    assert bad.status_code == 422
    assert bad.get_json()["error"]["fields"]["target_team_ids"] == ["No team with id 999."]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "https://example.test/"}, "title"),
        ({"title": "T", "url": "javascript:alert(1)"}, "url"),
        ({"title": "T", "url": "https://example.test/", "colour": "red"}, "colour"),
        ({"title": "T", "url": "https://example.test/", "captions": {"myspace": "hi"}}, "captions"),
        ({"title": "", "url": "https://example.test/"}, "title"),
        ({"title": "T", "url": "https://example.test/", "status": "live"}, "status"),
        ({"title": "T", "url": "https://example.test/", "target_team_ids": ["1"]}, "target_team_ids"),
        (
            {
                "title": "T",
                "url": "https://example.test/",
                "publish_at": "2030-01-02T00:00:00Z",
                "expires_at": "2030-01-01T00:00:00Z",
            },
            "expires_at",
        ),
    ],
)
def test_invalid_content_is_refused_naming_the_field(admin_client, body, field):
    response = admin_client.post("/api/v1/content", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
    assert admin_client.get("/api/v1/content").get_json()["items"] == []


def test_advocates_cannot_manage_content(advocate_client):
    response = advocate_client.post("/api/v1/content", json={"title": "T", "url": "https://example.test/"})
    assert response.status_code == 403
    assert advocate_client.get("/api/v1/content").status_code == 403


def test_scheduled_content_appears_only_at_its_publish_time(admin_client, advocate_client):
    later = (utcnow() + timedelta(hours=3)).isoformat()
    response = admin_client.post(
        "/api/v1/content", json={"title": "Later", "url": "https://example.test/", "publish_at": later}
    )
    assert response.status_code == 201
    assert "Later" not in _feed_titles(advocate_client)
    assert "Later" in [c["title"] for c in admin_client.get("/api/v1/content").get_json()["items"]]


def test_edit_and_archive(admin_client, advocate_client):
    created = admin_client.post("/api/v1/content", json={"title": "Old", "url": "https://example.test/"})
    content_id = created.get_json()["id"]
    patched = admin_client.patch(f"/api/v1/content/{content_id}", json={"title": "New"})
    assert patched.get_json()["title"] == "New"
    assert _feed_titles(advocate_client) == ["New"]
    assert admin_client.post(f"/api/v1/content/{content_id}/archive").status_code == 200
    assert _feed_titles(advocate_client) == []
    assert admin_client.get(f"/api/v1/content/{content_id}").get_json()["status"] == "archived"


def test_managers_edit_only_their_own_content(manager_client, admin_client):
    created = admin_client.post("/api/v1/content", json={"title": "Admin's", "url": "https://example.test/"})
    response = manager_client.patch(f"/api/v1/content/{created.get_json()['id']}", json={"title": "Mine"})
    assert response.status_code == 403


def test_missing_content_is_a_404(admin_client):
    response = admin_client.get("/api/v1/content/4242")
    assert response.status_code == 404
    assert response.get_json()["error"]["message"] == "Content 4242 does not exist."
