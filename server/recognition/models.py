"""Kudos: a leader's recognition of an advocate, with a message and discretionary points."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow
from server.models.user import User


class Kudos(db.Model):
    __tablename__ = "kudos"

    id: Mapped[int] = mapped_column(primary_key=True)
    giver_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    receiver_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    message: Mapped[str] = mapped_column(String(500))
    points: Mapped[int] = mapped_column(Integer, default=0)  # asked for; the rules may cap what lands
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    giver: Mapped[User] = relationship(foreign_keys=[giver_id], lazy="joined")
    receiver: Mapped[User] = relationship(foreign_keys=[receiver_id], lazy="joined")

    @property
    def event_id(self) -> str:
        return f"kudos:{self.id}"
