"""Web Push: the server's public key, the caller's devices and preferences, delivery figures."""

from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.push import devices
from server.push.schemas import (
    DeliveryFiguresOut,
    DeviceIn,
    DeviceListOut,
    DeviceOut,
    KeyOut,
    PreferencesIn,
    PreferencesOut,
    RenewIn,
)

blp = Blueprint("push", __name__, url_prefix="/api/v1/push", description="Web Push notifications")


@blp.get("/key")
@blp.response(200, KeyOut)
def key():
    """The VAPID public key browsers subscribe with (public by design: the service worker may need
    it while nobody is signed in); 503 when push is not set up."""
    return {"public_key": devices.public_key()}


@blp.get("/devices")
@signed_in
@blp.response(200, DeviceListOut)
def list_devices():
    """The caller's devices with notifications on."""
    return {"items": devices.listed(current_user)}


@blp.post("/devices")
@signed_in
@blp.arguments(DeviceIn)
@blp.response(201, DeviceOut)
@blp.alt_response(200, schema=DeviceOut, description="This browser was already registered")
def add_device(body):
    """Turn notifications on for this browser (its PushSubscription)."""
    device, created = devices.register(current_user, body["endpoint"], body["keys"], body["label"])
    return device, (201 if created else 200)


@blp.post("/devices/renew")
@blp.arguments(RenewIn)
@blp.response(200, DeviceOut)
def renew_device(body):
    """The browser changed its subscription (the service worker's pushsubscriptionchange). Signed
    in, or signed out with the old subscription's endpoint and auth secret as proof."""
    user = current_user if current_user.is_authenticated else None
    return devices.renew(user, body["old_endpoint"], body["old_auth"], body["endpoint"], body["keys"])


@blp.delete("/devices/<int:device_id>")
@signed_in
@blp.response(204)
def remove_device(device_id):
    """Stop notifications to one of the caller's devices."""
    devices.remove(current_user, device_id)


@blp.get("/preferences")
@signed_in
@blp.response(200, PreferencesOut)
def get_preferences():
    """Which categories the caller wants, and their quiet hours."""
    return devices.preferences(current_user)


@blp.put("/preferences")
@signed_in
@blp.arguments(PreferencesIn)
@blp.response(200, PreferencesOut)
def put_preferences(body):
    """Save categories, quiet hours (null: none) and the timezone they are in."""
    return devices.save_preferences(current_user, body)


@blp.get("/content/<int:content_id>")
@role_required("manager", "admin")
@blp.response(200, DeliveryFiguresOut)
def content_figures(content_id):
    """How the notifications for one content item went."""
    return devices.figures(content_id)
