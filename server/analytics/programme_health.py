"""Programme health, the figures the market's tools hide: how many advocates take part this
month, how concentrated points and clicks are in the top 10%, who is new, and who went quiet."""

import math
from datetime import date, datetime, timedelta

from sqlalchemy import func

from server.extensions import db
from server.leaderboards.periods import period_keys
from server.models import DailyActivity, MonthlyAdvocateActivity, Organisation, Score, Share, Team, User
from server.models.types import utcnow

QUIET_DAYS = 30


def health(team_id: int | None, now: datetime | None = None) -> dict:
    now = now or utcnow()
    local = now.astimezone(Organisation.current().zone)
    first = local.date().replace(day=1)
    month_start = datetime.combine(first, datetime.min.time(), tzinfo=local.tzinfo)
    advocates, new = _head_count(team_id, month_start)
    active = _active(team_id, first)
    return {
        "month": first.strftime("%Y-%m"),
        "advocates": advocates,
        "active_advocates": active,
        "participation": round(active / advocates, 4) if advocates else 0.0,
        "points_top10_share": _top_share(_month_points(team_id, now), advocates),
        "clicks_top10_share": _top_share(_month_clicks(team_id, first), advocates),
        "new_advocates": new,
        "quiet": _quiet(team_id, local.date()),
    }


def _in_scope(query, team_id: int | None):
    """Active advocates (not admins), of one team when asked: a join, not a list of ids."""
    query = query.filter(User.active.is_(True), User.role != "admin")
    return query.filter(User.team_id == team_id) if team_id is not None else query


def _head_count(team_id: int | None, month_start: datetime) -> tuple[int, int]:
    """How many advocates there are, and how many of them joined this month."""
    joined = func.count().filter(User.created_at >= month_start)
    advocates, new = db.session.execute(_in_scope(db.select(func.count(), joined), team_id)).one()
    return advocates, new or 0


def _active(team_id: int | None, first: date) -> int:
    monthly = MonthlyAdvocateActivity
    query = db.select(func.count(monthly.user_id.distinct())).join(User, User.id == monthly.user_id)
    return db.session.scalar(_in_scope(query, team_id).filter(monthly.month >= first, monthly.shares > 0))


def _month_points(team_id: int | None, now: datetime) -> list[int]:
    key = period_keys(now, Organisation.current().zone)["month"]
    query = db.select(Score.points).join(User, User.id == Score.user_id)
    query = _in_scope(query, team_id).filter(Score.period == "month", Score.period_key == key)
    return list(db.session.scalars(query))


def _month_clicks(team_id: int | None, first: date) -> list[int]:
    monthly = MonthlyAdvocateActivity
    query = db.select(func.sum(monthly.clicks)).join(User, User.id == monthly.user_id)
    query = _in_scope(query, team_id).filter(monthly.month >= first).group_by(monthly.user_id)
    return [int(total or 0) for total in db.session.scalars(query)]


def _top_share(amounts: list[int], advocates: int) -> float:
    """The fraction of the total held by the top 10% of advocates (at least one person)."""
    total = sum(amounts)
    if not total:
        return 0.0
    top = sorted(amounts, reverse=True)[: max(1, math.ceil(advocates * 0.1))]
    return round(sum(top) / total, 4)


def _quiet(team_id: int | None, today: date) -> list[dict]:
    """Advocates who have shared, but not in the last 30 days: the ones to talk to."""
    cutoff = today - timedelta(days=QUIET_DAYS)
    query = db.select(User.id, User.display_name, Team.name, func.max(Share.created_at))
    query = query.join(Share, Share.user_id == User.id).outerjoin(Team, Team.id == User.team_id)
    query = query.filter(User.id.in_(_quiet_months(team_id, cutoff)))
    rows = db.session.execute(query.group_by(User.id, User.display_name, Team.name))
    quiet = [
        {"user_id": uid, "display_name": name, "team": team, "last_active": last}
        for uid, name, team, last in rows
        if last.date() < cutoff
    ]
    return sorted(quiet, key=lambda row: row["last_active"])


def _quiet_months(team_id: int | None, cutoff: date):
    """Who last shared in the cutoff's month or before, from the monthly rollups: a few, so only
    their shares are read for the exact time (a local month holds every UTC day before it)."""
    monthly = MonthlyAdvocateActivity
    query = db.select(monthly.user_id).join(User, User.id == monthly.user_id).filter(monthly.shares > 0)
    query = _in_scope(query, team_id).group_by(monthly.user_id)
    return query.having(func.max(monthly.month) <= cutoff.replace(day=1))


def my_figures(user_id: int, now: datetime | None = None) -> dict:
    """An advocate's own: what their shares brought this month and all time."""
    local = (now or utcnow()).astimezone(Organisation.current().zone)
    return {
        "month": _sums(user_id, local.date().replace(day=1)),
        "all_time": _sums(user_id, None),
    }


def _sums(user_id: int, since: date | None) -> dict:
    query = db.select(
        *(
            func.coalesce(func.sum(getattr(DailyActivity, f)), 0)
            for f in ("shares", "clicks", "unique_clickers")
        )
    )
    query = query.filter(DailyActivity.user_id == user_id)
    if since is not None:
        query = query.filter(DailyActivity.day >= since)
    shares, clicks, unique = db.session.execute(query).one()
    return {"shares": int(shares), "clicks": int(clicks), "unique_clickers": int(unique)}
