"""Notifications: devices (only the push service's host: the endpoint is a capability URL and
the keys are secrets), preferences, and the notifications sent."""

from urllib.parse import urlsplit

from server.extensions import db
from server.models import PushDevice, PushMessage, PushPreference
from server.privacy.registry import exporter, listed


@exporter("push_devices", PushDevice.user_id)
def push_devices(user_id: int) -> list[dict]:
    devices = db.session.scalars(db.select(PushDevice).filter_by(user_id=user_id).order_by(PushDevice.id))
    return [
        {
            "label": device.label,
            "push_service": urlsplit(device.endpoint).hostname,
            "created_at": device.created_at,
            "last_used_at": device.last_delivered_at,
        }
        for device in devices
    ]


@exporter("notification_preferences", PushPreference.user_id)
def notification_preferences(user_id: int) -> dict | None:
    row = db.session.get(PushPreference, user_id)
    if row is None:
        return None
    quiet = {"start": row.quiet_start, "end": row.quiet_end} if row.quiet_start else None
    return {"categories": row.categories, "quiet_hours": quiet, "timezone": row.timezone}


@exporter("notifications_sent", PushMessage.user_id)
def notifications_sent(user_id: int) -> list[dict]:
    return listed(
        db.select(PushMessage.category, PushMessage.status, PushMessage.created_at, PushMessage.finished_at)
        .filter(PushMessage.user_id == user_id)
        .order_by(PushMessage.created_at, PushMessage.id)
    )
