"""Web Push in and out: devices, preferences, delivery figures."""

from zoneinfo import available_timezones

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.push import subscription_keys
from server.push.models import CATEGORIES
from server.push.quiet import parse


class KeyOut(Schema):
    public_key = fields.String(metadata={"description": "The VAPID public key: applicationServerKey"})


class SubscriptionKeysIn(Schema):
    """Checked as keys, not as text: a key the server cannot encrypt to would never get a message."""

    p256dh = fields.String(
        required=True,
        validate=[validate.Length(max=100), subscription_keys.check_p256dh],
        metadata={"description": "The browser's public key: an uncompressed P-256 point, base64url"},
    )
    auth = fields.String(
        required=True,
        validate=[validate.Length(max=32), subscription_keys.check_auth],
        metadata={"description": "The subscription's 16-byte authentication secret, base64url"},
    )


def _endpoint():
    return fields.Url(
        required=True,
        schemes={"https", "http"},
        require_tld=False,
        validate=validate.Length(max=2048),
        metadata={"description": "The push service URL from PushSubscription.endpoint"},
    )


class DeviceIn(Schema):
    endpoint = _endpoint()
    keys = fields.Nested(SubscriptionKeysIn, required=True)
    label = fields.String(load_default="This browser", validate=validate.Length(min=1, max=80))


class RenewIn(Schema):
    old_endpoint = fields.Url(
        schemes={"https", "http"}, require_tld=False, load_default=None, allow_none=True
    )
    old_auth = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=32),
        metadata={"description": "The old subscription's auth secret: proof of the device when signed out"},
    )
    endpoint = _endpoint()
    keys = fields.Nested(SubscriptionKeysIn, required=True)


class DeviceOut(Schema):
    id = fields.Integer()
    label = fields.String()
    created_at = fields.AwareDateTime()
    last_delivered_at = fields.AwareDateTime(allow_none=True)


class DeviceListOut(Schema):
    items = fields.List(fields.Nested(DeviceOut))


class QuietHours(Schema):
    start = fields.String(required=True, metadata={"description": "HH:MM, local"})
    end = fields.String(required=True, metadata={"description": "HH:MM, local"})

    @validates_schema
    def _times(self, data, **kwargs):
        problems = {}
        for name in ("start", "end"):
            try:
                parse(data[name])
            except (ValueError, KeyError):
                problems[name] = ["Use a 24-hour time such as 22:00."]
        if problems:
            raise ValidationError(problems)
        if data["start"] == data["end"]:
            raise ValidationError({"end": ["The end must differ from the start."]})


class PreferencesIn(Schema):
    categories = fields.Dict(
        keys=fields.String(validate=validate.OneOf(CATEGORIES)), values=fields.Boolean(), required=True
    )
    quiet_hours = fields.Nested(QuietHours, allow_none=True, load_default=None)
    timezone = fields.String(required=True, validate=validate.OneOf(sorted(available_timezones())))


class PreferencesOut(Schema):
    categories = fields.Dict(keys=fields.String(), values=fields.Boolean())
    quiet_hours = fields.Nested(QuietHours, allow_none=True)
    timezone = fields.String()


class DeliveryFiguresOut(Schema):
    content_id = fields.Integer()
    messages = fields.Integer(metadata={"description": "Messages created: one per device"})
    delivered = fields.Integer(metadata={"description": "Accepted by the push service (201)"})
    waiting = fields.Integer(metadata={"description": "Queued, deferred by quiet hours or retrying"})
    failed = fields.Integer(metadata={"description": "Gave up after every retry"})
    removed = fields.Integer(metadata={"description": "Subscriptions gone (404/410) and removed"})
    config_errors = fields.Integer(metadata={"description": "400/401/403/413: fix the server's setup"})
    last_config_error = fields.String(allow_none=True)
