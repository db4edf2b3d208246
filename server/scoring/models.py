"""Scoring's tables: the append-only points ledger and the scores materialized from it, the
published rule sets, each advocate's engine state, and badges earned."""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

# Calendar boards, in the organisation's timezone.
PERIODS = ("week", "month", "quarter", "all_time")
# Boards over the window of a campaign or team challenge; their period key is its id.
WINDOW_PERIODS = ("campaign", "challenge")


class LedgerEntry(db.Model):
    """One award. Never updated or deleted: corrections are compensating rows."""

    __tablename__ = "ledger_entries"
    # One rule awards at most once per event and advocate, enforced by the database too.
    __table_args__ = (UniqueConstraint("user_id", "event_id", "rule_id", name="uq_ledger_event_rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(255))
    event_type: Mapped[str] = mapped_column(String(32))
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    rule_id: Mapped[str] = mapped_column(String(64))
    rule_version: Mapped[int] = mapped_column(Integer)
    content_id: Mapped[int | None] = mapped_column(ForeignKey("content.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Score(db.Model):
    """Points per advocate per leaderboard period, kept in step with the ledger."""

    __tablename__ = "scores"
    __table_args__ = (
        UniqueConstraint("user_id", "period", "period_key", name="uq_scores_user_period"),
        Index("ix_scores_board", "period", "period_key", "points"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    period: Mapped[str] = mapped_column(String(16))
    period_key: Mapped[str] = mapped_column(String(64))
    points: Mapped[int] = mapped_column(Integer, default=0)
    # When the current score was reached: earlier wins a tie.
    reached_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Wall-clock time of the last change, so a rank store rebuild can catch up on what moved.
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, index=True)


class RuleSetVersion(db.Model):
    """One published version of the scoring rules. Never edited: a change is a new version."""

    __tablename__ = "rule_set_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    effective_from: Mapped[datetime] = mapped_column(UTCDateTime)
    document: Mapped[dict] = mapped_column(JSON)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")  # the publisher's one line
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


class ChallengeResult(db.Model):
    """A team challenge's outcome, kept after it ends (and after an admin removes it from the
    rules): the goal, how far the team got, when it was reached and who contributed."""

    __tablename__ = "challenge_results"
    __table_args__ = (UniqueConstraint("challenge_id", "team_id", name="uq_challenge_results"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[str] = mapped_column(String(64))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    event_type: Mapped[str] = mapped_column(String(32))
    target: Mapped[int] = mapped_column(Integer)
    reward_points: Mapped[int] = mapped_column(Integer)
    starts: Mapped[datetime] = mapped_column(UTCDateTime)
    ends: Mapped[datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)
    reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # [{"user_id": 3, "count": 12}, ...], most first
    contributors: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
