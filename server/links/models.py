"""Clicks on tracked links: one row per visitor, link and day (the first click counts), and the
day's salt that makes visitors unrecognisable tomorrow."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow


class Click(db.Model):
    __tablename__ = "clicks"
    __table_args__ = (
        UniqueConstraint("user_id", "content_id", "network", "day", "visitor", name="uq_clicks_visitor_day"),
        Index("ix_clicks_content_day", "content_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)  # the advocate who shared
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"))
    network: Mapped[str] = mapped_column(String(16))
    day: Mapped[date] = mapped_column(Date)  # UTC day: the salt's day
    # sha256(day's salt + address + user agent): the same visitor today, unlinkable tomorrow.
    visitor: Mapped[str] = mapped_column(String(64))
    clicked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hits: Mapped[int] = mapped_column(Integer, default=1)  # this visitor's clicks that day

    @property
    def event_id(self) -> str:
        return f"click:{self.id}"


class ClickSalt(db.Model):
    """A random salt per day; old ones are deleted, so old visitor hashes cannot be recomputed."""

    __tablename__ = "click_salts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    salt: Mapped[str] = mapped_column(String(64))
