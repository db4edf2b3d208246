"""A reward's limit per person: how many one person has redeemed in the current week, month,
quarter or year (on the organisation's clock), or ever. Rejected and cancelled ones don't count."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func

from server.extensions import db
from server.models import Redemption, Reward
from server.rewards.models import OPEN_STATUSES

COUNTED = (*OPEN_STATUSES, "received")
PERIOD_WORDS = {
    "week": "this week",
    "month": "this month",
    "quarter": "this quarter",
    "year": "this year",
    "ever": "",
}
TIMES = {1: "once", 2: "twice"}


def period_start(period: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """The first moment of the period containing `now`; None for "ever"."""
    local = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "week":
        return local - timedelta(days=local.weekday())
    if period == "month":
        return local.replace(day=1)
    if period == "quarter":
        return local.replace(day=1, month=(local.month - 1) // 3 * 3 + 1)
    if period == "year":
        return local.replace(day=1, month=1)
    return None


def used(user_id: int, reward: Reward, now: datetime, zone: ZoneInfo) -> int:
    """How many of `reward` the person has redeemed in its limit's current period."""
    query = (
        db.select(func.count())
        .select_from(Redemption)
        .filter(
            Redemption.user_id == user_id, Redemption.reward_id == reward.id, Redemption.status.in_(COUNTED)
        )
    )
    start = period_start(reward.limit_period, now, zone)
    if start is not None:
        query = query.filter(Redemption.requested_at >= start)
    return db.session.scalar(query)


def reached(reward: Reward, count: int) -> str:
    """The refusal when the limit is reached, e.g. "You have redeemed this twice this month, the limit.\""""
    times = TIMES.get(count, f"{count} times")
    when = PERIOD_WORDS[reward.limit_period]
    return f"You have redeemed this {times}{' ' + when if when else ''}, the limit."
