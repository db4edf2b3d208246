"""Fan-out after commit: the one place services tell connected clients what changed."""

from server.leaderboards.ranks import sync
from server.leaderboards.ranks.boards import board_from_name
from server.models import PERIODS
from server.realtime import relay, room_disconnect, rooms
from server.realtime.coalesce import Coalescer
from server.realtime.gather import Gatherer
from server.realtime.socket import socketio


class _Wiring:
    """The two collaborators a score change passes through, made by `init_app` with the app's
    settings: one per process, like the Socket.IO server they send to."""

    coalescer: Coalescer | None = None  # paces each board's changes to its room
    refreshes: Gatherer | None = None  # joins refreshes that arrive together


_wiring = _Wiring()


def wire(coalescer: Coalescer, refreshes: Gatherer) -> None:
    _wiring.coalescer, _wiring.refreshes = coalescer, refreshes


def scores_changed(user_ids) -> dict[int, dict]:
    """After a commit that moved these advocates' scores: update the rank store, send each
    advocate their points, and queue each board's changes for the people watching it. Returns
    each advocate's points. Concurrent calls in this process share one refresh (gather.py)."""
    user_ids = sorted(set(user_ids))
    refreshed = _wiring.refreshes.run(user_ids)
    points = {user_id: refreshed.get(user_id, dict.fromkeys(PERIODS, 0)) for user_id in user_ids}
    for user_id in user_ids:
        socketio.emit("points:update", {"points": points[user_id]}, to=rooms.personal(user_id))
    return points


def refresh_boards(user_ids: list[int]) -> dict[int, dict]:
    """One batch of `scores_changed`: move the boards, queue their changes; each one's points."""
    refreshed = sync.refresh(user_ids)
    if refreshed.changes:
        _queue(refreshed.changes, refreshed.labels)
    return refreshed.points


def _queue(changes, labels: dict) -> None:
    boards, relayed = {}, []  # a share moves ~20 boards; name each one once
    for put, version in changes:
        if put.board not in boards:
            board = board_from_name(put.board)
            boards[put.board] = (board.room, board.describe(), board.scope == "teams")
        room, described, teams = boards[put.board]
        change = {"id": put.member, "points": max(put.points, 0), "reached": int(put.reached)}
        change.update(labels.get((teams, put.member), {}))
        relayed.append([room, described, version, change])
    relay.relay_board_changes(socketio.server, _wiring.coalescer, relayed)


def progress_changed(user_id: int, progress: dict) -> None:
    """Badges earned, a new level or a longer streak, to the advocate's own devices."""
    socketio.emit("progress:update", progress, to=rooms.personal(user_id))


def kudos_received(user_id: int, news: dict) -> None:
    """Kudos, to the receiver's open apps, after the commit that recorded them."""
    socketio.emit("kudos:received", news, to=rooms.personal(user_id))


def prizes_awarded(month: str, won: list[tuple[list[int], dict]]) -> None:
    """After a month's prizes were confirmed: each winner's news to the people who won it, then
    everyone's winners' wall is told to reload that month."""
    for user_ids, news in won:
        for user_id in user_ids:
            socketio.emit("prize:won", news, to=rooms.personal(user_id))
    socketio.emit("prizes:awarded", {"month": month})


def challenge_progressed(member_ids: list[int], card: dict) -> None:
    """A team challenge's card moved: to its team's members, in one message to all their rooms."""
    if member_ids:
        socketio.emit("challenge:progress", {"card": card}, to=[rooms.personal(m) for m in member_ids])


def challenge_reached(member_ids: list[int], card: dict) -> None:
    """The team met its challenge's goal: the celebration, once, to every member."""
    if member_ids:
        socketio.emit("challenge:reached", {"card": card}, to=[rooms.personal(m) for m in member_ids])


def sessions_ended(user_id: int) -> None:
    """Drop every live socket of this person, in every process, after their sessions ended."""
    room_disconnect.disconnect_room(socketio.server, rooms.personal(user_id))


def session_ended(*session_ids: str) -> None:
    """Drop the live sockets opened with these sessions, in every process, after they ended."""
    for session_id in session_ids:
        room_disconnect.disconnect_room(socketio.server, rooms.session(session_id))


def account_ended(user_id: int) -> None:
    """After a deleted account's commit: tell its open apps, then drop its sockets in every
    process."""
    socketio.emit("session:ended", {"reason": "account_deleted"}, to=rooms.personal(user_id))
    sessions_ended(user_id)


def redemption_changed(user_id: int, redemption: dict) -> None:
    """A redemption requested or moved on (approved, rejected, sent...), to its advocate's open apps."""
    socketio.emit("redemption:update", {"redemption": redemption}, to=rooms.personal(user_id))
