"""Leaderboards: a page of the top, the caller's rank and neighbours, read from the rank store.

Who may see which board is decided here too, for the API and the socket rooms alike.
"""

from datetime import timedelta
from math import ceil

from server.errors import Refused
from server.extensions import db
from server.leaderboards.periods import period_key
from server.leaderboards.ranks import rank_store, sync
from server.leaderboards.ranks.boards import SCOPES, Board, scope_value
from server.models import PERIODS, WINDOW_PERIODS, Organisation, Score, Team, User
from server.models.types import utcnow
from server.organisation.models import settings as org_settings
from server.rules.rulebook import active_rule_set

ALL_PERIODS = PERIODS + WINDOW_PERIODS
NEIGHBOURS = 2  # shown above and below the caller
ENDED_LISTED = timedelta(days=365)  # how long an ended campaign or challenge stays listed


def board_for(viewer: User, period: str, scope: str, window: str | None = None, value=None) -> Board:
    """Name the board a viewer asks for, refusing ones that do not exist or are not theirs."""
    if period not in ALL_PERIODS:
        raise Refused(
            404, "not_found", f"Unknown leaderboard period '{period}'. Use {_choices(ALL_PERIODS)}."
        )
    if scope not in (*SCOPES, "teams"):
        raise Refused(404, "not_found", f"Unknown leaderboard scope '{scope}'. Use {_choices(SCOPES)}.")
    return Board(period, _key(period, window), scope, _scope_value(viewer, scope, value))


def _key(period: str, window: str | None) -> str:
    if period in PERIODS:
        if window:
            raise Refused(
                422, "invalid", "Only campaign and challenge boards take a window.", {"window": ["Not used."]}
            )
        return period_key(period, utcnow(), org_settings().zone)
    rules = active_rule_set()
    windows = {c.id for c in (rules.campaigns if period == "campaign" else rules.challenges)}
    if not window:
        raise Refused(422, "invalid", f"Name the {period} whose board you want.", {"window": ["Required."]})
    if window not in windows:
        known = ", ".join(sorted(windows)) or "none"
        raise Refused(404, "not_found", f"There is no {period} '{window}'. Known: {known}.")
    return window


def _scope_value(viewer: User, scope: str, value) -> str:
    if scope in ("company", "teams"):
        return "-"
    own = scope_value(viewer, scope)
    if value is None or str(value) == own:
        if own is None:
            raise Refused(404, "not_found", _NONE_OF_YOUR_OWN[scope])
        return own
    if not viewer.has_role("admin"):
        # Another team's board is private to that team (and admins).
        raise Refused(403, "forbidden", f"Only admins can see another {scope}'s board.")
    return str(value)


_NONE_OF_YOUR_OWN = {
    "team": "You are not in a team, so there is no team leaderboard for you.",
    "department": "You have no department on record, so there is no department leaderboard for you.",
    "location": "You have no location on record, so there is no location leaderboard for you.",
}


def _choices(names) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1]


PERIOD_LABELS = {"week": "Week", "month": "Month", "quarter": "Quarter", "all_time": "All time"}
SCOPE_LABELS = {"company": "Company", "team": "My team", "department": "Department", "location": "Location"}


def available(viewer: User) -> dict:
    """The boards this viewer can open: periods (with the campaign and challenge windows running
    now; ended ones are listed by `ended`) and scopes."""
    now = utcnow()
    rules = active_rule_set(now)
    periods = [{"period": p, "label": label} for p, label in PERIOD_LABELS.items()]
    for kind, windows in (("campaign", rules.campaigns), ("challenge", rules.challenges)):
        periods += [
            {"period": kind, "window": w.id, "label": w.name, "starts": w.starts, "ends": w.ends}
            for w in sorted(windows, key=lambda w: w.starts)
            if w.starts <= now < w.ends
        ]
    scopes = []
    for scope, label in SCOPE_LABELS.items():
        value = scope_value(viewer, scope)
        if value is not None:
            shown = viewer.team.name if scope == "team" else None if scope == "company" else value
            scopes.append(
                {"scope": scope, "label": label, "value": None if value == "-" else value, "name": shown}
            )
    ranking = Organisation.current().ranking
    return {"periods": periods, "scopes": scopes, "ranking": ranking, "public_ranking": viewer.public_ranking}


