"""A share: an advocate sending a content item to one of their networks."""

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.content.models import Content
from server.extensions import db
from server.models.types import UTCDateTime, utcnow


class Share(db.Model):
    __tablename__ = "shares"
    # The client id makes retries and background-sync replays idempotent per advocate.
    __table_args__ = (UniqueConstraint("user_id", "client_id", name="uq_shares_user_client"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    content_id: Mapped[int] = mapped_column(ForeignKey("content.id"), index=True)
    network: Mapped[str] = mapped_column(String(16))
    client_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # What the share earned beyond points (badges, level, streak), so a replay answers the same.
    progress: Mapped[dict | None] = mapped_column(JSON)
    # The advocate wrote their own caption rather than a suggested one: a rule field, kept so a
    # replay (simulation, explain, re-scoring) sees what the live share saw.
    caption_edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    content: Mapped[Content] = relationship()
    # Not a column: (suggester, their scored event) when this share credited a suggestion.
    credited = None

    @property
    def event_id(self) -> str:
        return f"share:{self.id}"
