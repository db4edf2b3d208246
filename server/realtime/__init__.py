"""Socket.IO: authenticated connections, leaderboard rooms, updates after commit."""

from flask import Flask

from server.extensions import socketio
from server.realtime import handlers
from server.realtime.coalesce import Coalescer


def init_app(app: Flask) -> None:
    socketio.init_app(
        app,
        async_mode=app.config["SOCKETIO_ASYNC_MODE"],
        # With Redis every process relays emits to the sockets it holds.
        message_queue=app.config["REDIS_URL"],
        channel=app.config["SOCKETIO_CHANNEL"],
    )
    handlers.register(socketio)
    app.extensions["leaderboard_coalescer"] = Coalescer(socketio, app.config["LEADERBOARD_COALESCE_MS"])
