"""Fixture chain: app -> db -> client -> logged-in client per role."""

import os
import uuid
from datetime import UTC, datetime

import pytest
import time_machine
from flask_migrate import upgrade

from server import create_app
from server.extensions import db as database
from tests import factories
from tests.support.databases import fresh_database
from tests.support.json_client import JsonClient
from tests.support.reset import reset

# A Wednesday at 11:00 in mid-November, GMT in London: no week, month, quarter, year or
# daylight-saving edge is near. Calendar edges are tested on purpose, each at its own instant
# (tests/api/test_calendar.py).
FIXED_NOW = datetime(2026, 11, 18, 11, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("instance")
    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(folder),
            "SECRET_KEY": "test-secret",
            "SQLALCHEMY_DATABASE_URI": fresh_database("api", folder),
            # The Socket.IO test client refuses a message queue; the Redis path is tested with
            # real server processes. Rate limits still use Redis when the run has one.
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": os.environ.get("REDIS_URL") or "memory://",
            # Counts of this run alone: parallel workers share one Redis and one test address.
            "RATELIMIT_STORAGE_OPTIONS": {"key_prefix": f"test-{uuid.uuid4().hex}"}
            if os.environ.get("REDIS_URL")
            else {},
            # Ranks live in Redis whenever the run has one, under keys of this run alone.
            "RANK_STORE_URL": os.environ.get("REDIS_URL"),
            "RANK_PREFIX": f"test:{uuid.uuid4().hex}:rank:",
            # Each board change is sent at once; coalescing has its own tests.
            "LEADERBOARD_COALESCE_MS": 0,
            # The task queue is real (Redis when the run has one, else SQLite); tests run what is
            # due with run_pending instead of worker threads. Pushes go to a push service on
            # loopback, and retries come quickly.
            "TASK_QUEUE_URL": os.environ.get("REDIS_URL"),
            "TASK_QUEUE_NAME": f"test-{uuid.uuid4().hex}",
            "PUSH_SERVICE_HOSTS": ["127.0.0.1"],
            "PUSH_ALLOW_HTTP": True,
            "PUSH_RETRY_BASE_SECONDS": 0.2,
            "PUSH_TIMEOUT": 3.0,
            "CLICK_FLUSH_MS": 0,  # each click written in its request: tests read it at once
        }
    )
    with app.app_context():
        upgrade()  # the checked-in migrations build the schema, so they are tested too
    yield app
    with app.app_context():
        database.engine.dispose()


@pytest.fixture
def clock():
    """Time starting at FIXED_NOW and running on (timeouts and retries still see it pass), in
    this process and its threads; real server processes keep their own clocks."""
    with time_machine.travel(FIXED_NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture
def db(app, clock):
    """An app context with empty tables afterwards, so tests never see each other's rows. Every
    test with data runs on the fixed clock, so none depends on the day it runs."""
    with app.app_context():
        yield database
        reset(app)


@pytest.fixture
def client(app, db):
    return JsonClient(app.test_client())


@pytest.fixture
def team(db):
    return factories.TeamFactory(name="Sales")


@pytest.fixture
def advocate(db, team):
    return factories.UserFactory(email="ada@example.test", display_name="Ada", team=team)


@pytest.fixture
def manager(db, team):
    return factories.UserFactory(email="max@example.test", display_name="Max", role="manager", team=team)


@pytest.fixture
def admin(db):
    return factories.UserFactory(email="root@example.test", display_name="Rae", role="admin", team=None)


def _logged_in(app, user) -> JsonClient:
    client = JsonClient(app.test_client())
    client.login(user.email, factories.PASSWORD)
    return client


@pytest.fixture
def advocate_client(app, advocate):
    return _logged_in(app, advocate)


@pytest.fixture
def manager_client(app, manager):
    return _logged_in(app, manager)


@pytest.fixture
def admin_client(app, admin):
    return _logged_in(app, admin)


@pytest.fixture
def login_as(app):
    """Log in any user on a fresh client."""
    return lambda user: _logged_in(app, user)
