"""Digests and reminders sent, one row per person and period: the unique key is what stops a
second scheduler, a retried task or a race from sending the same one twice."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

KINDS = ("digest", "close_reminder")


class PeriodicSend(db.Model):
    __tablename__ = "periodic_sends"
    __table_args__ = (UniqueConstraint("kind", "user_id", "period", name="uq_periodic_sends_once"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # The period it belongs to, in words a person would use: "2026-W50", "2026-11 team 3".
    period: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
