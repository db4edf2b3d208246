"""Web Push when something is wrong: keys that are not keys are refused at the door, a message
whose sending raises is recorded as failed with the reason, and no message waits past its TTL."""

import base64
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from flask import current_app

from server.extensions import db as database
from server.models import PushDevice, PushMessage
from server.push import batches as push_delivery
from tests.factories import TeamFactory

# A fixed Monday morning: nothing here depends on the real date.
MONDAY = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _point(form=PublicFormat.UncompressedPoint) -> bytes:
    return ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(Encoding.X962, form)


# 65 bytes with the 0x04 prefix, but (x, y) is not on the curve: y is off by one.
OFF_THE_CURVE = _point()[:-1] + bytes([_point()[-1] ^ 1])


@pytest.mark.parametrize(
    "keys, field, words",
    [
        ({"p256dh": _b64(OFF_THE_CURVE)}, "p256dh", "not a point on the P-256 curve"),
        ({"p256dh": _b64(_point(PublicFormat.CompressedPoint))}, "p256dh", "uncompressed P-256 point"),
        ({"p256dh": _b64(b"\x05" + _point()[1:])}, "p256dh", "starting with 0x04"),
        ({"p256dh": "BNcR+dSa/not/base64url/" + "A" * 64}, "p256dh", "must be base64url"),
        ({"auth": _b64(bytes(15))}, "auth", "must be 16 bytes; this one is 15"),
        ({"auth": _b64(bytes(17))}, "auth", "must be 16 bytes; this one is 17"),
    ],
)
def test_a_subscription_key_that_cannot_be_encrypted_to_is_refused_naming_it(
    advocate_client, push_service, db, keys, field, words
):
    info = push_service.subscription().info()
    body = {**info, "keys": {**info["keys"], **keys}, "label": "Phone"}
    response = advocate_client.post("/api/v1/push/devices", json=body)
    assert response.status_code == 422, response.get_json()
    [message] = response.get_json()["error"]["fields"]["keys"][field]
    assert words in message
    assert db.session.scalar(db.select(PushDevice.id)) is None


def test_a_real_subscription_is_still_accepted(advocate_client, push_service, db):
    response = advocate_client.post("/api/v1/push/devices", json={**push_service.subscription().info()})
    assert response.status_code == 201, response.get_json()


def test_a_message_whose_sending_raises_is_failed_with_the_reason_and_the_others_arrive(
    advocate, advocate_client, admin_client, push_service, vapid, db
):
    """A device stored before keys were checked: its encryption raises, which delivery records."""
    phone, broken = push_service.subscription(), push_service.subscription()
    advocate_client.post("/api/v1/push/devices", json=phone.info())
    db.session.add(
        PushDevice(
            user_id=advocate.id,
            endpoint=broken.endpoint,
            p256dh=_b64(OFF_THE_CURVE),
            auth=broken.auth,
            label="Old",
        )
    )
    db.session.commit()
    content_id = _publish(admin_client)
    current_app.extensions["tasks"].run_pending()
    figures = admin_client.get(f"/api/v1/push/content/{content_id}").get_json()
    assert (figures["delivered"], figures["failed"], figures["waiting"]) == (1, 1, 0)
    failed = db.session.scalar(db.select(PushMessage).filter_by(status="failed"))
    assert "Invalid EC key" in failed.last_error
    assert len(push_service.delivered(phone)) == 1 and push_service.requests_to(broken) == []


def test_the_sweep_sends_messages_whose_task_was_lost_once_and_fails_one_past_its_ttl(
    advocate, advocate_client, admin_client, push_service, vapid, db
):
    names = ("lost", "expired", "just queued", "claimed by a dead process")
    phones = {name: push_service.subscription() for name in names}
    for phone in phones.values():
        advocate_client.post("/api/v1/push/devices", json=phone.info())
    devices = {d.endpoint: d.id for d in db.session.scalars(db.select(PushDevice))}
    # Content for another team: its own announcement tells nobody; the messages below are ours.
    content_id = _publish(admin_client, target_team_ids=[TeamFactory().id])
    current_app.extensions["tasks"].run_pending()
    with time_machine.travel(MONDAY, tick=True):
        minutes = (10, 24 * 60, 0, 20)  # since each message was queued (or claimed)
        ages = {name: timedelta(minutes=m) for name, m in zip(names, minutes, strict=True)}
        messages = {
            name: _message(advocate, devices[phones[name].endpoint], content_id, MONDAY - age)
            for name, age in ages.items()
        }
        dead = messages["claimed by a dead process"]
        dead.status, dead.next_attempt_at = "sending", MONDAY - timedelta(minutes=20)
        db.session.commit()
        push_delivery.queue_batches([messages["just queued"].id])  # the only task still in the queue
        assert push_delivery.sweep(MONDAY) == 2
        current_app.extensions["tasks"].run_pending(MONDAY)
    figures = admin_client.get(f"/api/v1/push/content/{content_id}").get_json()
    assert (figures["delivered"], figures["failed"], figures["waiting"]) == (3, 1, 0)
    assert [len(push_service.delivered(phones[name])) for name in names] == [1, 0, 1, 1]
    expired = db.session.get(PushMessage, messages["expired"].id)
    assert expired.last_error.startswith("Not delivered within its time to live (24 h)")


def _message(advocate, device_id: int, content_id: int, created_at: datetime) -> PushMessage:
    message = PushMessage(
        device_id=device_id,
        user_id=advocate.id,
        content_id=content_id,
        category="content",
        payload='{"title": "Spring launch"}',
        topic=f"content-{content_id}",
        created_at=created_at,
    )
    database.session.add(message)
    database.session.flush()
    return message


def _publish(admin_client, **fields) -> int:
    body = {"title": "Spring launch", "url": "https://news.example.test/spring", **fields}
    response = admin_client.post("/api/v1/content", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]
