"""What sharing achieves, from the daily rollups: shares, clicks, unique clickers, click-through
and estimated earned media value, by day, network, content, advocate and team, for a range of
days and a scope (everyone, or one team). Read from `daily_activity` only, never raw clicks."""

from collections import defaultdict
from datetime import date

from sqlalchemy import func

from server.extensions import db
from server.models import Content, DailyActivity, Organisation, Team, User

DEFAULT_EMV = {
    "currency": "EUR",
    "cost_per_click": 0.8,  # what a paid click to the same page would cost
    "cost_per_mille": 6.0,  # per thousand impressions
    "reach": {"linkedin": 400, "x": 250, "facebook": 200, "whatsapp": 30, "email": 20},  # per share
}
FIGURES = ("shares", "clicks", "unique_clickers")
LIMIT = 100  # rows of the content and advocate tables on screen; the CSV has them all
DIMENSIONS = {
    "by_day": DailyActivity.day,
    "by_network": DailyActivity.network,
    "by_content": DailyActivity.content_id,
    "by_advocate": DailyActivity.user_id,
    "by_team": DailyActivity.team_id,
}


def emv_settings() -> dict:
    return {**DEFAULT_EMV, **(Organisation.current().emv or {})}


def overview(start: date, end: date, team_id: int | None, limit: int | None = LIMIT) -> dict:
    """`limit` caps the content and advocate tables (most clicks first) for the screen; the
    CSV export asks for every row. `rows_total` says how many there are."""
    settings = emv_settings()
    tables = {name: _grouped(column, start, end, team_id, settings) for name, column in DIMENSIONS.items()}
    totals = _figures(_sum(tables["by_network"]))
    tables = {name: {key: _figures(row) for key, row in table.items()} for name, table in tables.items()}
    return {
        "range": {"from": start, "to": end},
        "scope": {"team_id": team_id, "label": _label(team_id)},
        "currency": settings["currency"],
        "totals": totals,
        "by_day": [{"day": key, **row} for key, row in sorted(tables["by_day"].items())],
        "by_network": _ranked("network", tables["by_network"]),
        "by_content": _named(tables["by_content"], "content_id", _titles, limit),
        "by_advocate": _named(tables["by_advocate"], "user_id", _people, limit),
        "by_team": _named(tables["by_team"], "team_id", _teams, None),
        "rows_total": {name: len(tables[name]) for name in DIMENSIONS},
    }


def _grouped(column, start: date, end: date, team_id: int | None, settings: dict) -> dict:
    """Raw sums per value of `column`; EMV needs each network's reach, so group by network too."""
    query = db.select(
        column, DailyActivity.network, *(func.sum(getattr(DailyActivity, f)) for f in FIGURES)
    ).filter(DailyActivity.day >= start, DailyActivity.day <= end)
    if team_id is not None:
        query = query.filter(DailyActivity.team_id == team_id)
    groups: dict = defaultdict(lambda: {"shares": 0, "clicks": 0, "unique_clickers": 0, "emv": 0.0})
    for key, network, *sums in db.session.execute(query.group_by(column, DailyActivity.network)):
        row = groups[key]
        amounts = dict(zip(FIGURES, (int(s or 0) for s in sums), strict=True))
        for name, amount in amounts.items():
            row[name] += amount
        row["emv"] += _emv(amounts, network, settings)
    return groups


def _emv(amounts: dict, network: str, settings: dict) -> float:
    impressions = amounts["shares"] * settings["reach"].get(network, 0)
    return amounts["clicks"] * settings["cost_per_click"] + impressions / 1000 * settings["cost_per_mille"]


def _figures(row: dict) -> dict:
    shares = row["shares"]
    return {
        "shares": shares,
        "clicks": row["clicks"],
        "unique_clickers": row["unique_clickers"],
        "click_through": round(row["clicks"] / shares, 2) if shares else 0.0,
        "emv": round(row["emv"], 2),
    }


def _sum(table: dict) -> dict:
    total = {"shares": 0, "clicks": 0, "unique_clickers": 0, "emv": 0.0}
    for row in table.values():
        for name in total:
            total[name] += row[name]
    return total


def _ranked(name: str, table: dict) -> list[dict]:
    rows = [{name: key, **row} for key, row in table.items()]
    return sorted(rows, key=lambda r: (-r["clicks"], -r["shares"], str(r[name])))


def _named(table: dict, name: str, lookup, limit: int | None) -> list[dict]:
    """The rows most clicked first, only the top `limit` of them named (names cost a query)."""
    keys = sorted(table, key=lambda k: (-table[k]["clicks"], -table[k]["shares"], str(k)))[:limit]
    labels = lookup([key for key in keys if key is not None])
    return [{name: key, **labels.get(key, _unassigned(name)), **table[key]} for key in keys]


def _unassigned(name: str) -> dict:
    return {"name": "No team"} if name == "team_id" else {}


def _titles(ids: list[int]) -> dict:
    rows = db.session.execute(db.select(Content.id, Content.title).filter(Content.id.in_(ids)))
    return {cid: {"title": title} for cid, title in rows}


def _people(ids: list[int]) -> dict:
    rows = db.session.execute(
        db.select(User.id, User.display_name, Team.name)
        .outerjoin(Team, Team.id == User.team_id)
        .filter(User.id.in_(ids))
    )
    return {uid: {"display_name": name, "team": team} for uid, name, team in rows}


def _teams(ids: list[int]) -> dict:
    return {
        tid: {"name": name}
        for tid, name in db.session.execute(db.select(Team.id, Team.name).filter(Team.id.in_(ids)))
    }


def _label(team_id: int | None) -> str:
    if team_id is None:
        return "Everyone"
    team = db.session.get(Team, team_id)
    return team.name if team else f"Team {team_id}"
