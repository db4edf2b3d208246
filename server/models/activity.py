"""Daily rollups of what sharing achieves, per advocate, content and network: what analytics read,
so a year of ten million clicks is a few hundred thousand rows, never a scan of the clicks."""

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db


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
