"""The reward store's tables: rewards, redemptions and the spending ledger.

Spending is kept apart from the points ledger on purpose: leaderboards, levels, badges and
prizes are all sums of what was earned, and spending must never lower them. An advocate's
spendable balance is their lifetime points earned plus the sum of their spending entries."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

LIMIT_PERIODS = ("week", "month", "quarter", "year", "ever")
# requested -> approved -> sent -> received; requested -> rejected; requested/approved -> cancelled
STATUSES = ("requested", "approved", "rejected", "cancelled", "sent", "received")
OPEN_STATUSES = ("requested", "approved", "sent")
SPENDING_KINDS = ("redemption", "refund")


class Reward(db.Model):
    """Something in the store: a thing to send, an experience, or a donation to a charity."""

    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    image_url: Mapped[str | None] = mapped_column(String(500))
    cost: Mapped[int] = mapped_column(Integer)  # points, always above 0
    stock: Mapped[int | None] = mapped_column(Integer)  # None: no limit
    per_person_limit: Mapped[int | None] = mapped_column(Integer)  # None: no limit
    limit_period: Mapped[str] = mapped_column(String(8), default="month")
    charity: Mapped[str | None] = mapped_column(String(120))  # set: redeeming donates to it
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Redemption(db.Model):
    """One advocate's request for a reward, and how far its fulfilment has got."""

    __tablename__ = "redemptions"
    __table_args__ = (UniqueConstraint("user_id", "client_id", name="uq_redemptions_client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reward_id: Mapped[int] = mapped_column(ForeignKey("rewards.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    client_id: Mapped[str | None] = mapped_column(String(64))  # a retried tap redeems once
    cost: Mapped[int] = mapped_column(Integer)  # what it cost when requested
    status: Mapped[str] = mapped_column(String(16), default="requested", index=True)
    reason: Mapped[str] = mapped_column(String(500), default="")  # why rejected or cancelled
    note: Mapped[str] = mapped_column(String(500), default="")  # the advocate's delivery note
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    reward: Mapped[Reward] = relationship(lazy="joined")


class SpendingEntry(db.Model):
    """The spending ledger. Never updated or deleted: a redemption is a negative row, and a
    rejected or cancelled one is refunded by a positive compensating row."""

    __tablename__ = "spending_entries"
    __table_args__ = (UniqueConstraint("redemption_id", "kind", name="uq_spending_redemption_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    redemption_id: Mapped[int] = mapped_column(ForeignKey("redemptions.id"))
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
