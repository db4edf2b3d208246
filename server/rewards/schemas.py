"""Rewards, the store and redemptions, in and out. Every refusal is in words for the person typing."""

from marshmallow import Schema, fields, pre_load, validate

from server.rewards.models import LIMIT_PERIODS, STATUSES
from server.schemas.common import MAX_ID
from server.schemas.text import MultilineText


def _words(field, message: str, **kwargs):
    """A field whose every refusal (missing, empty, wrong type) is `message`."""
    kwargs["error_messages"] = {"required": message, "null": message, "invalid": message}
    return field(**kwargs)


TITLE = "Give the reward a title (up to 120 characters)."
DESCRIPTION = "Keep the description to 2,000 characters."
IMAGE = "Enter the image's web address, starting with https://, or upload an image."
COST = "A reward costs at least 1 point."
COST_MAX = "A reward costs at most 1,000,000 points."
STOCK = "Stock is a whole number, 0 or more; leave it empty for no limit."
LIMIT = "The limit per person is a whole number, 1 or more; leave it empty for no limit."
PERIOD = "Choose the limit's period: week, month, quarter, year or ever."
CHARITY = "Name the charity in up to 120 characters, or leave it empty."
REWARD = "Choose a reward from the store."
CLIENT_ID = "The app sends a request id of 8-64 letters, digits, '-' or '_'; try again."
NOTE = "Keep the note to 500 characters."
STATUS = "Choose approved, rejected, sent or received."
REASON = "Say why, in up to 500 characters."
NOT_BLANK_TITLE = validate.Regexp(r"\S", error=TITLE)


class RewardIn(Schema):
    title = _words(
        fields.String, TITLE, required=True, validate=[validate.Length(max=120, error=TITLE), NOT_BLANK_TITLE]
    )
    description = _words(
        MultilineText, DESCRIPTION, load_default="", validate=validate.Length(max=2000, error=DESCRIPTION)
    )
    image_url = _words(
        fields.String,
        IMAGE,
        allow_none=True,
        load_default=None,
        validate=[
            validate.Length(max=500, error=IMAGE),
            validate.URL(schemes={"http", "https"}, require_tld=False, relative=True, error=IMAGE),
        ],
    )
    cost = _words(
        fields.Integer,
        COST,
        strict=True,
        required=True,
        validate=[validate.Range(min=1, error=COST), validate.Range(max=1_000_000, error=COST_MAX)],
        metadata={"description": "Points; at least 1"},
    )
    stock = _words(
        fields.Integer,
        STOCK,
        strict=True,
        allow_none=True,
        load_default=None,
        validate=validate.Range(min=0, max=1_000_000, error=STOCK),
        metadata={"description": "How many there are to give; None: no limit"},
    )
    per_person_limit = _words(
        fields.Integer,
        LIMIT,
        strict=True,
        allow_none=True,
        load_default=None,
        validate=validate.Range(min=1, max=1000, error=LIMIT),
        metadata={"description": "How many one person may redeem per limit_period; None: no limit"},
    )
    limit_period = _words(
        fields.String, PERIOD, load_default="month", validate=validate.OneOf(LIMIT_PERIODS, error=PERIOD)
    )
    charity = _words(
        fields.String,
        CHARITY,
        allow_none=True,
        load_default=None,
        validate=validate.Length(max=120, error=CHARITY),
        metadata={"description": "Set: redeeming it donates to this charity"},
    )

    @pre_load
    def empty_is_none(self, data, **kwargs):
        """A form's cleared image or charity field arrives as "": it means none."""
        if isinstance(data, dict):
            return {k: None if k in ("image_url", "charity") and v == "" else v for k, v in data.items()}
        return data


class RewardPatchIn(RewardIn):
    """The same fields, each optional: load with partial=True (no defaults are applied)."""


class ArchivedQuery(Schema):
    archived = fields.Boolean(load_default=False, metadata={"description": "1: the archived rewards"})


class RewardOut(Schema):
    id = fields.Integer()
    title = fields.String()
    description = fields.String()
    image_url = fields.String(allow_none=True)
    cost = fields.Integer()
    stock = fields.Integer(allow_none=True)
    stock_left = fields.Integer(allow_none=True, metadata={"description": "None: no limit"})
    per_person_limit = fields.Integer(allow_none=True)
    limit_period = fields.String()
    charity = fields.String(allow_none=True)
    archived_at = fields.AwareDateTime(allow_none=True)
    redeemed = fields.Integer(metadata={"description": "Redemptions not rejected or cancelled"})


class RewardListOut(Schema):
    items = fields.List(fields.Nested(RewardOut))


class RemovedOut(Schema):
    archived = fields.Boolean(
        metadata={"description": "True: kept as archived because someone redeemed it; False: deleted"}
    )


class BalanceOut(Schema):
    earned = fields.Integer(metadata={"description": "Lifetime points earned"})
    spent = fields.Integer(metadata={"description": "Points spent, refunds taken off"})
    available = fields.Integer()


class StoreRewardOut(RewardOut):
    limit_used = fields.Integer(metadata={"description": "Redeemed by the caller in the current period"})
    can_redeem = fields.Boolean()
    why_not = fields.String(allow_none=True)


class StoreOut(Schema):
    balance = fields.Nested(BalanceOut)
    rewards = fields.List(fields.Nested(StoreRewardOut))


class RedemptionIn(Schema):
    reward_id = _words(
        fields.Integer,
        REWARD,
        strict=True,
        required=True,
        validate=validate.Range(min=1, max=MAX_ID, error=REWARD),
    )
    client_id = _words(
        fields.String,
        CLIENT_ID,
        required=True,
        validate=[
            validate.Length(min=8, max=64, error=CLIENT_ID),
            validate.Regexp(r"^[A-Za-z0-9_-]+$", error=CLIENT_ID),
        ],
        metadata={"description": "Generated by the app once per tap; resend it on retry"},
    )
    note = _words(
        MultilineText,
        NOTE,
        load_default="",
        validate=validate.Length(max=500, error=NOTE),
        metadata={"description": "For whoever fulfils it, e.g. delivery details"},
    )


class RedeemedRewardOut(Schema):
    id = fields.Integer()
    title = fields.String()
    image_url = fields.String(allow_none=True)
    charity = fields.String(allow_none=True)


class RedeemerOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    email = fields.String()
    team = fields.String(allow_none=True)


class RedemptionOut(Schema):
    id = fields.Integer()
    reward = fields.Nested(RedeemedRewardOut)
    cost = fields.Integer()
    status = fields.String()
    reason = fields.String()
    note = fields.String()
    requested_at = fields.AwareDateTime()
    status_changed_at = fields.AwareDateTime()


class RedemptionListOut(Schema):
    items = fields.List(fields.Nested(RedemptionOut))


class FulfilmentOut(RedemptionOut):
    person = fields.Nested(RedeemerOut)


class FulfilmentListOut(Schema):
    items = fields.List(fields.Nested(FulfilmentOut))


class FulfilmentQuery(Schema):
    status = _words(
        fields.String,
        "Choose open, requested, approved, sent, received, rejected, cancelled or all.",
        load_default="open",
        validate=validate.OneOf(("open", "all", *STATUSES)),
    )


class DecisionIn(Schema):
    status = _words(
        fields.String,
        STATUS,
        required=True,
        validate=validate.OneOf(("approved", "rejected", "sent", "received"), error=STATUS),
    )
    reason = _words(
        MultilineText,
        REASON,
        load_default="",
        validate=validate.Length(max=500, error=REASON),
        metadata={"description": "Required when rejecting: the person is told it"},
    )
