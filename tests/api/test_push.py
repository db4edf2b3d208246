"""Web Push end to end: devices and preferences through the API, messages through the real task
queue and pywebpush to a push service on loopback that checks VAPID and decrypts each message."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from flask import current_app

from server.models import PushDevice, PushMessage
from server.models.types import utcnow
from server.push import keys


def _device(client, subscription, label="Chrome on Android"):
    info = subscription.info()
    return client.post("/api/v1/push/devices", json={**info, "label": label})


def _publish(admin_client, **fields):
    body = {
        "title": "Spring launch",
        "url": "https://news.example.test/spring",
        "summary": "Out now.",
        **fields,
    }
    response = admin_client.post("/api/v1/content", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def _run(until=None) -> int:
    return current_app.extensions["tasks"].run_pending(until)


def _messages(db) -> list[PushMessage]:
    db.session.expire_all()
    return list(db.session.scalars(db.select(PushMessage).order_by(PushMessage.id)))


def test_the_public_key_is_served_once_push_is_set_up(advocate_client, db, app):
    refused = advocate_client.get("/api/v1/push/key")
    assert (refused.status_code, refused.get_json()["error"]["code"]) == (503, "push_not_configured")
    generated = keys.generate("mailto:push@example.test")
    path = keys.save(generated, __import__("pathlib").Path(app.instance_path))
    try:
        assert advocate_client.get("/api/v1/push/key").get_json() == {"public_key": generated.public_key}
    finally:
        path.unlink()


def test_advocates_add_list_and_remove_their_devices(advocate_client, login_as, push_service, db):
    from tests.factories import UserFactory

    subscription = push_service.subscription()
    added = _device(advocate_client, subscription)
    assert added.status_code == 201, added.get_json()
    assert _device(advocate_client, subscription, "Renamed").status_code == 200  # same browser
    items = advocate_client.get("/api/v1/push/devices").get_json()["items"]
    assert [(d["label"], d["last_delivered_at"]) for d in items] == [("Renamed", None)]
    stranger = login_as(UserFactory())
    assert stranger.delete(f"/api/v1/push/devices/{items[0]['id']}").status_code == 404
    assert advocate_client.delete(f"/api/v1/push/devices/{items[0]['id']}").status_code == 204
    assert advocate_client.get("/api/v1/push/devices").get_json()["items"] == []


@pytest.mark.parametrize(
    "change, field",
    [
        ({"endpoint": "https://intranet.example.test/hook"}, "endpoint"),
        ({"endpoint": "not a url"}, "endpoint"),
        ({"keys": {"p256dh": "short", "auth": "x"}}, "keys"),
        ({"label": ""}, "label"),
    ],
)
def test_a_device_that_is_not_a_real_subscription_is_refused_naming_the_field(
    advocate_client, push_service, db, change, field
):
    body = {**push_service.subscription().info(), "label": "Phone", **change}
    response = advocate_client.post("/api/v1/push/devices", json=body)
    assert response.status_code == 422, response.get_json()
    assert field in response.get_json()["error"]["fields"]
    assert db.session.scalar(db.select(PushDevice.id)) is None


def test_preferences_default_and_save(advocate_client, db):
    assert advocate_client.get("/api/v1/push/preferences").get_json() == {
        "categories": {"content": True, "prizes": True, "progress": True, "digest": False},
        "quiet_hours": None,
        "timezone": "UTC",
    }
    wanted = {
        "categories": {"content": True, "prizes": False, "progress": True, "digest": True},
        "quiet_hours": {"start": "22:00", "end": "07:00"},
        "timezone": "Europe/Paris",
    }
    assert advocate_client.put("/api/v1/push/preferences", json=wanted).get_json() == wanted


@pytest.mark.parametrize(
    "change, field",
    [
        ({"quiet_hours": {"start": "25:00", "end": "07:00"}}, "quiet_hours"),
        ({"quiet_hours": {"start": "22:00", "end": "22:00"}}, "quiet_hours"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"categories": {"spam": True}}, "categories"),
    ],
)
def test_bad_preferences_are_refused_naming_the_field(advocate_client, db, change, field):
    body = {"categories": {"content": True}, "quiet_hours": None, "timezone": "UTC", **change}
    response = advocate_client.put("/api/v1/push/preferences", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_new_content_reaches_each_device_with_the_exact_payload(
    advocate_client, admin_client, push_service, vapid, db
):
    phone, laptop = push_service.subscription(), push_service.subscription()
    _device(advocate_client, phone)
    _device(advocate_client, laptop, "Firefox on Windows")
    content_id = _publish(admin_client, summary="Our lightest jacket yet.")
    assert _run() == 2  # the announcement, then one delivery task for the batch of devices
    for subscription in (phone, laptop):
        [plaintext] = push_service.delivered(subscription.endpoint)
        assert json.loads(plaintext) == {
            "title": "Spring launch",
            "body": "Our lightest jacket yet.",
            "icon": "/icons/icon-192.png",
            "badge": "/icons/badge-72.png",
            "url": f"/#/feed/{content_id}",
            "tag": f"content-{content_id}",
            "category": "content",
        }
    request = push_service.received[0]
    assert (request.topic, request.urgency, request.ttl) == (f"content-{content_id}", "normal", 86400)
    figures = admin_client.get(f"/api/v1/push/content/{content_id}").get_json()
    assert (figures["messages"], figures["delivered"], figures["waiting"]) == (2, 2, 0)
    assert advocate_client.get("/api/v1/push/devices").get_json()["items"][0]["last_delivered_at"]


def test_content_is_announced_at_its_publish_time_not_when_drafted(
    advocate_client, admin_client, push_service, vapid, db
):
    subscription = push_service.subscription()
    _device(advocate_client, subscription)
    soon = utcnow() + timedelta(seconds=2)
    _publish(admin_client, publish_at=soon.isoformat())
    _run()
    assert push_service.delivered(subscription.endpoint) == []
    push_service.wait_for(lambda s: utcnow() > soon, timeout=5)
    _run()
    assert len(push_service.delivered(subscription.endpoint)) == 1


def test_gone_subscriptions_are_removed(advocate_client, admin_client, push_service, vapid, db):
    for behaviour in ("gone", "notfound"):
        _device(advocate_client, push_service.subscription(behaviour))
    content_id = _publish(admin_client)
    _run()
    assert [m.status for m in _messages(db)] == ["removed", "removed"]
    assert db.session.scalar(db.select(PushDevice.id)) is None
    assert admin_client.get(f"/api/v1/push/content/{content_id}").get_json()["removed"] == 2


def test_a_busy_push_service_is_retried_after_retry_after(
    advocate_client, admin_client, push_service, vapid, db
):
    subscription = push_service.subscription("busy")
    _device(advocate_client, subscription)
    _publish(admin_client)
    started = utcnow()
    _run()
    [message] = _messages(db)
    assert message.status == "retrying" and message.last_status_code == 429
    assert message.next_attempt_at >= started + timedelta(seconds=1)  # Retry-After: 1
    _run(until=utcnow() + timedelta(seconds=5))
    [message] = _messages(db)
    assert (message.status, message.attempts) == ("delivered", 2)
    assert len(push_service.delivered(subscription.endpoint)) == 1


def test_server_errors_are_retried_with_doubling_backoff_then_given_up(
    advocate_client, admin_client, push_service, vapid, db, app, monkeypatch
):
    monkeypatch.setitem(app.config, "PUSH_RETRY_BASE_SECONDS", 5.0)  # longer than a try takes
    _device(advocate_client, push_service.subscription("error"))
    _publish(admin_client)
    _run()
    waits = []
    for _ in range(app.config["PUSH_MAX_ATTEMPTS"] - 1):
        [message] = _messages(db)
        assert message.status == "retrying"
        waits.append((message.next_attempt_at - utcnow()).total_seconds())
        _run(until=message.next_attempt_at)
    [message] = _messages(db)
    assert (message.status, message.attempts) == ("failed", app.config["PUSH_MAX_ATTEMPTS"])
    assert len(push_service.received) == app.config["PUSH_MAX_ATTEMPTS"]
    base = app.config["PUSH_RETRY_BASE_SECONDS"]
    assert all(base * 2**n - 1 < wait <= base * 2**n for n, wait in enumerate(waits)), waits


def test_configuration_faults_keep_the_subscription_and_show_to_admins(
    advocate_client, admin_client, push_service, vapid, db
):
    _device(advocate_client, push_service.subscription("unauthorized"))
    content_id = _publish(admin_client)
    _run()
    [message] = _messages(db)
    assert (message.status, message.last_status_code) == ("config_error", 401)
    assert db.session.scalar(db.select(PushDevice.id)) is not None
    figures = admin_client.get(f"/api/v1/push/content/{content_id}").get_json()
    assert figures["config_errors"] == 1 and figures["last_config_error"].startswith("401")


def test_quiet_hours_defer_delivery_and_never_drop_it(
    advocate_client, admin_client, push_service, vapid, db, monkeypatch
):
    subscription = push_service.subscription()
    _device(advocate_client, subscription)
    now = datetime.now(UTC)
    quiet = {
        "start": (now - timedelta(hours=1)).strftime("%H:%M"),
        "end": (now + timedelta(hours=1)).strftime("%H:%M"),
    }
    body = {"categories": {"content": True}, "quiet_hours": quiet, "timezone": "UTC"}
    assert advocate_client.put("/api/v1/push/preferences", json=body).status_code == 200
    _publish(admin_client)
    _run()
    [message] = _messages(db)
    assert message.status == "deferred" and push_service.received == []
    ends = message.next_attempt_at
    assert timedelta(minutes=58) < ends - now <= timedelta(hours=1)
    # Time passes: the quiet window is over when the deferred task comes due.
    later = ends + timedelta(seconds=1)
    monkeypatch.setattr("server.push.batches.utcnow", lambda: later)
    _run(until=later)
    assert [m.status for m in _messages(db)] == ["delivered"]
    assert len(push_service.delivered(subscription.endpoint)) == 1


def test_advocates_who_turned_a_category_off_get_nothing(
    advocate_client, admin_client, push_service, vapid, db
):
    _device(advocate_client, push_service.subscription())
    body = {"categories": {"content": False}, "quiet_hours": None, "timezone": "UTC"}
    advocate_client.put("/api/v1/push/preferences", json=body)
    _publish(admin_client)
    _run()
    assert _messages(db) == [] and push_service.received == []


def test_content_for_another_team_is_not_pushed_to_me(advocate_client, admin_client, push_service, vapid, db):
    from tests.factories import TeamFactory

    _device(advocate_client, push_service.subscription())
    _publish(admin_client, target_team_ids=[TeamFactory().id])
    _run()
    assert push_service.received == []


def test_a_badge_earned_by_sharing_is_pushed(advocate_client, admin_client, push_service, vapid, db):
    document = {
        "rules": [{"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10}],
        "badges": [
            {
                "id": "first",
                "name": "First share",
                "criteria": "Share once",
                "metric": "shares_total",
                "thresholds": [1],
            }
        ],
    }
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )
    content_id = _publish(admin_client)
    _run()  # the content announcement, before the device exists
    subscription = push_service.subscription()
    _device(advocate_client, subscription)
    share = {"content_id": content_id, "network": "linkedin", "client_id": "push-badge-1"}
    assert advocate_client.post("/api/v1/shares", json=share).status_code == 201
    _run()
    [plaintext] = push_service.delivered(subscription.endpoint)
    message = json.loads(plaintext)
    assert (message["title"], message["url"], message["category"]) == (
        "Badge earned: First share (bronze)",
        "/#/points",
        "progress",
    )


def test_the_weekly_digest_goes_to_those_who_asked_on_monday_morning_their_time(
    advocate_client, admin_client, push_service, vapid, db
):
    from server.push.notifications import send_digests

    subscription = push_service.subscription()
    _device(advocate_client, subscription)
    _publish(admin_client)
    _run()  # the content's own announcement
    body = {"categories": {"content": True, "digest": True}, "quiet_hours": None, "timezone": "Asia/Tokyo"}
    advocate_client.put("/api/v1/push/preferences", json=body)
    now = datetime.now(UTC)
    midnight = now.replace(hour=0, minute=15, second=0, microsecond=0)
    monday_9_tokyo = next(  # 09:15 on Monday in Tokyo: the first one to come, within a week
        midnight + timedelta(days=d)
        for d in range(8)
        if (midnight + timedelta(days=d)).weekday() == 0 and midnight + timedelta(days=d) > now
    )
    assert send_digests(monday_9_tokyo - timedelta(hours=1)) == 0  # 08:15 there: not yet
    assert send_digests(monday_9_tokyo) == 1
    assert send_digests(monday_9_tokyo + timedelta(minutes=30)) == 0  # one a week
    _run()
    digest = json.loads(push_service.delivered(subscription.endpoint)[-1])
    assert (digest["title"], digest["category"]) == (
        "Your week: 0 points, 1 new story",
        "digest",
    )  # published today
    assert push_service.received[-1].urgency == "very-low"


def test_a_changed_subscription_is_renewed_signed_in_or_with_the_old_secret(
    advocate_client, client, push_service, db
):
    first, second, third = (push_service.subscription() for _ in range(3))
    _device(advocate_client, first, "Pixel")
    body = {"old_endpoint": first.endpoint, "endpoint": second.endpoint, "keys": second.info()["keys"]}
    assert advocate_client.post("/api/v1/push/devices/renew", json=body).status_code == 200
    # Signed out (the service worker, after the session ended): the old auth secret is the proof.
    refused = client.post("/api/v1/push/devices/renew", json={**body, "old_endpoint": second.endpoint})
    assert refused.status_code == 401
    forged = {"old_endpoint": second.endpoint, "old_auth": first.auth, "endpoint": third.endpoint}
    assert (
        client.post("/api/v1/push/devices/renew", json={**forged, "keys": third.info()["keys"]}).status_code
        == 401
    )
    proven = {**forged, "old_auth": second.auth, "keys": third.info()["keys"]}
    assert client.post("/api/v1/push/devices/renew", json=proven).status_code == 200
    items = advocate_client.get("/api/v1/push/devices").get_json()["items"]
    assert [d["label"] for d in items] == ["Pixel"]
    assert db.session.scalar(db.select(PushDevice.endpoint)) == third.endpoint
