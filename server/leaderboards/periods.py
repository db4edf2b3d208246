"""Leaderboard periods as keys in the organisation's timezone."""

from datetime import datetime
from zoneinfo import ZoneInfo

from server.models import PERIODS


def period_key(period: str, moment: datetime, zone: ZoneInfo) -> str:
    """Name the calendar period containing `moment`, as the organisation's clock sees it."""
    local = moment.astimezone(zone)
    if period == "week":
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{local.year}-{local.month:02d}"
    if period == "quarter":
        return f"{local.year}-Q{(local.month - 1) // 3 + 1}"
    if period == "all_time":
        return "all"
    raise ValueError(f"unknown period {period!r}")


def period_keys(moment: datetime, zone: ZoneInfo) -> dict[str, str]:
    return {period: period_key(period, moment, zone) for period in PERIODS}


def score_keys(moment: datetime, zone: ZoneInfo, rules) -> list[tuple[str, str]]:
    """Every (period, key) a point earned at `moment` counts toward: the calendar periods, and
    the window of each campaign and team challenge of `rules` running then."""
    keys = list(period_keys(moment, zone).items())
    keys += [("campaign", c.id) for c in rules.campaigns if c.starts <= moment < c.ends]
    keys += [("challenge", c.id) for c in rules.challenges if c.starts <= moment < c.ends]
    return keys


def month_bounds(month: str, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The first moment of `month` ("2026-10") and of the month after, on the organisation's clock."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=zone)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=zone)
    return start, end


def previous_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
