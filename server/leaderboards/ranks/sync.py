"""Keep the rank store in step with the scores: refresh advocates after a commit, rebuild whole."""

import logging
import threading
from collections import defaultdict
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import func, tuple_
from sqlalchemy.orm import joinedload

from server.errors import Unavailable
from server.extensions import db
from server.leaderboards.periods import period_keys
from server.leaderboards.ranks import rank_store
from server.leaderboards.ranks.boards import SCOPES, Board, boards_of, live_keys
from server.leaderboards.ranks.store import Put
from server.models import Score, User
from server.models.types import utcnow
from server.organisation.models import settings as org_settings
from server.rules.rulebook import active_rule_set

log = logging.getLogger(__name__)
_building = threading.Lock()
# Scores that change while a rebuild reads them are caught up afterwards: this covers a
# transaction that wrote its score row a little before it committed.
CATCH_UP = timedelta(seconds=10)


class Refreshed(NamedTuple):
    """What a refresh wrote, with what the caller tells clients about it, so it needs no queries
    of its own."""

    changes: list[tuple[Put, int]]  # each with the board version it made
    labels: dict[tuple[bool, int], dict]  # (is a team, id) -> how a board change shows them
    points: dict[int, dict[str, int]]  # advocate -> points in the current calendar periods


def current_keys() -> list[tuple[str, str]]:
    now = utcnow()
    return live_keys(now, org_settings().zone, active_rule_set(now))


def refresh(user_ids) -> Refreshed:
    """Write these advocates' current scores to every board they are on (after their commit).
    With the store unreachable the scores are committed all the same: the boards are rebuilt
    from them when it answers again, and meanwhile nobody is told of changes."""
    query = db.select(User).options(joinedload(User.team)).filter(User.id.in_(set(user_ids)))
    users = db.session.scalars(query).all()
    if not users:
        return Refreshed([], {}, {})
    moment, zone = utcnow(), org_settings().zone
    keys, calendar = live_keys(moment, zone, active_rule_set(moment)), period_keys(moment, zone)
    scores = _scores([u.id for u in users], keys)
    points = {u.id: {p: scores.get((u.id, p, k), (0,))[0] for p, k in calendar.items()} for u in users}
    try:
        changes = _write(users, keys, scores, moment.timestamp())
    except Unavailable as error:
        log.warning("boards not updated, rebuilt when the rank store is back: %s", error)
        changes = []
    return Refreshed(changes, _labels(users), points)


def _write(users, keys, scores: dict, now: float) -> list[tuple[Put, int]]:
    rebuilt = ensure_built()
    puts = _puts(users, keys, scores, now) + _team_totals({u.team_id for u in users}, keys, now)
    listed = [u for u in users if u.active and u.public_ranking]
    rank_store().name({u.id: shown_as(u) for u in listed}, forget=[u.id for u in users if u not in listed])
    changes = rank_store().apply(puts)
    if rebuilt:
        # The rebuild already read these scores, so nothing "changed": report them as they stand.
        store = rank_store()
        changes = [(put, store.version(put.board)) for put in puts if put.points > 0]
    return changes


def _puts(users, keys, scores: dict, now: float) -> list[Put]:
    puts = []
    for user in users:
        listed = user.active and user.public_ranking
        for period, key in keys:
            points, reached = scores.get((user.id, period, key), (0, now))
            for board in boards_of(user, period, key):
                puts.append(Put(board.name, user.id, points if listed else 0, reached))
    return puts


def _labels(users) -> dict[tuple[bool, int], dict]:
    labels = {}
    for user in users:
        name, team = shown_as(user)
        labels[(False, user.id)] = {"display_name": name, "team": team}
        if user.team:
            labels[(True, user.team.id)] = {"name": user.team.name}
    return labels


def _scores(user_ids: list[int], keys) -> dict:
    rows = db.session.execute(
        db.select(Score.user_id, Score.period, Score.period_key, Score.points, Score.reached_at).filter(
            Score.user_id.in_(user_ids), tuple_(Score.period, Score.period_key).in_(keys)
        )
    )
    return {(u, p, k): (points, reached.timestamp()) for u, p, k, points, reached in rows}


def _team_totals(team_ids: set, keys, now: float) -> list[Put]:
    """Each team's total for each period, counting its active members' points."""
    team_ids.discard(None)
    if not team_ids:
        return []
    rows = db.session.execute(
        db.select(User.team_id, Score.period, Score.period_key)
        .add_columns(func.sum(Score.points), func.max(Score.reached_at))
        .join(User, User.id == Score.user_id)
        .filter(User.team_id.in_(team_ids), User.active.is_(True))
        .filter(tuple_(Score.period, Score.period_key).in_(keys))
        .group_by(User.team_id, Score.period, Score.period_key)
    )
    totals = {(team, p, k): (int(points), reached.timestamp()) for team, p, k, points, reached in rows}
    return [
        Put(Board(p, k, "teams").name, team, *totals.get((team, p, k), (0, now)))
        for team in team_ids
        for p, k in keys
    ]


def shown_as(user: User) -> tuple[str, str | None]:
    return user.display_name, user.team.name if user.team else None


def ensure_built() -> bool:
    """Build the store from the scores the first time this process (or a fresh Redis) needs it;
    True when this call built it."""
    store = rank_store()
    if store.is_built():
        return False
    with _building:
        if store.is_built():
            return False
        rebuild()
        return True


def rebuild() -> int:
    """Rebuild every live board from the scores; returns how many board entries were written."""
    started = utcnow()
    boards, names = expected_boards()
    rank_store().replace_all(boards, names)
    _catch_up(started)
    return sum(len(puts) for puts in boards.values())


def expected_boards() -> tuple[dict[str, list[Put]], dict]:
    """Every live board as the scores say it should be, and how to show each member."""
    rows = db.session.execute(
        db.select(User, Score.period, Score.period_key, Score.points, Score.reached_at)
        .join(Score, Score.user_id == User.id)
        .filter(User.active.is_(True), Score.points > 0)
        .filter(tuple_(Score.period, Score.period_key).in_(current_keys()))
    )
    boards: dict[str, list[Put]] = defaultdict(list)
    teams: dict[tuple, list] = defaultdict(lambda: [0, 0.0])
    names = {}
    for user, period, key, points, reached in rows:
        if user.public_ranking:
            names[user.id] = shown_as(user)
            for board in boards_of(user, period, key):
                boards[board.name].append(Put(board.name, user.id, points, reached.timestamp()))
        if user.team_id is not None:
            total = teams[(Board(period, key, "teams").name, user.team_id)]
            total[0], total[1] = total[0] + points, max(total[1], reached.timestamp())
    for (name, team), (points, reached) in teams.items():
        boards[name].append(Put(name, team, points, reached))
    return dict(boards), names


def _catch_up(started) -> None:
    moved = db.session.scalars(
        db.select(Score.user_id).filter(Score.updated_at >= started - CATCH_UP).distinct()
    ).all()
    if moved:
        refresh(moved)


__all__ = ["SCOPES", "Refreshed", "current_keys", "ensure_built", "expected_boards", "rebuild", "refresh"]
