"""Published rule sets, each advocate's engine state, and badges earned."""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow


class RuleSetVersion(db.Model):
    """One published version of the scoring rules. Never edited: a change is a new version."""

    __tablename__ = "rule_set_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    effective_from: Mapped[datetime] = mapped_column(UTCDateTime)
    document: Mapped[dict] = mapped_column(JSON)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AdvocateProgress(db.Model):
    """The engine's running aggregates for one advocate (streak, counters, badge tiers, level).
    Derived data: a replay of the advocate's events rebuilds it."""

    __tablename__ = "advocate_progress"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class BadgeAward(db.Model):
    """A badge tier an advocate earned, with the event that earned it (Open Badges evidence)."""

    __tablename__ = "badge_awards"
    __table_args__ = (UniqueConstraint("user_id", "badge_id", "tier", name="uq_badge_awards_tier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    badge_id: Mapped[str] = mapped_column(String(64))
    tier: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str] = mapped_column(String(64))
    rule_version: Mapped[int] = mapped_column(Integer)
    earned_at: Mapped[datetime] = mapped_column(UTCDateTime)
