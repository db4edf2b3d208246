"""Web Push: the devices an advocate turned notifications on for, what they want to hear about,
and every message sent to a device with how its delivery went."""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.extensions import db
from server.models.types import UTCDateTime, utcnow

CATEGORIES = ("content", "prizes", "progress", "digest")
DEFAULT_CATEGORIES = {"content": True, "prizes": True, "progress": True, "digest": False}
# queued -> delivered | removed | failed | config_error, possibly via deferred (quiet hours) and
# retrying (429, 5xx, timeouts); "sending" while a delivery task holds it. Past its TTL: failed.
STATUSES = ("queued", "deferred", "retrying", "sending", "delivered", "removed", "failed", "config_error")


class PushDevice(db.Model):
    """One browser's push subscription. The endpoint is a capability URL: never shown to others."""

    __tablename__ = "push_devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    endpoint: Mapped[str] = mapped_column(String(2048), unique=True)
    p256dh: Mapped[str] = mapped_column(String(200))
    auth: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    def subscription_info(self) -> dict:
        return subscription_info(self.endpoint, self.p256dh, self.auth)


def subscription_info(endpoint: str, p256dh: str, auth: str) -> dict:
    """What pywebpush's webpush() takes for one device (delivery builds it from plain rows)."""
    return {"endpoint": endpoint, "keys": {"p256dh": p256dh, "auth": auth}}


class PushPreference(db.Model):
    """What an advocate wants pushed, and when not: quiet hours in their own timezone."""

    __tablename__ = "push_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    categories: Mapped[dict] = mapped_column(JSON, default=lambda: dict(DEFAULT_CATEGORIES))
    quiet_start: Mapped[str | None] = mapped_column(String(5))  # "22:00", local
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    timezone: Mapped[str | None] = mapped_column(String(64))  # None: the organisation's


class PushMessage(db.Model):
    """One notification for one device; kept so delivery is provable and figures add up."""

    __tablename__ = "push_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    # No foreign key to the device: a removed device's messages stay for the figures.
    device_id: Mapped[int] = mapped_column(Integer, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    content_id: Mapped[int | None] = mapped_column(ForeignKey("content.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))
    payload: Mapped[str] = mapped_column(Text)  # the exact JSON sent, at most 3,993 bytes
    topic: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    device: Mapped[PushDevice | None] = relationship(
        primaryjoin="foreign(PushMessage.device_id) == PushDevice.id", viewonly=True
    )
