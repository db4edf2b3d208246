"""Socket.IO: authenticated connections, leaderboard rooms, updates after commit."""

from flask import Flask

from server.realtime import handlers, publish
from server.realtime.coalesce import Coalescer
from server.realtime.gather import Gatherer
from server.realtime.relay import RelayingRedisManager
from server.realtime.socket import socketio


def init_app(app: Flask) -> None:
    socketio.init_app(app, async_mode=app.config["SOCKETIO_ASYNC_MODE"], **_queue(app))
    handlers.register(socketio)
    coalescer = Coalescer(socketio, app.config["LEADERBOARD_COALESCE_MS"])
    if isinstance(socketio.server.manager, RelayingRedisManager):
        socketio.server.manager.board_changes = coalescer.add_many
    publish.wire(coalescer, Gatherer(publish.refresh_boards))


def _queue(app: Flask) -> dict:
    """With Redis every process relays emits, account disconnects and board changes (relay.py)
    to the sockets it holds."""
    url = app.config["REDIS_URL"]
    if not url:
        return {}
    return {"client_manager": RelayingRedisManager(url, channel=app.config["SOCKETIO_CHANNEL"])}
