"""Keep the rollups in step with each share and click, in the same transaction, so analytics never
scan raw events and always agree with them: the daily rollup (`DailyActivity`), and beside it the
daily totals and the monthly rollups per advocate and per content item that dashboards read."""

from datetime import datetime
from functools import cache
from typing import NamedTuple

from sqlalchemy import Date, bindparam, case, cast, delete, func, insert, update
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import (
    NETWORK_SHARES,
    DailyActivity,
    DailyTotal,
    MonthlyAdvocateActivity,
    MonthlyContentActivity,
    User,
)
from server.organisation.models import settings

FIGURES = ("shares", "clicks", "unique_clickers")


class Change(NamedTuple):
    at: datetime
    user: User
    content_id: int
    network: str
    amounts: dict  # shares, clicks, unique_clickers


def add(
    at: datetime, user: User, content_id: int, network: str, shares=0, clicks=0, unique_clickers=0
) -> None:
    amounts = {"shares": shares, "clicks": clicks, "unique_clickers": unique_clickers}
    add_many([Change(at, user, content_id, network, amounts)])


def add_many(changes: list[Change]) -> None:
    """Apply a batch table by table, each table's rows in key order: every writer (a share, a
    click batch) then takes row locks in one global order, so two can never deadlock."""
    zone = settings().zone  # cached per process: this runs in every share's transaction
    daily = _merged(
        ((c.at.astimezone(zone).date(), c.user.id, c.content_id, c.network), c.amounts, c.user.team_id)
        for c in changes
    )
    rows = []  # (daily key, amounts, the daily row's team)
    for key, (amounts, team_id) in sorted(daily.items()):
        named = dict(zip(("day", "user_id", "content_id", "network"), key, strict=True))
        # The summaries take the daily row's team, so they add up to the daily rollup exactly
        # even when the advocate changed team since that row began.
        rows.append((key, amounts, _upsert(DailyActivity, named, amounts, {"team_id": team_id})))
    totals = [((day, team, network), amounts) for (day, _, _, network), amounts, team in rows]
    _summaries(DailyTotal, ("day", "team_id", "network"), totals)
    monthly = [
        (key[0].replace(day=1), key, _per_network(amounts, key[3]), team) for key, amounts, team in rows
    ]
    advocates = [((month, key[1], team), amounts) for month, key, amounts, team in monthly]
    _summaries(MonthlyAdvocateActivity, ("month", "user_id", "team_id"), advocates)
    items = [((month, key[2], team), amounts) for month, key, amounts, team in monthly]
    _summaries(MonthlyContentActivity, ("month", "content_id", "team_id"), items)


def _merged(entries) -> dict:
    merged: dict = {}
    for key, amounts, team_id in entries:
        total = merged.setdefault(key, ({}, team_id))[0]
        for name, amount in amounts.items():
            total[name] = total.get(name, 0) + amount
    return merged


def _per_network(amounts: dict, network: str) -> dict:
    shares = amounts.get("shares", 0)
    return {**amounts, NETWORK_SHARES[network]: shares} if shares and network in NETWORK_SHARES else amounts


def _summaries(model, names: tuple, entries) -> None:
    summed: dict = {}
    for key, amounts in entries:
        total = summed.setdefault(key, {})
        for name, amount in amounts.items():
            total[name] = total.get(name, 0) + amount
    for key in sorted(summed, key=_sortable):
        _upsert(model, dict(zip(names, key, strict=True)), summed[key])


def _sortable(key: tuple) -> tuple:
    return tuple((part is None, part or 0) for part in key)


def _upsert(model, key: dict, amounts: dict, extra: dict | None = None) -> int | None:
    """Add `amounts` to the row with `key` (created when missing); returns the row's team."""
    row = _increment(model, key, amounts)
    if row is not None:
        return row.team_id
    try:
        with db.session.begin_nested():
            db.session.execute(insert(model.__table__).values(**key, **(extra or {}), **amounts))
        return {**key, **(extra or {})}["team_id"]
    except IntegrityError:  # another transaction created the row first: add to theirs
        return _increment(model, key, amounts).team_id


def _increment(model, key: dict, amounts: dict):
    # In-database increments, so concurrent shares and clicks never lose an update.
    added = tuple(name for name, amount in amounts.items() if amount)
    statement = _increment_statement(model.__table__, tuple((k, v is None) for k, v in key.items()), added)
    values = {f"key_{k}": v for k, v in key.items() if v is not None}
    values.update((f"add_{name}", amounts[name]) for name in added)
    return db.session.execute(statement, values).first()


@cache
def _increment_statement(table, key: tuple, added: tuple):
    """One statement per shape, on the table rather than the model: compiled once, and no ORM
    bookkeeping for rows this session never loads (a click batch runs dozens of these)."""
    where = [table.c[k].is_(None) if null else table.c[k] == bindparam(f"key_{k}") for k, null in key]
    increments = {name: table.c[name] + bindparam(f"add_{name}") for name in added}
    return update(table).where(*where).values(increments).returning(table.c.team_id)


def rebuild_summaries() -> None:
    """Rebuild the daily totals and monthly rollups from the daily rollup, in the database; for
    rollups loaded in bulk (the benchmark) and to check that the running sums agree."""
    month = _month_of(DailyActivity.day)
    figures = [func.sum(getattr(DailyActivity, figure)) for figure in FIGURES]
    by_network = [
        func.sum(case((DailyActivity.network == network, DailyActivity.shares), else_=0))
        for network in NETWORK_SHARES
    ]
    keys = [DailyActivity.day, DailyActivity.network, DailyActivity.team_id]
    _refill(DailyTotal, [*keys, *figures], ["day", "network", "team_id", *FIGURES])
    for model, key in ((MonthlyAdvocateActivity, "user_id"), (MonthlyContentActivity, "content_id")):
        keys = [month, getattr(DailyActivity, key), DailyActivity.team_id]
        columns = ["month", key, "team_id", *FIGURES, *NETWORK_SHARES.values()]
        _refill(model, [*keys, *figures, *by_network], columns, group_by=keys)


def _refill(model, selected: list, columns: list[str], group_by: list | None = None) -> None:
    db.session.execute(delete(model))
    query = db.select(*selected).group_by(*(group_by or selected[:3]))
    db.session.execute(insert(model).from_select(columns, query))


def _month_of(day):
    if db.session.get_bind().dialect.name == "postgresql":
        return cast(func.date_trunc("month", day), Date)
    return func.date(day, "start of month")
