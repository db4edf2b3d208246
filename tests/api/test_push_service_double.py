"""The loopback push service (tests/support/push_service.py) checked against the real pywebpush: what
pywebpush sends is accepted and decrypted byte for byte, each behaviour answers as documented, and
badly signed or badly formed requests are refused as a real push service would refuse them."""

import json
import time

import pytest
import requests
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from py_vapid import Vapid
from pywebpush import WebPusher, WebPushException, webpush

from tests.support.push_service import PushService, Subscription, b64url_encode

SUB = "mailto:push@example.test"


@pytest.fixture
def service():
    with PushService() as running:
        yield running


@pytest.fixture(scope="module")
def vapid() -> Vapid:
    keys = Vapid()
    keys.generate_keys()
    return keys


def push(subscription: Subscription, vapid: Vapid, data: str = "{}", **kwargs) -> int:
    """Send with the real webpush() and return the status, whether pywebpush raised or not."""
    kwargs.setdefault("vapid_claims", {"sub": SUB})
    kwargs.setdefault("ttl", 60)
    try:
        response = webpush(subscription.info(), data=data, vapid_private_key=vapid, timeout=5, **kwargs)
    except WebPushException as error:
        return error.response.status_code
    return response.status_code


def raw_key(vapid: Vapid) -> str:
    """The form the application stores: base64url of the raw 32-byte private value."""
    return b64url_encode(vapid.private_key.private_numbers().private_value.to_bytes(32, "big"))


def der_key(vapid: Vapid) -> str:
    der = vapid.private_key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    return b64url_encode(der)


@pytest.mark.parametrize("key_form", ["instance", "raw", "der"])
def test_payload_arrives_decrypted_with_its_headers(service, vapid, key_form):
    device = service.subscription("ok")
    payload = json.dumps({"title": "New content", "url": "/content/12", "emoji": "🎉"})
    key = {"instance": vapid, "raw": raw_key(vapid), "der": der_key(vapid)}[key_form]

    response = webpush(
        device.info(),
        data=payload,
        vapid_private_key=key,
        vapid_claims={"sub": SUB},
        ttl=60,
        headers={"Urgency": "high", "Topic": "content-12"},
        timeout=5,
    )

    assert response.status_code == 201
    assert response.headers["Location"].startswith(f"{service.url}/message/")
    assert service.delivered(device) == [payload.encode()]
    [received] = service.received
    assert (received.ttl, received.urgency, received.topic) == (60, "high", "content-12")
    assert received.jwt_claims["aud"] == service.url
    assert received.jwt_claims["sub"] == SUB
    assert received.vapid_key == b64url_encode(
        vapid.public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    )


def test_subscription_info_is_what_pywebpush_expects(service):
    device = service.subscription("ok", name="alice")

    assert device.endpoint == f"{service.url}/push/ok/alice"
    assert device.info() == {
        "endpoint": device.endpoint,
        "keys": {"p256dh": device.p256dh, "auth": device.auth},
    }
    assert len(device.p256dh) == 87 and "=" not in device.p256dh  # 65 bytes, unpadded
    assert len(device.auth) == 22 and "=" not in device.auth  # 16 bytes, unpadded


@pytest.mark.parametrize(
    ("behaviour", "statuses"),
    [
        ("gone", [410]),
        ("notfound", [404]),
        ("busy", [429, 201, 201]),
        ("busy2", [429, 429, 201]),
        ("error", [500, 500]),
        ("flaky", [500, 503, 201, 201]),
        ("toolarge", [413]),
        ("unauthorized", [401]),
    ],
)
def test_behaviours_answer_in_order(service, vapid, behaviour, statuses):
    device = service.subscription(behaviour)

    assert [push(device, vapid) for _ in statuses] == statuses
    assert service.statuses(device) == statuses
    assert len(service.delivered(device)) == statuses.count(201)


def test_gone_raises_with_the_response(service, vapid):
    with pytest.raises(WebPushException) as raised:
        webpush(
            service.subscription("gone").info(), data="{}", vapid_private_key=vapid, vapid_claims={"sub": SUB}
        )

    assert raised.value.response.status_code == 410


def test_busy_asks_to_retry_after_a_second(service, vapid):
    device = service.subscription("busy")
    with pytest.raises(WebPushException) as raised:
        webpush(device.info(), data="{}", vapid_private_key=vapid, vapid_claims={"sub": SUB}, ttl=60)

    assert raised.value.response.status_code == 429
    assert raised.value.response.headers["Retry-After"] == "1"
    assert push(device, vapid, data="again") == 201
    assert service.delivered(device) == [b"again"]


