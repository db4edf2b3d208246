"""Click retention: raw click rows (one per visitor, link and day, with the visitor's daily hash)
are deleted once older than the organisation's `click_retention_days`. Analytics never read
them: the rollups (analytics/rollups.py) were updated when each click was written and keep the
counts, so dashboards show the same totals for old days. What goes is the per-visitor detail
that re-scoring and simulation replay: they see only the clicks still kept."""

from datetime import datetime, timedelta

from huey import crontab

from server import tasks
from server.extensions import db
from server.models import Click, Organisation
from server.models.types import utcnow

MIN_DAYS = 30
DEFAULT_DAYS = 395  # a year and a month: last year's same month stays comparable


def cutoff(now: datetime | None = None) -> datetime:
    """Clicks on days before this are past retention (clicks' days are UTC, like their salts)."""
    days = Organisation.current().click_retention_days or DEFAULT_DAYS
    return (now or utcnow()) - timedelta(days=days)


# Daily at a quiet hour: raw clicks older than the retention period.
@tasks.periodic("expire_clicks", crontab(minute="20", hour="3"))
def delete_expired(now: datetime | None = None) -> int:
    """The daily task: delete raw clicks past retention; returns how many went."""
    oldest_kept = cutoff(now).date()
    deleted = db.session.execute(db.delete(Click).where(Click.day < oldest_kept)).rowcount
    db.session.commit()
    return deleted
