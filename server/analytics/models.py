"""The rollups analytics read. The daily one, per advocate, content and network: a year of ten million
clicks is a few hundred thousand rows, never a scan of the clicks. Smaller rollups beside it, kept in
step with it, so a year's dashboards read tens of
thousands of rows instead of hundreds of thousands: totals per day, team and network (by day,
network and team), and per month for each advocate and each content item (their tables).

The monthly rollups hold shares per network in columns rather than a row per network: EMV needs
each network's reach, and a row per network would make them almost as long as the daily rollup.
A network added to `NETWORKS` needs a column here (and a migration); until then its shares count
in `shares` but earn no reach. The team is the one on the daily row (the advocate's team then);
"no team" is NULL, which the unique indexes treat as one value."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from server.content.models import NETWORKS
from server.extensions import db

NETWORK_SHARES = {network: f"shares_{network}" for network in NETWORKS}
NO_TEAM = text("coalesce(team_id, 0)")  # so each key has one row even without a team


class _Figures:
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    shares: Mapped[int] = mapped_column(Integer, default=0)
    clicks: Mapped[int] = mapped_column(Integer, default=0)
    unique_clickers: Mapped[int] = mapped_column(Integer, default=0)


class _NetworkShares(_Figures):
    shares_linkedin: Mapped[int] = mapped_column(Integer, default=0)
    shares_x: Mapped[int] = mapped_column(Integer, default=0)
    shares_facebook: Mapped[int] = mapped_column(Integer, default=0)
    shares_whatsapp: Mapped[int] = mapped_column(Integer, default=0)
    shares_email: Mapped[int] = mapped_column(Integer, default=0)


class DailyTotal(_Figures, db.Model):
    __tablename__ = "daily_totals"
    __table_args__ = (Index("uq_daily_totals_key", "day", NO_TEAM, "network", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    network: Mapped[str] = mapped_column(String(16))


class MonthlyAdvocateActivity(_NetworkShares, db.Model):
    __tablename__ = "monthly_advocate_activity"
    __table_args__ = (
        # By advocate first: programme health looks up each advocate's latest month.
        Index("uq_monthly_advocate_key", "user_id", "month", NO_TEAM, unique=True),
        Index("ix_monthly_advocate_month", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)  # its first day
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))


class MonthlyContentActivity(_NetworkShares, db.Model):
    __tablename__ = "monthly_content_activity"
    __table_args__ = (Index("uq_monthly_content_key", "month", "content_id", NO_TEAM, unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date)  # its first day
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"))


class DailyActivity(db.Model):
    __tablename__ = "daily_activity"
    __table_args__ = (
        UniqueConstraint("day", "user_id", "content_id", "network", name="uq_daily_activity_key"),
        Index("ix_daily_activity_team_day", "team_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)  # in the organisation's timezone
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))  # the advocate's team then
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"), index=True)
    network: Mapped[str] = mapped_column(String(16))
    shares: Mapped[int] = mapped_column(Integer, default=0)
    clicks: Mapped[int] = mapped_column(Integer, default=0)  # every click by a person
    unique_clickers: Mapped[int] = mapped_column(Integer, default=0)  # distinct visitors per day
