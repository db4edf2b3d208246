"""What sharing achieves, from the rollups: shares, clicks, unique clickers, click-through and
estimated earned media value, by day, network, content, advocate and team, for a range of days and
a scope (everyone, or one team). Never reads raw clicks.

Days, networks and teams come from the daily totals (a row per day, team and network). Content and
advocates come from the monthly rollups, corrected at each edge of the range from the daily rollup:
a partly covered month adds its covered days, or, when fewer, takes the month and subtracts the days
left out. The database sums, ranks and names the rows; EMV is worked out from the sums, as it is
linear in clicks and in each network's shares."""

import operator
from datetime import date, timedelta
from functools import reduce

from sqlalchemy import case, func, literal, or_, union_all

from server.extensions import db
from server.models import (
    NETWORK_SHARES,
    Content,
    DailyActivity,
    DailyTotal,
    MonthlyAdvocateActivity,
    MonthlyContentActivity,
    Organisation,
    Team,
    User,
)
from server.models.types import utcnow

DEFAULT_EMV = {
    "currency": "EUR",
    "cost_per_click": 0.8,  # what a paid click to the same page would cost
    "cost_per_mille": 6.0,  # per thousand impressions
    "reach": {"linkedin": 400, "x": 250, "facebook": 200, "whatsapp": 30, "email": 20},  # per share
}
FIGURES = ("shares", "clicks", "unique_clickers")
LIMIT = 100  # rows of the content and advocate tables on screen; the CSV has them all
TABLES = ("by_day", "by_network", "by_content", "by_advocate", "by_team")
LABELS = ("title", "display_name", "team", "name")  # what names a row


def today() -> date:
    """The organisation's date now: where a default range of days ends."""
    return utcnow().astimezone(Organisation.current().zone).date()


def emv_settings() -> dict:
    return {**DEFAULT_EMV, **(Organisation.current().emv or {})}


def overview(start: date, end: date, team_id: int | None, limit: int | None = LIMIT) -> dict:
    """`limit` caps the content and advocate tables (most clicks first) for the screen; the
    CSV export asks for every row. `rows_total` says how many there are."""
    settings = emv_settings()
    tables, counts = {}, {}
    for name in TABLES:
        tables[name], counts[name] = _table(name, start, end, team_id, settings, limit)
    return {
        "range": {"from": start, "to": end},
        "scope": {"team_id": team_id, "label": _label(team_id)},
        "currency": settings["currency"],
        "totals": _total(start, end, team_id, settings),
        **tables,
        "rows_total": counts,
    }


def table(name: str, start: date, end: date, team_id: int | None) -> list[dict]:
    """Every row of one table of the overview, for the CSV export."""
    return _table(name, start, end, team_id, emv_settings(), None)[0]


def _table(name: str, start, end, team_id, settings, limit) -> tuple[list[dict], int]:
    if name == "by_day":
        return _totals_by(DailyTotal.day, "day", start, end, team_id, settings)
    if name == "by_network":
        rows, count = _totals_by(DailyTotal.network, "network", start, end, team_id, settings)
        return sorted(rows, key=lambda r: (-r["clicks"], -r["shares"], r["network"])), count
    if name == "by_team":
        rows, count = _totals_by(DailyTotal.team_id, "team_id", start, end, team_id, settings, _team_names)
        return sorted(rows, key=lambda r: (-r["clicks"], -r["shares"], str(r["team_id"]))), count
    if name == "by_content":
        return _ranked(MonthlyContentActivity, "content_id", start, end, team_id, settings, limit, _titles)
    return _ranked(MonthlyAdvocateActivity, "user_id", start, end, team_id, settings, limit, _people)


def _totals_by(column, name: str, start, end, team_id, settings, names=None) -> tuple[list[dict], int]:
    """One row per value of `column` of the daily totals, sums of each figure."""
    sums = [func.sum(column) for column in _columns(DailyTotal, settings, daily=True)]
    query = db.select(column.label("key"), *sums)
    query = _scoped(query.filter(DailyTotal.day.between(start, end)), DailyTotal, team_id)
    grouped = query.group_by(column).subquery()
    query = db.select(*grouped.c).order_by(grouped.c.key)
    if names is not None:
        query = names(query, grouped.c.key)
    result = db.session.execute(query)
    rows = _rows(name, result.keys(), result.all(), settings)
    return rows, len(rows)


