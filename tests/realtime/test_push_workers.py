"""Web Push from a real server process: gunicorn starts the task queue's worker threads, which
announce new content and deliver it to a push service on loopback, with nothing run by hand."""

import json

import pytest

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_server
from tests.support.push_service import PushService


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("push"), "push") as url:
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
