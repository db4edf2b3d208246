"""Fan-out after commit: the one place services tell connected clients what changed."""

from flask import current_app

from server.extensions import db, socketio
from server.models import Team, User
from server.ranks import sync
from server.ranks.boards import board_from_name
from server.realtime import rooms
from server.services.points import points_summary


def scores_changed(user_ids) -> dict[int, dict]:
    """After a commit that moved these advocates' scores: update the rank store, send each
    advocate their points, and queue each board's changes for the people watching it. Returns
    each advocate's points."""
    user_ids = sorted(set(user_ids))
    changes = sync.refresh(user_ids)
    points = {user_id: points_summary(user_id) for user_id in user_ids}
    for user_id in user_ids:
        socketio.emit("points:update", {"points": points[user_id]}, to=rooms.personal(user_id))
    if changes:
        _queue(changes)
    return points


def _queue(changes) -> None:
    names = _names(changes)
    coalescer = current_app.extensions["leaderboard_coalescer"]
    for put, version in changes:
        board = board_from_name(put.board)
        change = {"id": put.member, "points": max(put.points, 0), "reached": int(put.reached)}
        change.update(names.get((board.scope == "teams", put.member), {}))
        coalescer.add(board.room, board.describe(), version, change)


def _names(changes) -> dict:
    """Display names for the members in `changes` (teams on the team-versus-team boards)."""
    people = {put.member for put, _ in changes if not put.board.endswith("|teams|-")}
    teams = {put.member for put, _ in changes if put.board.endswith("|teams|-")}
    names = {}
    for user in db.session.scalars(db.select(User).filter(User.id.in_(people))) if people else ():
        team = user.team.name if user.team else None
        names[(False, user.id)] = {"display_name": user.display_name, "team": team}
    for team in db.session.scalars(db.select(Team).filter(Team.id.in_(teams))) if teams else ():
        names[(True, team.id)] = {"name": team.name}
    return names


def progress_changed(user_id: int, progress: dict) -> None:
    """Badges earned, a new level or a longer streak, to the advocate's own devices."""
    socketio.emit("progress:update", progress, to=rooms.personal(user_id))