def ended() -> dict:
    """The campaigns and team challenges that ended in the last year, newest first: their final
    boards stay open by id (their windows stay in the rules, so the boards are kept)."""
    now = utcnow()
    rules = active_rule_set(now)
    items = [
        {"kind": kind, "id": w.id, "name": w.name, "starts": w.starts, "ends": w.ends}
        for kind, windows in (("campaign", rules.campaigns), ("challenge", rules.challenges))
        for w in windows
        if now - ENDED_LISTED <= w.ends <= now
    ]
    items.sort(key=lambda item: (item["ends"], item["starts"]), reverse=True)
    return {"items": items}


def standings(viewer: User, board: Board, page: int, limit: int, healed: bool = False) -> dict:
    """The board's page, the caller's rank and neighbours, and how many are ranked: one read of
    the rank store and one query for the names."""
    sync.ensure_built()
    dense = org_settings().ranking == "dense"
    # Someone hidden from public ranking is not on the board: their rank is where they would stand.
    hint = None if viewer.public_ranking else _own_points(viewer.id, board)
    start = (page - 1) * limit
    snap = rank_store().snapshot(board.name, viewer.id, start, start + limit, NEIGHBOURS, dense, hint)
    pages = max(1, ceil(snap.size / limit))
    if page > pages:
        raise Refused(404, "not_found", f"Page {page} is past the end: this board has {pages} page(s).")
    unnamed = {member for member, _ in snap.top + snap.around} - set(snap.names)
    if unnamed and not healed:
        # The store cannot name someone on the board (people changed behind its back, or keys
        # from an older version): write them again from the database, then read again.
        sync.refresh(unnamed)
        return standings(viewer, board, page, limit, healed=True)
    rank = 1 + snap.above if snap.points else None
    return {
        "period": board.period,
        "period_key": board.key,
        "scope": board.scope,
        "value": None if board.value == "-" else board.value,
        "ranking": "dense" if dense else "competition",
        "version": snap.version,
        "total_ranked": snap.size,
        "page": page,
        "pages": pages,
        "entries": _ranked(snap.top, start, snap.top_above, snap.names, dense),
        "me": {"rank": rank, "points": snap.points or 0, "listed": viewer.public_ranking},
        "neighbours": _ranked(snap.around, snap.around_start, snap.around_above, snap.names, dense),
    }


def _own_points(user_id: int, board: Board) -> int:
    query = db.select(Score.points).filter_by(user_id=user_id, period=board.period, period_key=board.key)
    return db.session.scalar(query) or 0


def _ranked(rows, start: int, first_above: int, names: dict, dense: bool) -> list[dict]:
    """Ranks for consecutive rows starting at place `start`, whose first row has `first_above`
    members (or distinct scores, when dense) above it: ties share a rank."""
    entries, rank, previous = [], 1 + first_above, None
    for offset, (member, points) in enumerate(rows):
        if previous is not None and points != previous:
            # Everyone above this row has more points, so its rank is its place (competition).
            rank = rank + 1 if dense else start + offset + 1
        previous, (display_name, team) = points, names.get(member, ("Former advocate", None))
        advocate = {"id": member, "display_name": display_name, "team": team}
        entries.append({"rank": rank, "advocate": advocate, "points": points})
    return entries


def team_standings(viewer: User, period: str, window: str | None) -> dict:
    """Teams ranked by average points per active member, so small teams can win."""
    sync.ensure_built()
    board = board_for(viewer, period, "teams", window)
    totals = dict(rank_store().window(board.name, 0, 10_000))
    members = dict(
        db.session.execute(
            db.select(User.team_id, db.func.count())
            .filter(User.active.is_(True), User.team_id.isnot(None))
            .group_by(User.team_id)
        ).all()
    )
    teams = db.session.scalars(db.select(Team).order_by(Team.name)).all()
    rows = [(t, totals.get(t.id, 0), members.get(t.id, 0)) for t in teams if members.get(t.id)]
    rows.sort(key=lambda row: (-row[1] / row[2], row[0].name))
    entries, rank, previous = [], 0, None
    for position, (team, points, count) in enumerate(rows, start=1):
        average = round(points / count, 2)
        if average != previous:
            rank, previous = position, average
        entry = {"rank": rank, "team": {"id": team.id, "name": team.name}, "points": points}
        entries.append({**entry, "members": count, "per_member": average})
    mine = next((e["rank"] for e in entries if e["team"]["id"] == viewer.team_id), None)
    return {"period": period, "period_key": board.key, "entries": entries, "my_team_rank": mine}
