"""Fixtures for Socket.IO tests."""

import os

import pytest
from flask_socketio import SocketIOTestClient

from server.extensions import socketio
from tests.support.databases import is_postgres

# Several processes need a shared database and Redis; without them there is nothing to scale.
collect_ignore = [] if is_postgres() and os.environ.get("REDIS_URL") else ["test_scaled.py"]


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
