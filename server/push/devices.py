"""An advocate's push devices and notification preferences, and delivery figures."""

import hmac
from pathlib import Path
from urllib.parse import urlsplit

from flask import current_app

from server.errors import Refused
from server.extensions import db
from server.models import Content, Organisation, PushDevice, PushMessage, PushPreference, User
from server.push.keys import load
from server.push.models import DEFAULT_CATEGORIES

WAITING = ("queued", "deferred", "retrying", "sending")


def public_key() -> str:
    keys = load(Path(current_app.instance_path))
    if keys is None:
        raise Refused(503, "push_not_configured", "Notifications are not set up on this server yet.")
    return keys.public_key


def register(user: User, endpoint: str, keys: dict, label: str) -> tuple[PushDevice, bool]:
    """Add this browser, or refresh its keys; returns (device, created). An endpoint belongs to
    one browser: when another person signs in on it, it becomes theirs."""
    _check_endpoint(endpoint)
    device = db.session.scalar(db.select(PushDevice).filter_by(endpoint=endpoint))
    created = device is None
    if created:
        device = PushDevice(endpoint=endpoint)
        db.session.add(device)
    device.user_id, device.p256dh, device.auth, device.label = user.id, keys["p256dh"], keys["auth"], label
    db.session.commit()
    return device, created


def renew(
    user: User | None, old_endpoint: str | None, old_auth: str | None, endpoint: str, keys: dict
) -> PushDevice:
    """The browser replaced its subscription (pushsubscriptionchange): keep owner and label. The
    owner is the signed-in user, or, signed out, whoever owns the old subscription, proven by its
    auth secret (only that browser and this server know it)."""
    old = db.session.scalar(db.select(PushDevice).filter_by(endpoint=old_endpoint)) if old_endpoint else None
    if user is None:
        if old is None or not old_auth or not hmac.compare_digest(old.auth, old_auth):
            raise Refused(401, "unauthorized", "Sign in, or prove the old subscription, to renew it.")
        user = db.session.get(User, old.user_id)
    label = old.label if old is not None and old.user_id == user.id else "This browser"
    if old is not None and old.user_id == user.id and old.endpoint != endpoint:
        db.session.delete(old)
        db.session.flush()
    device, _ = register(user, endpoint, keys, label)
    return device


def _check_endpoint(endpoint: str) -> None:
    """The server POSTs to every endpoint it stores, so only known push services are accepted:
    anything else would let a client make the server call internal addresses."""
    url = urlsplit(endpoint)
    hosts = current_app.config["PUSH_SERVICE_HOSTS"]
    known = any(url.hostname == h or (url.hostname or "").endswith("." + h) for h in hosts)
    secure = url.scheme == "https" or current_app.config["PUSH_ALLOW_HTTP"]
    if not (known and secure):
        raise Refused(
            422,
            "invalid_endpoint",
            "This is not a push service this server sends to.",
            {"endpoint": [f"Use an https endpoint of a known push service ({', '.join(hosts)})."]},
        )


def listed(user: User) -> list[PushDevice]:
    return list(db.session.scalars(db.select(PushDevice).filter_by(user_id=user.id).order_by(PushDevice.id)))


def remove(user: User, device_id: int) -> None:
    device = db.session.get(PushDevice, device_id)
    if device is None or device.user_id != user.id:
        raise Refused(404, "not_found", f"Device {device_id} is not one of yours.")
    db.session.delete(device)
    db.session.commit()


def preferences(user: User) -> dict:
    saved = db.session.get(PushPreference, user.id)
    categories = {**DEFAULT_CATEGORIES, **(saved.categories if saved else {})}
    quiet = {"start": saved.quiet_start, "end": saved.quiet_end} if saved and saved.quiet_start else None
    timezone = saved.timezone if saved and saved.timezone else Organisation.current().timezone
    return {"categories": categories, "quiet_hours": quiet, "timezone": timezone}


def save_preferences(user: User, fields: dict) -> dict:
    saved = db.session.get(PushPreference, user.id) or PushPreference(user_id=user.id)
    saved.categories = {**DEFAULT_CATEGORIES, **(saved.categories or {}), **fields["categories"]}
    quiet = fields.get("quiet_hours")
    saved.quiet_start, saved.quiet_end = (quiet["start"], quiet["end"]) if quiet else (None, None)
    saved.timezone = fields["timezone"]
    db.session.add(saved)
    db.session.commit()
    return preferences(user)


def figures(content_id: int) -> dict:
    if db.session.get(Content, content_id) is None:
        raise Refused(404, "not_found", f"Content {content_id} does not exist.")
    rows = db.session.execute(
        db.select(PushMessage.status, db.func.count())
        .filter_by(content_id=content_id)
        .group_by(PushMessage.status)
    ).all()
    counts = dict(rows)
    last_fault = db.session.scalar(
        db.select(PushMessage.last_error)
        .filter_by(content_id=content_id, status="config_error")
        .order_by(PushMessage.id.desc())
        .limit(1)
    )
    return {
        "content_id": content_id,
        "messages": sum(counts.values()),
        "delivered": counts.get("delivered", 0),
        "waiting": sum(counts.get(s, 0) for s in WAITING),
        "failed": counts.get("failed", 0),
        "removed": counts.get("removed", 0),
        "config_errors": counts.get("config_error", 0),
        "last_config_error": last_fault,
    }
