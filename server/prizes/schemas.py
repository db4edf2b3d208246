"""Prizes, closed months, winners and fulfilment, in and out."""

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server.content.schemas import IMAGE_URL
from server.prizes.models import EXCLUSION_SCOPES, FULFILMENT, METHODS
from server.schemas.common import NOT_BLANK, record_id
from server.schemas.text import MultilineText

REASON = "Say why they are excluded, in words (3 to 500 characters)."
# Years 2000-2999: year 0 or 9999's month after cannot be a datetime, which made a 500 of them.
MONTH = validate.Regexp(r"^2\d{3}-(0[1-9]|1[0-2])$", error="Use a month like 2026-10.")


class PrizeIn(Schema):
    month = fields.String(required=True, validate=MONTH)
    team_id = record_id(
        strict=True, allow_none=True, load_default=None, metadata={"description": "None: company-wide"}
    )
    title = fields.String(required=True, validate=[validate.Length(min=1, max=120), NOT_BLANK])
    description = MultilineText(load_default="", validate=validate.Length(max=1000))
    image_url = fields.String(
        allow_none=True, load_default=None, validate=[validate.Length(max=500), IMAGE_URL]
    )
    quantity = fields.Integer(strict=True, load_default=1, validate=validate.Range(min=1, max=100))
    method = fields.String(required=True, validate=validate.OneOf(METHODS))
    min_points = fields.Integer(strict=True, load_default=1, validate=validate.Range(min=0, max=1_000_000))
    min_active_days = fields.Integer(strict=True, load_default=0, validate=validate.Range(min=0, max=31))
    ticket_cap = fields.Integer(
        strict=True,
        load_default=100,
        validate=validate.Range(min=1, max=1_000_000),
        metadata={"description": "Raffle: at most this many tickets (one per point) per person"},
    )
    allow_repeat = fields.Boolean(
        load_default=False, metadata={"description": "May go to someone who already won this month"}
    )


class PrizePatchIn(PrizeIn):
    """The same fields, each optional: load with partial=True (no defaults are applied)."""


class PrizeOut(Schema):
    id = fields.Integer()
    month = fields.String()
    team_id = fields.Integer(allow_none=True)
    title = fields.String()
    description = fields.String()
    image_url = fields.String(allow_none=True)
    quantity = fields.Integer()
    method = fields.String()
    min_points = fields.Integer()
    min_active_days = fields.Integer()
    ticket_cap = fields.Integer()
    allow_repeat = fields.Boolean()


class PrizeListOut(Schema):
    items = fields.List(fields.Nested(PrizeOut))


class MonthQuery(Schema):
    month = fields.String(required=True, validate=MONTH)


class WallQuery(Schema):
    month = fields.String(validate=MONTH)


class CloseIn(Schema):
    month = fields.String(required=True, validate=MONTH)
    team_id = record_id(strict=True, allow_none=True, load_default=None)


def _a_reason(text: str) -> None:
    # One message, whichever way it falls short (blank, too short, too long).
    if len(text.strip()) < 3 or len(text) > 500:
        raise ValidationError(REASON)


class ExclusionIn(Schema):
    scope = fields.String(
        load_default="month",
        validate=validate.OneOf(
            EXCLUSION_SCOPES, error="Choose “month” (every prize this month) or “prize” (only this prize)."
        ),
        metadata={"description": "month (default): every prize of the closed month; prize: one prize"},
    )
    prize_id = record_id(
        strict=True, allow_none=True, load_default=None, metadata={"description": "Only with scope prize"}
    )
    user_id = record_id(
        strict=True, allow_none=True, load_default=None, metadata={"description": "An advocate"}
    )
    team_id = record_id(
        strict=True, allow_none=True, load_default=None, metadata={"description": "A team (best team prizes)"}
    )
    reason = MultilineText(
        required=True,
        validate=_a_reason,
        error_messages={"required": REASON, "null": REASON},
    )

    @validates_schema
    def who_and_which_prize(self, data, **kwargs):
        problems = {}
        if (data.get("user_id") is None) == (data.get("team_id") is None):
            problems["user_id"] = ["Choose one advocate (or, for a best team prize, one team) to exclude."]
        if data.get("scope") == "prize" and data.get("prize_id") is None:
            problems["prize_id"] = [
                "Choose the prize to exclude them from, or exclude them from every prize."
            ]
        if data.get("scope") == "month" and data.get("prize_id") is not None:
            problems["prize_id"] = [
                "An exclusion from every prize this month names no prize: leave the prize out, "
                "or choose “Only this prize”."
            ]
        if problems:
            raise ValidationError(problems)


