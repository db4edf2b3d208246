"""Sharing: points from the rules, idempotent replays, refusals that say why."""

from datetime import timedelta

import pytest
from sqlalchemy import func

from server.models import LedgerEntry, Score, Share
from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory


def _share(client, content_id, network="linkedin", client_id="tap-0000001"):
    return client.post(
        "/api/v1/shares", json={"content_id": content_id, "network": network, "client_id": client_id}
    )


def test_share_awards_points_with_explanations(advocate_client, db):
    content = ContentFactory()
    response = _share(advocate_client, content.id, "linkedin")
    assert response.status_code == 201
    body = response.get_json()
    assert [a["explanation"] for a in body["awards"]] == ["+10: Shared content", "+5: LinkedIn share bonus"]
    assert body["points"] == {"week": 15, "month": 15, "quarter": 15, "all_time": 15}
    assert advocate_client.get("/api/v1/me").get_json()["points"]["all_time"] == 15


def test_networks_without_a_bonus_earn_the_base_points(advocate_client, db):
    content = ContentFactory()
    body = _share(advocate_client, content.id, "email").get_json()
    assert [a["points"] for a in body["awards"]] == [10]


def test_replaying_a_share_returns_the_first_result_and_awards_nothing_more(advocate_client, db):
    content = ContentFactory()
    first = _share(advocate_client, content.id, client_id="replay-123")
    again = _share(advocate_client, content.id, client_id="replay-123")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json() == first.get_json()
    assert db.session.scalar(db.select(func.count()).select_from(Share)) == 1
    assert db.session.scalar(db.select(func.sum(LedgerEntry.points))) == 15


def test_the_same_client_id_for_another_share_is_a_conflict(advocate_client, db):
    content = ContentFactory()
    _share(advocate_client, content.id, "linkedin", "clash-0001")
    response = _share(advocate_client, content.id, "x", "clash-0001")
    assert response.status_code == 409
    assert "client_id" in response.get_json()["error"]["fields"]


def test_two_advocates_may_use_the_same_client_id(advocate_client, login_as, db):
    from tests.factories import UserFactory

    content = ContentFactory()
    other = login_as(UserFactory(team=None))
    assert _share(advocate_client, content.id, client_id="shared-id-1").status_code == 201
    assert _share(other, content.id, client_id="shared-id-1").status_code == 201


@pytest.mark.parametrize(
    ("content_fields", "status", "code"),
    [
        ({"expires_at": -timedelta(minutes=1), "publish_at": -timedelta(days=1)}, 422, "content_expired"),
        ({"status": "draft"}, 422, "content_unpublished"),
        ({"status": "archived"}, 422, "content_unpublished"),
        ({"publish_at": timedelta(days=1)}, 422, "content_unpublished"),
    ],
)
def test_unshareable_content_is_refused_saying_why(advocate_client, db, clock, content_fields, status, code):
    # Moments are given from now, read on the test's fixed clock, not when the test is collected.
    now = utcnow()
    fields = {k: now + v if isinstance(v, timedelta) else v for k, v in content_fields.items()}
    content = ContentFactory(**fields)
    response = _share(advocate_client, content.id)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code
    assert db.session.scalar(db.select(func.count()).select_from(LedgerEntry)) == 0


def test_content_for_another_team_cannot_be_shared(advocate_client, db):
    content = ContentFactory(target_teams=[TeamFactory(name="Elsewhere")])
    response = _share(advocate_client, content.id)
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "content_not_targeted"
    assert db.session.scalar(db.select(func.count()).select_from(Share)) == 0


def test_unknown_content_is_a_404(advocate_client):
    assert _share(advocate_client, 999).status_code == 404


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({}, {"content_id", "network", "client_id"}),
        ({"content_id": "1", "network": "linkedin", "client_id": "abcdefgh"}, {"content_id"}),
        ({"content_id": 1, "network": "myspace", "client_id": "abcdefgh"}, {"network"}),
        ({"content_id": 1, "network": "x", "client_id": "short"}, {"client_id"}),
        ({"content_id": 1, "network": "x", "client_id": "has spaces!"}, {"client_id"}),
        ({"content_id": 1, "network": "x", "client_id": "abcdefgh", "points": 1000}, {"points"}),
    ],
)
def test_invalid_share_requests_name_each_bad_field(advocate_client, body, fields):
    response = advocate_client.post("/api/v1/shares", json=body)
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == fields


def test_sharing_needs_a_login(client):
    assert _share(client, 1).status_code == 401


def test_ledger_sum_equals_materialized_scores(advocate_client, db):
    items = [ContentFactory() for _ in range(3)]
    for index, (item, network) in enumerate(zip(items, ["linkedin", "x", "email"], strict=True)):
        _share(advocate_client, item.id, network, f"ledger-sum-{index}")
    ledger = db.session.scalar(db.select(func.sum(LedgerEntry.points)))
    scores = dict(db.session.execute(db.select(Score.period, Score.points)).all())
    assert ledger == 15 + 12 + 10
    assert scores == {"week": ledger, "month": ledger, "quarter": ledger, "all_time": ledger}


def test_feed_marks_networks_already_shared(advocate_client, db):
    content = ContentFactory()
    _share(advocate_client, content.id, "x", "mark-0001")
    _share(advocate_client, content.id, "linkedin", "mark-0002")
    item = advocate_client.get("/api/v1/content/feed").get_json()["items"][0]
    assert item["shared_networks"] == ["linkedin", "x"]


def test_ledger_history_explains_each_line(advocate_client, db):
    content = ContentFactory(title="Launch day")
    _share(advocate_client, content.id, "linkedin", "history-01")
    history = advocate_client.get("/api/v1/me/ledger?limit=10").get_json()
    assert {line["reason"] for line in history["items"]} == {
        "+10: Shared content",
        "+5: LinkedIn share bonus",
    }
    assert all(line["content"]["title"] == "Launch day" for line in history["items"])
    assert history["points"]["all_time"] == 15
    assert advocate_client.get("/api/v1/me/ledger?limit=0").status_code == 422
