"""Fan-out after commit: the one place services tell connected clients what changed."""

from server.extensions import socketio
from server.realtime import rooms
from server.services.leaderboards import boards_touched_by


def points_changed(user_id: int, team_id: int | None, points: dict[str, int]) -> None:
    """Tell the advocate's own devices and every board the award moved."""
    socketio.emit("points:update", {"points": points}, to=rooms.personal(user_id))
    for board in boards_touched_by(team_id):
        payload = {"period": board.period, "scope": board.scope}
        socketio.emit("leaderboard:update", payload, to=board.room)


def progress_changed(user_id: int, progress: dict) -> None:
    """Badges earned, a new level or a longer streak, to the advocate's own devices."""
    socketio.emit("progress:update", progress, to=rooms.personal(user_id))