class PreviewedPrize(Schema):
    prize_id = record_id(strict=True, required=True)
    winners = fields.List(record_id(strict=True), required=True, validate=validate.Length(max=100))


class ConfirmIn(Schema):
    prizes = fields.List(
        fields.Nested(PreviewedPrize),
        required=True,
        validate=validate.Length(max=200),
        metadata={"description": "The winners as previewed: confirming refuses if they changed since"},
    )

    @validates_schema
    def each_prize_once(self, data, **kwargs):
        ids = [item["prize_id"] for item in data.get("prizes", [])]
        if len(ids) != len(set(ids)):
            raise ValidationError("Each prize at most once.", "prizes")


class WinnerRowOut(Schema):
    user_id = fields.Integer()
    team_id = fields.Integer()
    name = fields.String()
    team = fields.String(allow_none=True)
    figure = fields.Float()
    status = fields.String()
    winner_id = fields.Integer()


class ExcludedOut(Schema):
    id = fields.Integer()
    scope = fields.String(metadata={"description": "month: every prize of the month; prize: this one"})
    prize_id = fields.Integer(allow_none=True)
    prize = fields.String(allow_none=True, metadata={"description": "The prize's title (scope prize)"})
    member_id = fields.Integer()
    user_id = fields.Integer(allow_none=True)
    team_id = fields.Integer(allow_none=True)
    name = fields.String(allow_none=True)
    reason = fields.String()
    by = fields.String(allow_none=True, metadata={"description": "Who excluded them"})
    at = fields.AwareDateTime()


class AnnouncementOut(Schema):
    to = fields.String(metadata={"description": "Who is told"})
    title = fields.String(metadata={"description": "The notification's title"})
    body = fields.String()
    wall = fields.String()


class PreviewPrizeOut(Schema):
    id = fields.Integer()
    title = fields.String()
    method = fields.String()
    quantity = fields.Integer()
    eligible = fields.Integer(allow_none=True, metadata={"description": "None once awarded"})
    winners = fields.List(fields.Nested(WinnerRowOut))
    shortfall = fields.Integer(metadata={"description": "Units nobody eligible was left for"})
    excluded = fields.List(fields.Nested(ExcludedOut), metadata={"description": "Those kept out of it"})
    announcement = fields.Nested(AnnouncementOut, metadata={"description": "What confirming tells"})


class CloseOut(Schema):
    id = fields.Integer()
    month = fields.String()
    month_label = fields.String()
    team_id = fields.Integer(allow_none=True)
    scope = fields.String()
    seed = fields.String(metadata={"description": "The raffle seed: re-run any draw with it"})
    closed_at = fields.AwareDateTime()
    confirmed_at = fields.AwareDateTime(allow_none=True)
    advocates = fields.Integer()
    prizes = fields.List(fields.Nested(PreviewPrizeOut))
    exclusions = fields.List(fields.Nested(ExcludedOut), metadata={"description": "Every exclusion"})
    problems = fields.List(fields.String())


class ReadyOut(Schema):
    month = fields.String()
    month_label = fields.String()
    team_id = fields.Integer(allow_none=True)
    scope = fields.String()
    prizes = fields.Integer()


class ReadyListOut(Schema):
    items = fields.List(fields.Nested(ReadyOut))


class ClosedListOut(Schema):
    items = fields.List(fields.Nested(CloseOut))


class WonPrizeOut(Schema):
    id = fields.Integer()
    title = fields.String()
    description = fields.String()
    image_url = fields.String(allow_none=True)
    method = fields.String()


class WinnerOut(Schema):
    id = fields.Integer()
    prize = fields.Nested(WonPrizeOut)
    month = fields.String()
    scope = fields.String()
    place = fields.Integer()
    figure = fields.Float()
    status = fields.String()
    user_id = fields.Integer(allow_none=True)
    team_id = fields.Integer(allow_none=True)
    name = fields.String()


class WallOut(Schema):
    month = fields.String(allow_none=True)
    month_label = fields.String(allow_none=True)
    months = fields.List(fields.String())
    winners = fields.List(fields.Nested(WinnerOut))


class WinnerListOut(Schema):
    items = fields.List(fields.Nested(WinnerOut))


class FulfilmentIn(Schema):
    status = fields.String(required=True, validate=validate.OneOf(FULFILMENT))
