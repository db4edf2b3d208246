"""An advocate's current points and their ledger history."""

from datetime import datetime

from server.extensions import db
from server.leaderboards.periods import period_keys
from server.models import Content, LedgerEntry, Organisation, Score
from server.models.types import utcnow


def points_summary(user_id: int, now: datetime | None = None) -> dict[str, int]:
    """Points in the current week, month and all time."""
    keys = period_keys(now or utcnow(), Organisation.current().zone)
    rows = db.session.execute(
        db.select(Score.period, Score.period_key, Score.points).filter_by(user_id=user_id)
    )
    found = {(period, key): points for period, key, points in rows}
    return {period: found.get((period, key), 0) for period, key in keys.items()}


def event_awards(user_id: int, event_id: str) -> list[dict]:
    """What one recorded event earned, line by line, as the advocate was told."""
    rows = db.session.scalars(
        db.select(LedgerEntry).filter_by(user_id=user_id, event_id=event_id).order_by(LedgerEntry.id)
    )
    return [{"points": row.points, "explanation": row.reason} for row in rows]


def ledger_history(user_id: int, limit: int) -> list[dict]:
    """The newest ledger rows, each with the content it came from."""
    rows = db.session.execute(
        db.select(LedgerEntry, Content.title)
        .outerjoin(Content, Content.id == LedgerEntry.content_id)
        .filter(LedgerEntry.user_id == user_id)
        .order_by(LedgerEntry.occurred_at.desc(), LedgerEntry.id.desc())
        .limit(limit)
    )
    return [
        {
            "id": entry.id,
            "points": entry.points,
            "reason": entry.reason,
            "created_at": entry.occurred_at,
            "content": {"id": entry.content_id, "title": title} if entry.content_id else None,
        }
        for entry, title in rows
    ]
