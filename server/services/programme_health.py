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
    active = _active(team_id, first)
    month_start = datetime.combine(first, datetime.min.time(), tzinfo=local.tzinfo)
    return {
        "month": first.strftime("%Y-%m"),
        "advocates": len(people),
        "active_advocates": len(active),
        "participation": round(len(active) / len(people), 4) if people else 0.0,
        "points_top10_share": _top_share(_month_points(team_id, now), len(people)),
        "clicks_top10_share": _top_share(_month_clicks(team_id, first), len(people)),
        "new_advocates": sum(1 for person in people if person.created_at >= month_start),
        "quiet": _quiet(people, team_id, local.date()),
    }


def _in_scope(query, team_id: int | None):
    """Active advocates (not admins), of one team when asked: a join, not a list of ids."""
    query = query.filter(User.active.is_(True), User.role != "admin")
    return query.filter(User.team_id == team_id) if team_id is not None else query


def _advocates(team_id: int | None) -> list:
    query = db.select(User.id, User.display_name, User.team_id, User.created_at)
    return list(db.session.execute(_in_scope(query, team_id).order_by(User.id)))


def _active(team_id: int | None, first: date) -> set[int]:
    query = db.select(DailyActivity.user_id).join(User, User.id == DailyActivity.user_id)
    query = _in_scope(query, team_id).filter(DailyActivity.day >= first, DailyActivity.shares > 0)
    return set(db.session.scalars(query.distinct()))


def _month_points(team_id: int | None, now: datetime) -> list[int]:
    key = period_keys(now, Organisation.current().zone)["month"]
    query = db.select(Score.points).join(User, User.id == Score.user_id)
    query = _in_scope(query, team_id).filter(Score.period == "month", Score.period_key == key)
    return list(db.session.scalars(query))


def _month_clicks(team_id: int | None, first: date) -> list[int]:
    query = db.select(func.sum(DailyActivity.clicks)).join(User, User.id == DailyActivity.user_id)
    query = _in_scope(query, team_id).filter(DailyActivity.day >= first).group_by(DailyActivity.user_id)
    return [int(total or 0) for total in db.session.scalars(query)]


def _top_share(amounts: list[int], advocates: int) -> float:
    """The fraction of the total held by the top 10% of advocates (at least one person)."""
    total = sum(amounts)
    if not total:
        return 0.0
    top = sorted(amounts, reverse=True)[: max(1, math.ceil(advocates * 0.1))]
    return round(sum(top) / total, 4)


def _quiet(people: list, team_id: int | None, today: date) -> list[dict]:
    """Advocates who have shared, but not in the last 30 days: the ones to talk to."""
    query = db.select(Share.user_id, func.max(Share.created_at)).join(User, User.id == Share.user_id)
    last = dict(db.session.execute(_in_scope(query, team_id).group_by(Share.user_id)).all())
    cutoff = today - timedelta(days=QUIET_DAYS)
    teams = {team.id: team.name for team in db.session.scalars(db.select(Team))}
    quiet = [
        {
            "user_id": p.id,
            "display_name": p.display_name,
            "team": teams.get(p.team_id),
            "last_active": last[p.id],
        }
        for p in people
        if p.id in last and last[p.id].date() < cutoff
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
