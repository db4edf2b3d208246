"""Fixtures for Socket.IO tests."""

import glob
import os
import shutil

import pytest
from flask_socketio import SocketIOTestClient

from server.extensions import socketio
from tests.support.databases import is_postgres

# Several processes need a shared database and Redis; without them there is nothing to scale.
collect_ignore = [] if is_postgres() and os.environ.get("REDIS_URL") else ["test_scaled.py"]
# The fault tests start private servers to stop: CI has both (.ci/run installs them and runs as
# root, which PostgreSQL's initdb under the postgres user needs), so both CI runs collect them.
if not shutil.which("redis-server"):
    collect_ignore.append("test_fault_redis.py")
if not (glob.glob("/usr/lib/postgresql/*/bin/initdb") and os.geteuid() == 0):
    collect_ignore.append("test_fault_postgres.py")


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
