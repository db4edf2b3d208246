"""Socket event handlers. The session is copied at connect: clients reconnect after login."""

from flask import request
from flask_login import current_user
from flask_socketio import SocketIO, join_room, leave_room
from marshmallow import Schema, ValidationError, fields, validate

from server.accounts import sessions
from server.errors import Refused
from server.leaderboards import service as leaderboards
from server.leaderboards.ranks.boards import SCOPES
from server.realtime import rooms


class BoardRequest(Schema):
    period = fields.String(required=True, validate=validate.OneOf(leaderboards.ALL_PERIODS))
    scope = fields.String(required=True, validate=validate.OneOf((*SCOPES, "teams")))
    window = fields.String(validate=validate.Length(min=1, max=64))
    value = fields.String(validate=validate.Length(min=1, max=80))


def on_connect(auth=None):
    if not current_user.is_authenticated:
        # Refusing here means anonymous clients never get a socket id at all.
        return False
    join_room(rooms.personal(current_user.id))
    # Signing out of this browser (or of every other one) drops exactly the sockets it opened.
    join_room(rooms.session(sessions.current_id()))
    return True


def _board_from(data):
    try:
        wanted = BoardRequest().load(data if isinstance(data, dict) else {})
    except ValidationError as error:
        return None, {"ok": False, "error": "Invalid board request.", "fields": error.messages}
    try:
        board = leaderboards.board_for(
            current_user, wanted["period"], wanted["scope"], wanted.get("window"), wanted.get("value")
        )
        return board, None
    except Refused as refused:
        return None, {"ok": False, "error": refused.message}


def _move(data, action) -> dict:
    """Join or leave the room of the board `data` names, if the caller may see that board."""
    board, problem = _board_from(data)
    if problem:
        return problem
    action(board.room, sid=request.sid)
    return {"ok": True, "room": board.room, "board": board.describe()}


def on_join(data=None):
    return _move(data, join_room)


def on_leave(data=None):
    return _move(data, leave_room)


def register(socketio: SocketIO) -> None:
    socketio.on_event("connect", on_connect)
    socketio.on_event("leaderboard:join", on_join)
    socketio.on_event("leaderboard:leave", on_leave)
