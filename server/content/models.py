"""Content's tables: items published to advocates and the teams they target, opens from the feed,
advocates' suggestions, and ratings."""

from datetime import datetime

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow
from server.models.user import User
from server.organisation.models import Team

NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")
STATUSES = ("draft", "published", "archived")

content_targets = Table(
    "content_targets",
    db.metadata,
    Column("content_id", ForeignKey("content.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
)


class Content(db.Model):
    __tablename__ = "content"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2048))
    summary: Mapped[str] = mapped_column(Text, default="")
    image_url: Mapped[str | None] = mapped_column(String(2048))
    captions: Mapped[dict] = mapped_column(JSON, default=dict)
    # More suggested captions per network, beyond `captions` (the first): {network: [text, ...]}.
    caption_variants: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")
    tags: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    status: Mapped[str] = mapped_column(String(16), default="published")
    publish_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When advocates' devices were sent a notification for it: once, at its publish time.
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Employee content: the advocate whose suggestion this was earns when colleagues share it.
    suggested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    created_by: Mapped["User | None"] = relationship(foreign_keys=[created_by_id])
    suggested_by: Mapped["User | None"] = relationship(foreign_keys=[suggested_by_id])
    target_teams: Mapped[list[Team]] = relationship(secondary=content_targets, lazy="selectin")

    # Filled in per viewer by the feed; not columns.
    shared_networks = ()
    share_links = None  # {network: tracked link}
    my_rating = None  # "useful" or "not_for_me"

    @property
    def target_team_ids(self) -> list[int]:
        return sorted(team.id for team in self.target_teams)

    def is_targeted_to(self, team_id: int | None) -> bool:
        return not self.target_teams or team_id in self.target_team_ids


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
