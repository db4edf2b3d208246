"""Shareable content published to advocates, and which teams it targets."""

from datetime import datetime

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.organisation import Team
from server.models.types import UTCDateTime, utcnow

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

    created_by: Mapped["User | None"] = relationship(foreign_keys=[created_by_id])  # noqa: F821
    suggested_by: Mapped["User | None"] = relationship(foreign_keys=[suggested_by_id])  # noqa: F821
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
