"""Fixtures for Socket.IO tests."""

import glob
import os
import shutil

import pytest
from flask_socketio import SocketIOTestClient

from server.realtime.socket import socketio
from tests.support.databases import is_postgres


def _scaled_run() -> bool:
    return is_postgres() and bool(os.environ.get("REDIS_URL"))


# What the scaled and fault tests need beyond Python. .ci/run installs all of it and runs as root
# (PostgreSQL's initdb runs under the postgres user), and checks these files passed in its
# PostgreSQL + Redis run: a file added here goes into SCALED_AND_FAULT_TESTS there too.
PREREQUISITES = {
    "test_scaled.py": {
        "PostgreSQL (DATABASE_URL) and Redis (REDIS_URL)": _scaled_run,
        "nginx (in front of the processes)": lambda: bool(_nginx()),
    },
    "test_fault_redis.py": {"redis-server": lambda: bool(shutil.which("redis-server"))},
    "test_fault_postgres.py": {
        "PostgreSQL's initdb": lambda: bool(glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        "running as root": lambda: os.geteuid() == 0,
    },
}


def _nginx() -> str | None:
    return shutil.which("nginx", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")  # often in sbin


def _missing(filename: str) -> list[str]:
    return [need for need, present in PREREQUISITES.get(filename, {}).items() if not present()]


# A PostgreSQL + Redis run (CI's second) collects every one of them, so one that cannot run fails
# (see `_prerequisites`) instead of vanishing. Elsewhere, e.g. on a laptop without redis-server,
# they are left out and the report header says so.
collect_ignore = [] if _scaled_run() else [name for name in PREREQUISITES if _missing(name)]


def pytest_report_header(config):
    return [f"not collected: {name} (needs {', '.join(_missing(name))})" for name in collect_ignore]


@pytest.fixture(scope="module", autouse=True)
def _prerequisites(request):
    """Module-scoped so it fails before a module's own servers start."""
    if missing := _missing(request.node.path.name):
        pytest.fail(f"{request.node.path.name} cannot run here: it needs {', '.join(missing)}", pytrace=False)


class SocketClient:
    """The Flask-SocketIO test client, each call in a fresh app context like a real request."""

    def __init__(self, app, json_client):
        self.app = app
        with app.app_context():
            self.sio = SocketIOTestClient(app, socketio, flask_test_client=json_client.raw)

    def connected(self) -> bool:
        return self.sio.is_connected()

    def emit(self, event: str, data: dict):
        with self.app.app_context():
            return self.sio.emit(event, data, callback=True)

    def received(self, name: str | None = None) -> list:
        with self.app.app_context():
            events = self.sio.get_received()
        return [e for e in events if name is None or e["name"] == name]

    def disconnect(self) -> None:
        if self.sio.is_connected():
            with self.app.app_context():
                self.sio.disconnect()


@pytest.fixture
def socket_for(app):
    opened = []

    def open_socket(json_client):
        opened.append(SocketClient(app, json_client))
        return opened[-1]

    yield open_socket
    for client in opened:
        client.disconnect()
