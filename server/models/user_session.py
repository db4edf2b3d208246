"""Sessions: one row per signed-in browser, so a session can be ended on the server."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime, utcnow


class UserSession(db.Model):
    __tablename__ = "user_sessions"

    # Random, and carried in the signed session cookie: the cookie alone no longer proves a
    # login; this row must also still be open.
    id: Mapped[str] = mapped_column(String(43), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Moved forward at most every few minutes (services/sessions.py): a write per request would
    # cost every request.
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # "Chrome on Android": enough for a person to recognise the device, never the full string.
    device: Mapped[str] = mapped_column(String(80), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
