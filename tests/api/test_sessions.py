"""Sessions kept on the server: logging out ends the session for every copy of its cookie, a
person signs out their other devices, an admin signs a person out everywhere."""

import json
from datetime import UTC, datetime, timedelta

import time_machine
from sqlalchemy import event

from server.extensions import db
from tests.factories import PASSWORD
from tests.support.json_client import JsonClient

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
LAPTOP = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15"
SIGNED_IN_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _browser(app, user, user_agent: str = PHONE) -> JsonClient:
    client = JsonClient(app.test_client())
    client.raw.environ_base["HTTP_USER_AGENT"] = user_agent
    client.login(user.email, PASSWORD)
    return client


def _copy_of(app, browser: JsonClient) -> JsonClient:
    """What someone who copied the session cookie out of `browser` holds."""
    copy = JsonClient(app.test_client())
    copy.raw.set_cookie("session", browser.raw.get_cookie("session").value)
    return copy


def test_after_logout_a_copy_of_the_session_cookie_is_refused(app, advocate):
    phone, laptop = _browser(app, advocate), _browser(app, advocate, LAPTOP)
    copied = _copy_of(app, phone)
    assert copied.get("/api/v1/me").status_code == 200
    assert phone.post("/api/v1/auth/logout").status_code == 204
    refused = copied.get("/api/v1/me")
    assert refused.status_code == 401 and refused.get_json()["error"]["code"] == "unauthorized"
    assert laptop.get("/api/v1/me").status_code == 200  # logging out of one device is just that


def test_a_person_sees_their_devices_and_signs_out_every_other_one(app, advocate):
    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        phone = _browser(app, advocate)
        clock.shift(timedelta(minutes=30))
        laptop = _browser(app, advocate, LAPTOP)
        devices = laptop.get("/api/v1/me/sessions").get_json()["items"]
        assert [(d["device"], d["current"]) for d in devices] == [
            ("Safari on macOS", True),
            ("Chrome on Android", False),
        ]
        assert devices[1]["created_at"] == "2026-03-02T09:00:00+00:00"
        response = laptop.delete("/api/v1/me/sessions")
        assert response.status_code == 200 and response.get_json() == {"ended": 1}
        assert phone.get("/api/v1/me").status_code == 401
        assert laptop.get("/api/v1/me").status_code == 200
        devices = laptop.get("/api/v1/me/sessions").get_json()["items"]
        assert [d["device"] for d in devices] == ["Safari on macOS"]


def test_last_seen_moves_on_a_devices_list_every_few_minutes(app, advocate):
    def last_seen_by_the_laptop(laptop):
        items = laptop.get("/api/v1/me/sessions").get_json()["items"]
        return next(item["last_seen_at"] for item in items if not item["current"])

    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        phone, laptop = _browser(app, advocate), _browser(app, advocate, LAPTOP)
        clock.shift(timedelta(minutes=4))
        assert phone.get("/api/v1/me").status_code == 200
        assert last_seen_by_the_laptop(laptop) == "2026-03-02T09:00:00+00:00"
        clock.shift(timedelta(minutes=2))
        assert phone.get("/api/v1/me").status_code == 200
        assert last_seen_by_the_laptop(laptop) == "2026-03-02T09:06:00+00:00"


def test_an_admin_signs_a_person_out_on_every_device(app, advocate, admin_client, manager_client):
    phone, laptop = _browser(app, advocate), _browser(app, advocate, LAPTOP)
    assert manager_client.delete(f"/api/v1/people/{advocate.id}/sessions").status_code == 403
    assert phone.get("/api/v1/me").status_code == 200
    assert admin_client.delete(f"/api/v1/people/{advocate.id}/sessions").status_code == 204
    assert phone.get("/api/v1/me").status_code == 401
    assert laptop.get("/api/v1/me").status_code == 401
    assert admin_client.get("/api/v1/me").status_code == 200
    _browser(app, advocate)  # signed out, not locked out


def test_a_password_reset_ends_every_session_of_the_person(app, advocate, admin_client):
    phone = _browser(app, advocate)
    link = admin_client.post(f"/api/v1/people/{advocate.id}/reset-link").get_json()["link"]
    body = {"token": link.rsplit("/", 1)[1], "password": "a brand new passphrase"}
    assert (
        JsonClient(app.test_client()).post("/api/v1/auth/password-reset/complete", json=body).status_code
        == 204
    )
    assert phone.get("/api/v1/me").status_code == 401
    assert phone.get("/api/v1/me/sessions").status_code == 401


def test_the_data_download_lists_the_devices_signed_in(app, advocate):
    phone = _browser(app, advocate)
    _browser(app, advocate, LAPTOP).post("/api/v1/auth/logout")
    sessions = json.loads(phone.get("/api/v1/me/export").data)["sessions"]
    assert [(s["device"], s["revoked_at"] is None) for s in sessions] == [
        ("Chrome on Android", True),
        ("Safari on macOS", False),
    ]


def test_a_stale_session_is_answered_with_one_database_connection(app, advocate):
    """Recording last-seen on a second connection made a burst of requests exhaust the pool."""
    checked_out, most = 0, 0

    def out(*_):
        nonlocal checked_out, most
        checked_out += 1
        most = max(most, checked_out)

    def back(*_):
        nonlocal checked_out
        checked_out -= 1

    engine = db.engine
    with time_machine.travel(SIGNED_IN_AT, tick=False) as clock:
        phone = _browser(app, advocate)
        clock.shift(timedelta(minutes=6))
        event.listen(engine, "checkout", out)
        event.listen(engine, "checkin", back)
        try:
            assert phone.get("/api/v1/me").status_code == 200
        finally:
            event.remove(engine, "checkout", out)
            event.remove(engine, "checkin", back)
        assert most == 1
        devices = _browser(app, advocate, LAPTOP).get("/api/v1/me/sessions").get_json()["items"]
        assert [d["last_seen_at"] for d in devices if not d["current"]] == ["2026-03-02T09:06:00+00:00"]