def _ranked(model, name: str, start, end, team_id, settings, limit, names) -> tuple[list[dict], int]:
    """The most clicked rows first (at most `limit`), named, and how many rows there are in all."""
    parts = _parts(model, getattr(DailyActivity, name), start, end, team_id, settings)
    rows = parts[0].subquery() if len(parts) == 1 else union_all(*parts).subquery()
    sums = [func.sum(column).label(column.name) for column in list(rows.c)[1:]]
    ranked = (
        db.select(rows.c.key, *sums, func.count().over().label("rows_total"))
        .group_by(rows.c.key)
        .having(or_(*(total != 0 for total in sums[:3])))  # rows a subtracted edge emptied
        .order_by(sums[1].desc(), sums[0].desc(), rows.c.key)
        .limit(limit)
        .subquery()
    )
    order = (ranked.c.clicks.desc(), ranked.c.shares.desc(), ranked.c.key)
    result = db.session.execute(names(db.select(*ranked.c), ranked.c.key).order_by(*order))
    found = result.all()
    return _rows(name, result.keys(), found, settings), found[0].rows_total if found else 0


def _parts(model, daily_key, start: date, end: date, team_id, settings) -> list:
    """Selects whose rows add up to the range: whole months, and signed days at the edges."""
    months, days = _pieces(start, end)
    parts = []
    if months:
        query = db.select(getattr(model, daily_key.key).label("key"), *_columns(model, settings))
        parts.append(_scoped(query.filter(model.month.between(months[0], months[-1])), model, team_id))
    for sign, first, last in days:
        query = db.select(daily_key.label("key"), *_columns(DailyActivity, settings, sign, daily=True))
        parts.append(_scoped(query.filter(DailyActivity.day.between(first, last)), DailyActivity, team_id))
    return parts


def _scoped(query, model, team_id: int | None):
    return query if team_id is None else query.filter(model.team_id == team_id)


def _pieces(start: date, end: date) -> tuple[list[date], list[tuple[int, date, date]]]:
    """The months to read whole, and (sign, first, last) runs of days to add or subtract."""
    months, days = [], []
    month = start.replace(day=1)
    while month <= end:
        following = (month + timedelta(days=32)).replace(day=1)
        first, last = max(start, month), min(end, following - timedelta(days=1))
        covered, length = (last - first).days + 1, (following - month).days
        if covered * 2 <= length:
            days.append((1, first, last))
        else:
            months.append(month)
            if first > month:
                days.append((-1, month, first - timedelta(days=1)))
            if last < following - timedelta(days=1):
                days.append((-1, last + timedelta(days=1), following - timedelta(days=1)))
        month = following
    return months, days


def _columns(model, settings: dict, sign: int = 1, daily: bool = False) -> list:
    """A row's figures and impressions (shares times their network's reach), times `sign`."""
    signed = (lambda column: column) if sign == 1 else (lambda column: column * literal(sign))
    figures = [signed(getattr(model, figure)).label(figure) for figure in FIGURES]
    return [*figures, signed(_impressions(model, settings, daily)).label("impressions")]


def _impressions(model, settings: dict, daily: bool):
    reach = {n: settings["reach"][n] for n in NETWORK_SHARES if settings["reach"].get(n)}
    if not reach:
        return literal(0)
    if daily:
        return case(*((model.network == n, model.shares * amount) for n, amount in reach.items()), else_=0)
    return reduce(operator.add, (getattr(model, NETWORK_SHARES[n]) * amount for n, amount in reach.items()))


def _rows(name: str, keys, found: list, settings: dict) -> list[dict]:
    labels = [(i, label) for i, label in enumerate(keys) if label in LABELS]
    return [_figures(name, row, settings, labels) for row in found]


def _figures(name: str, row, settings: dict, labels=()) -> dict:
    """A row with click-through and EMV, which is linear in clicks and impressions."""
    shares, clicks, unique_clickers, impressions = (value or 0 for value in row[1:5])
    emv = clicks * settings["cost_per_click"] + impressions / 1000 * settings["cost_per_mille"]
    return {
        name: row[0],
        **{label: row[i] for i, label in labels},
        "shares": shares,
        "clicks": clicks,
        "unique_clickers": unique_clickers,
        "click_through": round(clicks / shares, 2) if shares else 0.0,
        "emv": round(emv, 2),
    }


def _total(start: date, end: date, team_id: int | None, settings: dict) -> dict:
    """The whole range's figures, from the same daily totals as the days, networks and teams."""
    sums = [func.sum(column) for column in _columns(DailyTotal, settings, daily=True)]
    query = _scoped(db.select(*sums).filter(DailyTotal.day.between(start, end)), DailyTotal, team_id)
    figures = _figures("range", (None, *db.session.execute(query).one()), settings)
    del figures["range"]
    return figures


def _titles(query, key):
    return query.add_columns(Content.title).outerjoin(Content, Content.id == key)


def _people(query, key):
    query = query.add_columns(User.display_name, Team.name.label("team"))
    return query.outerjoin(User, User.id == key).outerjoin(Team, Team.id == User.team_id)


def _team_names(query, key):
    name = func.coalesce(Team.name, "No team").label("name")
    return query.add_columns(name).outerjoin(Team, Team.id == key)


def _label(team_id: int | None) -> str:
    if team_id is None:
        return "Everyone"
    team = db.session.get(Team, team_id)
    return team.name if team else f"Team {team_id}"
