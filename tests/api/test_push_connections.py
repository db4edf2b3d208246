"""Kept-alive connections to push services (server/push/connections.py), with the real webpush():
one connection carries many messages, and one the push service ended while idle is replaced."""

import pytest
from py_vapid import Vapid
from pywebpush import webpush

from server.push import connections
from server.push.connections import PushConnections
from tests.support.push_service import PushService

SUB = "mailto:push@example.test"


@pytest.fixture
def service():
    with PushService() as running:
        yield running


@pytest.fixture
def session():
    opened = PushConnections()
    yield opened
    opened.close()


@pytest.fixture
def clock(monkeypatch):
    """The monotonic clock the connections read, moved by hand."""
    now = [1000.0]
    monkeypatch.setattr(connections.time, "monotonic", lambda: now[0])
    return now


def push(service: PushService, session: PushConnections) -> int:
    vapid = Vapid()
    vapid.generate_keys()
    info = service.subscription().info()
    claims = {"sub": SUB}
    sent = webpush(info, data="{}", vapid_private_key=vapid, vapid_claims=claims, requests_session=session)
    return sent.status_code


def test_messages_in_quick_succession_share_one_connection(service, session, clock):
    assert [push(service, session) for _ in range(3)] == [201, 201, 201]
    assert len(session._open) == 1
    first = next(iter(session._open.values())).sock
    clock[0] += connections.RECENT / 2
    assert push(service, session) == 201
    assert next(iter(session._open.values())).sock is first


def test_a_connection_the_push_service_ended_while_idle_is_replaced(service, session, clock):
    assert push(service, session) == 201
    first = next(iter(session._open.values())).sock
    service.close_connections()
    clock[0] += connections.RECENT + 1  # idle long enough to be checked before reuse
    assert push(service, session) == 201
    assert next(iter(session._open.values())).sock is not first
    assert len(service.received) == 2
