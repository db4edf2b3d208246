"""Mail to people (invitations, password resets) and how its delivery went, so a link that did
not go out is seen and sent again rather than lost. The body is not kept: it holds a secret link,
and the database keeps only hashes of those."""

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

KINDS = ("invitation", "password_reset")
# queued -> sent | failed, possibly via retrying (mail server unreachable or answering 4xx).
STATUSES = ("queued", "retrying", "sent", "failed")


class MailMessage(db.Model):
    __tablename__ = "mail_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    # Whom it is for, by reference: the address lives (and is anonymised) with them.
    invitation_id: Mapped[int | None] = mapped_column(ForeignKey("invitations.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
