"""The Socket.IO server: only the realtime package emits to it (an import-linter contract)."""

from flask_socketio import SocketIO

socketio = SocketIO()
