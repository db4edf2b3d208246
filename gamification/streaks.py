"""Streaks of daily or weekly activity, with grace for a missed period."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StreakPolicy:
    period: str = "day"  # "day" or "week", in the organisation's timezone
    grace: int = 0  # missed periods forgiven before the streak resets
    events: tuple[str, ...] = ("share",)  # event types that count as activity


def advance(length: int, last: int | None, current: int, policy: StreakPolicy) -> int:
    """The streak after activity in period `current`, given the last active period."""
    if last is None or current - last > 1 + policy.grace:
        return 1
    if current == last:
        return length
    return length + 1 if current > last else length


def period_of(day: int, week: int, policy: StreakPolicy) -> int:
    return day if policy.period == "day" else week // 7
