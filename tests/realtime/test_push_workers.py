"""Web Push from a real server process: gunicorn starts the task queue's worker threads, which
announce new content and deliver it to a push service on loopback, with nothing run by hand."""

import json

import pytest

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_server
from tests.support.push_service import PushService

# Failed pushes come back within a second, and a hung push service is given up on after two.
QUICK_RETRIES = {"PUSH_RETRY_BASE_SECONDS": "0.5", "PUSH_TIMEOUT": "2"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("push"), "push", QUICK_RETRIES) as url:
        yield url


def test_published_content_reaches_a_subscribed_phone_through_the_worker_threads(server):
    advocate = ApiSession(server, "advocate@demo.example", PASSWORD)
    admin = ApiSession(server, "admin@demo.example", PASSWORD)
    with PushService() as service:
        try:
            subscription = service.subscription()
            added = advocate.post("/api/v1/push/devices", {**subscription.info(), "label": "Test phone"})
            assert added.status_code == 201, added.text
            body = {"title": "Worker threads deliver", "url": "https://news.example.test/workers"}
            created = admin.post("/api/v1/content", body)
            assert created.status_code == 201, created.text
            service.wait_for(lambda s: s.delivered(subscription), timeout=10, description="the push")
            [plaintext] = service.delivered(subscription)
            assert json.loads(plaintext)["url"] == f"/#/feed/{created.json()['id']}"
            # The worker records the delivery just after the push service has answered.
            path = f"/api/v1/push/content/{created.json()['id']}"
            service.wait_for(
                lambda s: admin.get(path).json()["delivered"] == 1, timeout=5, description="figures"
            )
            assert admin.get(path).json()["messages"] == 1
        finally:
            advocate.close()
            admin.close()


def test_server_errors_and_timeouts_are_retried_until_every_phone_has_its_push(server):
    """The doubling backoff and giving up are pinned down in tests/api/test_push.py; here the real
    worker threads keep at it through 500s, a 503 and a hung push service, and nothing is lost."""
    advocate = ApiSession(server, "advocate2@demo.example", PASSWORD)  # no phones of earlier tests
    admin = ApiSession(server, "admin@demo.example", PASSWORD)
    with PushService() as service:
        try:
            phones = [service.subscription(behaviour) for behaviour in ("flaky", "slow", "ok")]
            for n, phone in enumerate(phones):
                added = advocate.post("/api/v1/push/devices", {**phone.info(), "label": f"Phone {n}"})
                assert added.status_code == 201, added.text
            body = {"title": "Retried until delivered", "url": "https://news.example.test/retried"}
            created = admin.post("/api/v1/content", body)
            assert created.status_code == 201, created.text
            every = lambda s: all(s.delivered(phone) for phone in phones)  # noqa: E731
            service.wait_for(every, timeout=30, description="a push on every phone")
            assert [service.statuses(phone) for phone in phones] == [[500, 503, 201], [504, 201], [201]]
            # The admins' figures count these three (and a phone from the test above, whose push
            # service has gone: it is still being retried).
            path = f"/api/v1/push/content/{created.json()['id']}"
            done = lambda s: admin.get(path).json()["delivered"] == 3  # noqa: E731
            service.wait_for(done, timeout=5, description="figures")
        finally:
            advocate.close()
            admin.close()
