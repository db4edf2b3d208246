"""Leaderboards read from the materialized scores."""

from dataclasses import dataclass

from sqlalchemy import func

from server.errors import Refused
from server.extensions import db
from server.models import PERIODS, Organisation, Score, Team, User
from server.models.types import utcnow
from server.services.periods import period_key

SCOPES = ("company", "team")


@dataclass(frozen=True)
class Board:
    period: str
    scope: str
    team_id: int | None

    @property
    def room(self) -> str:
        suffix = f"team:{self.team_id}" if self.scope == "team" else "company"
        return f"leaderboard:{self.period}:{suffix}"


def board_for(viewer: User, period: str, scope: str) -> Board:
    """Name the board a viewer asks for, refusing ones that do not exist for them."""
    if period not in PERIODS:
        raise Refused(404, "not_found", f"Unknown leaderboard period '{period}'. Use {_choices(PERIODS)}.")
    if scope not in SCOPES:
        raise Refused(404, "not_found", f"Unknown leaderboard scope '{scope}'. Use {_choices(SCOPES)}.")
    if scope == "team" and viewer.team_id is None:
        raise Refused(404, "not_found", "You are not in a team, so there is no team leaderboard for you.")
    return Board(period, scope, viewer.team_id if scope == "team" else None)


def _choices(names) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1]


def boards_touched_by(team_id: int | None) -> list[Board]:
    """Every board an award to a member of `team_id` can move."""
    scopes = [("company", None)] + ([("team", team_id)] if team_id is not None else [])
    return [Board(period, scope, team) for period in PERIODS for scope, team in scopes]


def standings(viewer: User, board: Board, limit: int) -> dict:
    """The top of a board, the viewer's own rank and how many are ranked."""
    key = period_key(board.period, utcnow(), Organisation.current().zone)
    ranked = _ranked(board, key)
    rows = _top(board, key, limit)
    entries = _with_ranks(rows)
    mine = db.session.scalar(ranked.filter(Score.user_id == viewer.id).with_only_columns(Score.points))
    total = db.session.scalar(ranked.with_only_columns(func.count()).order_by(None))
    return {
        "period": board.period,
        "scope": board.scope,
        "period_key": key,
        "total_ranked": total,
        "entries": entries,
        "me": {"rank": _rank_of(board, key, mine) if mine else None, "points": mine or 0},
    }


def _ranked(board: Board, key: str):
    query = (
        db.select(Score)
        .join(User, User.id == Score.user_id)
        .filter(Score.period == board.period, Score.period_key == key, Score.points > 0)
        .filter(User.active.is_(True))
    )
    return query.filter(User.team_id == board.team_id) if board.scope == "team" else query


def _top(board: Board, key: str, limit: int):
    return db.session.execute(
        _ranked(board, key)
        .outerjoin(Team, Team.id == User.team_id)
        .with_only_columns(Score.points, User.id, User.display_name, Team.name)
        .order_by(Score.points.desc(), Score.reached_at, User.id)
        .limit(limit)
    ).all()


def _with_ranks(rows) -> list[dict]:
    """Competition ranking: equal points share a rank and the next rank skips (1, 2, 2, 4)."""
    entries, rank, previous = [], 0, None
    for position, (points, user_id, name, team) in enumerate(rows, start=1):
        if points != previous:
            rank, previous = position, points
        advocate = {"id": user_id, "display_name": name, "team": team}
        entries.append({"rank": rank, "advocate": advocate, "points": points})
    return entries


def _rank_of(board: Board, key: str, points: int) -> int:
    above = _ranked(board, key).filter(Score.points > points)
    return 1 + db.session.scalar(above.with_only_columns(func.count()).order_by(None))
