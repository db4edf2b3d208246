"""Employee content: links advocates suggest, in their own words, and how people rate content."""

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow
from server.models.user import User

SUGGESTION_STATUSES = ("pending", "approved", "rejected")
RATINGS = ("useful", "not_for_me")


class Suggestion(db.Model):
    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(String(200))
    comment: Mapped[str] = mapped_column(Text)  # the advocate's own words: the caption to start from
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    reason: Mapped[str | None] = mapped_column(String(500))  # why it was rejected
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    content_id: Mapped[int | None] = mapped_column(ForeignKey("content.id"))  # once approved
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    suggester: Mapped[User] = relationship(foreign_keys=[user_id], lazy="joined")

    @property
    def event_id(self) -> str:
        return f"suggestion_approved:{self.id}"


class ContentRating(db.Model):
    """One person's verdict on a content item; rating again replaces it."""

    __tablename__ = "content_ratings"
    __table_args__ = (UniqueConstraint("user_id", "content_id", name="uq_content_ratings_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"), index=True)
    value: Mapped[str] = mapped_column(String(16))
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
