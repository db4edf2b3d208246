"""Programme health, the figures the market's tools hide: how many advocates take part this
month, how concentrated points and clicks are in the top 10%, who is new, and who went quiet."""

import math
from datetime import date, datetime, timedelta

from sqlalchemy import func

from server.extensions import db
from server.models import DailyActivity, Organisation, Score, Share, Team, User
from server.models.types import utcnow
from server.services.periods import period_keys

QUIET_DAYS = 30


def health(team_id: int | None, now: datetime | None = None) -> dict:
    now = now or utcnow()
    local = now.astimezone(Organisation.current().zone)
    first = local.date().replace(day=1)
    people = _advocates(team_id)
    ids = [user.id for user in people]
    active = _active(ids, first)
    month_start = datetime.combine(first, datetime.min.time(), tzinfo=local.tzinfo)
    return {
        "month": first.strftime("%Y-%m"),
        "advocates": len(ids),
        "active_advocates": len(active),
        "participation": round(len(active) / len(ids), 4) if ids else 0.0,
        "points_top10_share": _top_share(_month_points(ids, now), len(ids)),
        "clicks_top10_share": _top_share(_month_clicks(ids, first), len(ids)),
        "new_advocates": sum(1 for user in people if user.created_at >= month_start),
        "quiet": _quiet(people, local.date()),
    }


def _advocates(team_id: int | None) -> list[User]:
    query = db.select(User).filter(User.active.is_(True), User.role != "admin")
    if team_id is not None:
        query = query.filter(User.team_id == team_id)
    return list(db.session.scalars(query.order_by(User.id)))


def _active(ids: list[int], first: date) -> set[int]:
    query = db.select(DailyActivity.user_id).filter(
        DailyActivity.user_id.in_(ids), DailyActivity.day >= first, DailyActivity.shares > 0
    )
    return set(db.session.scalars(query.distinct()))


def _month_points(ids: list[int], now: datetime) -> list[int]:
    key = period_keys(now, Organisation.current().zone)["month"]
    query = db.select(Score.points).filter(
        Score.user_id.in_(ids), Score.period == "month", Score.period_key == key
    )
    return list(db.session.scalars(query))


def _month_clicks(ids: list[int], first: date) -> list[int]:
    query = (
        db.select(func.sum(DailyActivity.clicks))
        .filter(DailyActivity.user_id.in_(ids), DailyActivity.day >= first)
        .group_by(DailyActivity.user_id)
    )
    return [int(total or 0) for total in db.session.scalars(query)]


def _top_share(amounts: list[int], advocates: int) -> float:
    """The fraction of the total held by the top 10% of advocates (at least one person)."""
    total = sum(amounts)
    if not total:
        return 0.0
    top = sorted(amounts, reverse=True)[: max(1, math.ceil(advocates * 0.1))]
    return round(sum(top) / total, 4)


def _quiet(people: list[User], today: date) -> list[dict]:
    """Advocates who have shared, but not in the last 30 days: the ones to talk to."""
    ids = [user.id for user in people]
    last = dict(
        db.session.execute(
            db.select(Share.user_id, func.max(Share.created_at))
            .filter(Share.user_id.in_(ids))
            .group_by(Share.user_id)
        ).all()
    )
    cutoff = today - timedelta(days=QUIET_DAYS)
    teams = {team.id: team.name for team in db.session.scalars(db.select(Team))}
    quiet = [
        {
            "user_id": u.id,
            "display_name": u.display_name,
            "team": teams.get(u.team_id),
            "last_active": last[u.id],
        }
        for u in people
        if u.id in last and last[u.id].date() < cutoff
    ]
    return sorted(quiet, key=lambda row: row["last_active"])


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
