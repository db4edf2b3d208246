"""Local calendar facts for event times, in the organisation's timezone."""

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

# Every timezone offset in use is a multiple of 15 minutes, so every instant in one
# quarter-hour bucket has the same local date, hour and weekday.
BUCKET_SECONDS = 900


@dataclass(frozen=True, slots=True)
class LocalTime:
    day: int  # proleptic ordinal of the local date
    week: int  # ordinal of that week's Monday
    month: int  # year * 12 + month - 1
    hour: int
    weekday: int  # 1 = Monday ... 7 = Sunday
    keys: tuple[int, int, int]  # (day, week, month): the window keys counters are bumped with


class LocalClock:
    """Convert instants to local calendar facts, memoised per quarter hour."""

    def __init__(self, timezone: str):
        self.zone = ZoneInfo(timezone)
        self._cache: dict[int, LocalTime] = {}

    def at(self, moment: datetime) -> LocalTime:
        return self.at_epoch(moment.timestamp())

    def at_epoch(self, epoch: float) -> LocalTime:
        bucket = int(epoch // BUCKET_SECONDS)
        local = self._cache.get(bucket)
        if local is None:
            local = self._cache[bucket] = self._compute(bucket)
        return local

    def _compute(self, bucket: int) -> LocalTime:
        local = datetime.fromtimestamp(bucket * BUCKET_SECONDS, UTC).astimezone(self.zone)
        day, weekday = local.toordinal(), local.isoweekday()
        week, month = day - weekday + 1, local.year * 12 + local.month - 1
        return LocalTime(day, week, month, local.hour, weekday, (day, week, month))
