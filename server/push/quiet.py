"""Quiet hours: a daily local window (it may cross midnight) when pushes wait instead of ringing."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def parse(text: str) -> time:
    """'22:00' -> time(22, 0); ValueError for anything else."""
    hours, minutes = text.split(":")
    if len(hours) != 2 or len(minutes) != 2:
        raise ValueError(f"{text!r} is not HH:MM")
    return time(int(hours), int(minutes))


def quiet_until(now: datetime, start: str | None, end: str | None, zone: ZoneInfo) -> datetime | None:
    """When the quiet window containing `now` ends (aware, UTC), or None when it is not quiet."""
    if not start or not end or start == end:
        return None
    local = now.astimezone(zone)
    begins, ends = parse(start), parse(end)
    clock = local.time().replace(second=0, microsecond=0)
    crosses_midnight = begins > ends
    inside = (begins <= clock or clock < ends) if crosses_midnight else (begins <= clock < ends)
    if not inside:
        return None
    day = local.date() if clock < ends else local.date() + timedelta(days=1)
    return datetime.combine(day, ends, tzinfo=zone).astimezone(now.tzinfo)
