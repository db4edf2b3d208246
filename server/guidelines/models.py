"""The social media guidelines: versions of the text admins publish, each advocate's
acknowledgement of a version, and the training quiz passes."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow


class GuidelinesVersion(db.Model):
    """Never edited: a changed text is a new version, which everyone acknowledges again."""

    __tablename__ = "guidelines_versions"

    id: Mapped[int] = mapped_column(primary_key=True)  # the version number
    text: Mapped[str] = mapped_column(Text)
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class GuidelinesAck(db.Model):
    __tablename__ = "guidelines_acks"
    __table_args__ = (UniqueConstraint("user_id", "version_id", name="uq_guidelines_acks_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("guidelines_versions.id"))
    acknowledged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class QuizPass(db.Model):
    """The first pass of the training quiz, which is what earns points: once per advocate."""

    __tablename__ = "quiz_passes"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)  # percent
    passed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
