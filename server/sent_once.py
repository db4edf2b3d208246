"""Digests and reminders go at most once per person and period, however many processes or
retries try: the database's unique key decides, not a check that another process can pass too."""

from datetime import datetime

from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import PeriodicSend


def claim(kind: str, user_id: int, period: str, now: datetime) -> bool:
    """Record the send in the caller's transaction; False when it was already sent (or is being
    sent by a transaction not yet committed: PostgreSQL makes this one wait for it)."""
    try:
        with db.session.begin_nested():
            db.session.add(PeriodicSend(kind=kind, user_id=user_id, period=period, sent_at=now))
    except IntegrityError:
        return False
    return True