def test_wrong_audience_is_unauthorized(service, vapid):
    device = service.subscription("ok")

    assert (
        push(device, vapid, vapid_claims={"sub": "mailto:x@example.test", "aud": "http://127.0.0.1:1"}) == 401
    )
    [received] = service.received
    assert "aud" in received.problem
    assert received.plaintext is None and service.delivered(device) == []


def test_expired_token_is_unauthorized(service, vapid):
    # webpush() replaces an exp in the past, so sign here and send with pywebpush's own sender.
    device = service.subscription("ok")
    claims = {"sub": SUB, "aud": service.url, "exp": int(time.time()) - 60}

    response = WebPusher(device.info()).send("{}", vapid.sign(claims), ttl=60, timeout=5)

    assert response.status_code == 401
    assert "expired" in response.json()["message"]


def test_claims_changed_after_signing_are_unauthorized(service, vapid):
    device = service.subscription("ok")
    header = vapid.sign({"sub": SUB, "aud": service.url, "exp": int(time.time()) + 60})["Authorization"]
    signed_claims = header.split(".")[1]
    forged_claims = b64url_encode(json.dumps({"sub": SUB, "aud": service.url, "exp": 2**31}).encode())

    response = WebPusher(device.info()).send(
        "{}", {"Authorization": header.replace(signed_claims, forged_claims)}, ttl=60, timeout=5
    )

    assert response.status_code == 401
    assert "signature" in response.json()["message"]


def test_token_for_more_than_a_day_is_unauthorized(service, vapid):
    exp = int(time.time()) + 25 * 60 * 60
    assert push(service.subscription("ok"), vapid, vapid_claims={"sub": SUB, "exp": exp}) == 401


def test_another_vapid_key_is_forbidden(service, vapid):
    device = service.subscription("ok")
    other = Vapid()
    other.generate_keys()

    assert [push(device, vapid), push(device, other)] == [201, 403]


def test_payload_for_another_subscription_cannot_be_decrypted(service, vapid):
    device, other = service.subscription("ok"), service.subscription("ok")
    info = {"endpoint": device.endpoint, "keys": other.info()["keys"]}

    with pytest.raises(WebPushException) as raised:
        webpush(info, data="{}", vapid_private_key=vapid, vapid_claims={"sub": SUB}, ttl=60, timeout=5)

    assert raised.value.response.status_code == 400
    assert "decrypt" in raised.value.response.json()["message"]


@pytest.mark.parametrize(
    ("headers", "word"),
    [({"Urgency": "urgent"}, "Urgency"), ({"Topic": "x" * 33}, "Topic"), ({"TTL": "-1"}, "TTL")],
)
def test_bad_headers_are_refused(service, vapid, headers, word):
    device = service.subscription("ok")

    assert push(device, vapid, headers=headers, ttl=0) == 400
    assert word in service.received[0].problem


def test_payload_over_4096_bytes_is_too_large(service, vapid):
    assert push(service.subscription("ok"), vapid, data="x" * 4096) == 413


def test_push_without_payload_is_delivered_empty(service, vapid):
    device = service.subscription("ok")
    response = webpush(device.info(), vapid_private_key=vapid, vapid_claims={"sub": SUB}, ttl=0, timeout=5)

    assert response.status_code == 201
    assert service.delivered(device) == [b""]


def test_unsigned_and_unknown_requests_are_refused(service):
    device = service.subscription("ok")

    assert requests.post(device.endpoint, data=b"x", headers={"TTL": "0"}, timeout=5).status_code == 401
    assert requests.post(f"{service.url}/push/ok/nobody", data=b"x", timeout=5).status_code == 404
    assert requests.post(f"{service.url}/elsewhere", data=b"x", timeout=5).status_code == 404
    assert [r.status for r in service.received] == [401, 404, 404]


def test_wait_for_reports_what_arrived(service, vapid):
    device = service.subscription("gone")
    push(device, vapid)

    service.wait_for(lambda s: s.statuses(device) == [410])
    with pytest.raises(AssertionError, match="410"):
        service.wait_for(lambda s: s.delivered(device), timeout=0.05, description="a delivery")


def test_slow_outlasts_a_senders_timeout_once_then_accepts(service, vapid):
    device = service.subscription("slow")
    with pytest.raises(requests.Timeout):
        webpush(device.info(), data="{}", vapid_private_key=vapid, vapid_claims={"sub": SUB}, timeout=1)
    assert push(device, vapid) == 201
    assert service.statuses(device) == [504, 201] and len(service.delivered(device)) == 1


def test_stopped_service_refuses_connections(vapid):
    with PushService() as service:
        device = service.subscription("ok")
        assert push(device, vapid) == 201

    with pytest.raises(requests.ConnectionError):
        webpush(device.info(), data="{}", vapid_private_key=vapid, vapid_claims={"sub": SUB}, timeout=5)
