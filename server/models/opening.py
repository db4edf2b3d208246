"""A content item an advocate opened from their feed: counted once per advocate and item."""

from datetime import datetime

from sqlalchemy import ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.content import Content
from server.models.types import UTCDateTime, utcnow


class ContentOpen(db.Model):
    __tablename__ = "content_opens"
    # Opening the same item again earns nothing, and a double tap cannot count twice.
    __table_args__ = (UniqueConstraint("user_id", "content_id", name="uq_content_opens_user_content"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    content: Mapped[Content] = relationship()

    @property
    def event_id(self) -> str:
        return f"content_opened:{self.id}"
