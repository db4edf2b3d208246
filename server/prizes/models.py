"""Monthly prizes: the catalogue, the closed month's frozen standings, exclusions, and winners."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

METHODS = ("top", "raffle", "most_improved", "best_team")
FULFILMENT = ("pending", "sent", "received")


def scope_key(team_id: int | None) -> str:
    """One string per scope, so "company" is unique too (NULLs never clash in a unique index)."""
    return "company" if team_id is None else f"team:{team_id}"


class Prize(db.Model):
    """Something to win in a month, for the whole company or one team."""

    __tablename__ = "prizes"
    __table_args__ = (Index("ix_prizes_month_scope", "month", "scope_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # "2026-10", in the organisation's timezone
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))  # None: the whole company
    scope_key: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    image_url: Mapped[str | None] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    method: Mapped[str] = mapped_column(String(16))
    min_points: Mapped[int] = mapped_column(Integer, default=1)
    min_active_days: Mapped[int] = mapped_column(Integer, default=0)
    ticket_cap: Mapped[int] = mapped_column(Integer, default=100)  # raffle tickets per person at most
    allow_repeat: Mapped[bool] = mapped_column(Boolean, default=False)  # may go to an earlier winner
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MonthClose(db.Model):
    """A month closed for one scope: its standings frozen at the month boundary, the raffle seed
    drawn, then (once confirmed) the winners awarded for good."""

    __tablename__ = "month_closes"
    __table_args__ = (UniqueConstraint("month", "scope_key", name="uq_month_closes_scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    scope_key: Mapped[str] = mapped_column(String(32))
    seed: Mapped[str] = mapped_column(String(32))  # published, so anyone can re-run the draws
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    standings: Mapped[list["Standing"]] = relationship(order_by="Standing.user_id")


class Standing(db.Model):
    """One advocate's month, as it stood at the boundary: what every prize is chosen from."""

    __tablename__ = "month_standings"
    __table_args__ = (UniqueConstraint("close_id", "user_id", name="uq_month_standings_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    close_id: Mapped[int] = mapped_column(ForeignKey("month_closes.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    points: Mapped[int] = mapped_column(Integer, default=0)
    previous_points: Mapped[int] = mapped_column(Integer, default=0)  # the month before
    active_days: Mapped[int] = mapped_column(Integer, default=0)  # days with a share
    reached_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # earlier wins a tie


EXCLUSION_SCOPES = ("month", "prize")


class PrizeExclusion(db.Model):
    """Someone (or a team) a manager kept out of the month's prizes, and why; the next in line
    moves up. Scope "month" keeps them out of every prize of the closed month (prize_id None);
    scope "prize" out of one."""

    __tablename__ = "prize_exclusions"

    id: Mapped[int] = mapped_column(primary_key=True)
    close_id: Mapped[int | None] = mapped_column(ForeignKey("month_closes.id"), index=True)
    scope: Mapped[str] = mapped_column(String(8), default="prize")
    prize_id: Mapped[int | None] = mapped_column(ForeignKey("prizes.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    reason: Mapped[str] = mapped_column(String(500))
    excluded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrizeWinner(db.Model):
    """An awarded prize: final once written, only its fulfilment moves on."""

    __tablename__ = "prize_winners"
    __table_args__ = (UniqueConstraint("prize_id", "place", name="uq_prize_winners_place"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prize_id: Mapped[int] = mapped_column(ForeignKey("prizes.id"), index=True)
    close_id: Mapped[int] = mapped_column(ForeignKey("month_closes.id"), index=True)
    place: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))  # best team prizes
    figure: Mapped[float] = mapped_column(default=0.0)  # points, tickets, improvement or per capita
    status: Mapped[str] = mapped_column(String(16), default="pending")
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    awarded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    prize: Mapped[Prize] = relationship(lazy="joined")


@event.listens_for(Prize, "before_insert")
@event.listens_for(Prize, "before_update")
@event.listens_for(MonthClose, "before_insert")
@event.listens_for(MonthClose, "before_update")
def _derive_scope_key(_mapper, _connection, target) -> None:
    # Derived from team_id on every write, so no caller can let the two disagree.
    target.scope_key = scope_key(target.team_id)
