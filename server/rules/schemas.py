"""Rule-set documents and rule previews: shape checks only; the engine judges the rules."""

from datetime import UTC, timedelta
from zoneinfo import available_timezones

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from gamification import EVENT_TYPES
from gamification.badges import METRICS
from gamification.rules import WINDOWS
from server.schemas.common import record_id
from server.schemas.text import MultilineText

ID = validate.Regexp(
    r"^[a-z0-9][a-z0-9._-]{0,63}$", error="Use 1-64 lowercase letters, digits, '.', '_' or '-'."
)
NAME = validate.Length(min=1, max=120)
WINDOW = validate.OneOf(WINDOWS)
WHEN = {"default_timezone": UTC}


class CapIn(Schema):
    window = fields.String(required=True, validate=WINDOW)
    points = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=100_000))


class DiminishingIn(Schema):
    window = fields.String(required=True, validate=WINDOW)
    after = fields.Integer(required=True, strict=True, validate=validate.Range(min=0, max=10_000))
    factor = fields.Float(required=True, validate=validate.Range(min=0, max=1))


class PointRuleIn(Schema):
    id = fields.String(required=True, validate=ID)
    name = fields.String(required=True, validate=NAME)
    trigger = fields.String(required=True, validate=validate.OneOf(EVENT_TYPES))
    points = fields.Integer(required=True, strict=True, validate=validate.Range(min=-10_000, max=10_000))
    condition = MultilineText(load_default="", validate=validate.Length(max=500))
    caps = fields.List(fields.Nested(CapIn), load_default=list, validate=validate.Length(max=3))
    min_interval_seconds = fields.Integer(
        load_default=0, strict=True, validate=validate.Range(min=0, max=31_536_000)
    )
    diminishing = fields.Nested(DiminishingIn, load_default=None, allow_none=True)
    points_from = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(["kudos_points"]))
    enabled = fields.Boolean(load_default=True, metadata={"description": "Off: kept, but never counts"})


class CampaignIn(Schema):
    id = fields.String(required=True, validate=ID)
    name = fields.String(required=True, validate=NAME)
    starts = fields.AwareDateTime(required=True, **WHEN)
    ends = fields.AwareDateTime(required=True, **WHEN)
    multiplier = fields.Float(required=True, validate=validate.Range(min=0.01, max=100))
    tags = fields.List(fields.String(validate=validate.Length(min=1, max=40)), load_default=list)
    enabled = fields.Boolean(load_default=True, metadata={"description": "Off: kept, but never counts"})


class BadgeIn(Schema):
    id = fields.String(required=True, validate=ID)
    name = fields.String(required=True, validate=NAME)
    criteria = MultilineText(required=True, validate=validate.Length(min=1, max=500))
    metric = fields.String(required=True, validate=validate.OneOf(METRICS))
    thresholds = fields.List(
        fields.Integer(strict=True), required=True, validate=validate.Length(min=1, max=3)
    )
    repeatable = fields.Boolean(load_default=False)
    image = fields.String(load_default="", validate=validate.Length(max=2048))
    enabled = fields.Boolean(load_default=True, metadata={"description": "Off: kept, but never counts"})


class LevelIn(Schema):
    name = fields.String(required=True, validate=NAME)
    threshold = fields.Integer(required=True, strict=True, validate=validate.Range(min=0, max=100_000_000))


class StreakIn(Schema):
    period = fields.String(load_default="day", validate=validate.OneOf(["day", "week"]))
    grace = fields.Integer(load_default=0, strict=True, validate=validate.Range(min=0, max=30))
    events = fields.List(fields.String(validate=validate.OneOf(EVENT_TYPES)), load_default=lambda: ["share"])


class ChallengeIn(Schema):
    id = fields.String(required=True, validate=ID)
    name = fields.String(required=True, validate=NAME)
    team_id = record_id(required=True, strict=True)
    event_type = fields.String(required=True, validate=validate.OneOf(EVENT_TYPES))
    # Kept in challenge_results, an integer column: bounded well inside it.
    target = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=1_000_000))
    starts = fields.AwareDateTime(required=True, **WHEN)
    ends = fields.AwareDateTime(required=True, **WHEN)
    reward_points = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=100_000))
    enabled = fields.Boolean(load_default=True, metadata={"description": "Off: kept, but never counts"})


class RuleSetDocument(Schema):
    """Everything an admin tunes, as one document."""

    timezone = fields.String(load_default="UTC", validate=validate.OneOf(sorted(available_timezones())))
    rules = fields.List(fields.Nested(PointRuleIn), required=True, validate=validate.Length(min=1, max=200))
    campaigns = fields.List(fields.Nested(CampaignIn), load_default=list, validate=validate.Length(max=50))
    network_multipliers = fields.Dict(
        keys=fields.String(validate=validate.OneOf(["linkedin", "x", "facebook", "whatsapp", "email"])),
        values=fields.Float(),
        load_default=dict,
    )
    overall_caps = fields.List(fields.Nested(CapIn), load_default=list, validate=validate.Length(max=3))
    badges = fields.List(fields.Nested(BadgeIn), load_default=list, validate=validate.Length(max=100))
    levels = fields.List(fields.Nested(LevelIn), load_default=list, validate=validate.Length(max=50))
    streak = fields.Nested(StreakIn, load_default=lambda: {})
    challenges = fields.List(fields.Nested(ChallengeIn), load_default=list, validate=validate.Length(max=20))


class RuleSetOut(Schema):
    version = fields.Integer()
    effective_from = fields.String()
    document = fields.Dict(metadata={"description": "The rule set, in the shape RuleSetDocument accepts"})


class ConditionIn(Schema):
    condition = MultilineText(required=True, validate=validate.Length(max=10_000))
    trigger = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.OneOf(EVENT_TYPES),
        metadata={"description": "The rule's event type: fields its events lack are refused"},
    )


class ConditionOut(Schema):
    valid = fields.Boolean()
    fields_used = fields.List(fields.String())


class OperatorOut(Schema):
    op = fields.String(metadata={"description": "What the builder writes: ==, in, contains, == true, ..."})
    label = fields.String()


class PickOut(Schema):
    value = fields.Raw()
    label = fields.String()


class FieldOut(Schema):
    name = fields.String()
    type = fields.String(metadata={"description": "string, float, boolean or array"})
    label = fields.String()
    description = fields.String()
    triggers = fields.List(fields.String(), metadata={"description": "The event types that carry it"})
    operators = fields.List(fields.Nested(OperatorOut))
    values = fields.List(fields.Nested(PickOut), metadata={"description": "Real values to pick from"})


class FieldListOut(Schema):
    items = fields.List(fields.Nested(FieldOut))


class DateRangeIn(Schema):
    """A range of past activity: start, then an end at most 366 days later."""

    start = fields.AwareDateTime(required=True, **WHEN)
    end = fields.AwareDateTime(required=True, **WHEN)

    @validates_schema
    def window(self, data, **kwargs):
        start, end = data.get("start"), data.get("end")
        if start and end and not timedelta(0) < end - start <= timedelta(days=366):
            raise ValidationError("Must be after start and at most 366 days later.", "end")


class SimulationIn(DateRangeIn):
    draft = fields.Nested(RuleSetDocument, required=True)


class BoardRowOut(Schema):
    rank = fields.Integer()
    advocate_id = fields.Integer()
    display_name = fields.String()
    points = fields.Integer()


class SummaryOut(Schema):
    total_points = fields.Integer()
    top_10_percent_share = fields.Float()
    participation_rate = fields.Float()
    leaderboard = fields.List(fields.Nested(BoardRowOut))


class ChangeOut(Schema):
    advocate_id = fields.Integer()
    display_name = fields.String()
    before = fields.Integer()
    after = fields.Integer()
    change = fields.Integer()


class SimulationOut(Schema):
    events = fields.Integer()
    before = fields.Nested(SummaryOut)
    after = fields.Nested(SummaryOut)
    changes = fields.List(fields.Nested(ChangeOut))


REASON = "Say in one line why you are publishing (up to 200 characters)."


def _one_line_reason(value: str) -> None:
    if not 1 <= len(value.strip()) <= 200:
        raise ValidationError(REASON)


class PublishIn(Schema):
    document = fields.Nested(RuleSetDocument, required=True)
    effective_from = fields.AwareDateTime(load_default=None, allow_none=True, **WHEN)
    reason = fields.String(
        required=True,
        validate=_one_line_reason,
        error_messages={"required": REASON, "null": REASON, "invalid": REASON},
        metadata={"description": "Why, in one line: kept in the version history"},
    )


class RollbackIn(Schema):
    version = record_id(required=True, strict=True)
    reason = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=200, error="Say in one line why (up to 200 characters)."),
        metadata={"description": "Defaults to 'Rolled back to version N'"},
    )


class VersionOut(Schema):
    version = fields.Integer()
    effective_from = fields.AwareDateTime()
    created_at = fields.AwareDateTime()
    published_by = fields.String(allow_none=True)
    reason = fields.String()
    rules = fields.Integer()


class VersionDetailOut(Schema):
    version = fields.Integer()
    effective_from = fields.AwareDateTime()
    created_at = fields.AwareDateTime(allow_none=True, metadata={"description": "None for the starter set"})
    published_by = fields.String(allow_none=True)
    reason = fields.String()
    document = fields.Dict()


class VersionListOut(Schema):
    items = fields.List(fields.Nested(VersionOut))


class RescoreIn(DateRangeIn):
    """Re-score shares between start and end with the newest rules."""


class RescoreOut(Schema):
    run = fields.Integer(metadata={"description": "The audit entry recording this run"})
    version = fields.Integer()
    start = fields.String()
    end = fields.String()
    events = fields.Integer()
    rows = fields.Integer(metadata={"description": "Compensating ledger rows written"})
    advocates = fields.Integer()
    points_delta = fields.Integer()
    badges_awarded = fields.Integer(metadata={"description": "Badge tiers the re-scored history reached"})


class AuditEntryOut(Schema):
    id = fields.Integer()
    action = fields.String()
    actor = fields.String(allow_none=True)
    detail = fields.Dict()
    created_at = fields.AwareDateTime()


class AuditListOut(Schema):
    items = fields.List(fields.Nested(AuditEntryOut))


class DescribeIn(Schema):
    document = fields.Dict(
        required=True, metadata={"description": "A draft; items that cannot be read get no sentence"}
    )


class DescribeOut(Schema):
    rules = fields.Dict(keys=fields.String(), values=fields.String())
    badges = fields.Dict(keys=fields.String(), values=fields.String())
    campaigns = fields.Dict(keys=fields.String(), values=fields.String())
    challenges = fields.Dict(keys=fields.String(), values=fields.String())
    levels = fields.Dict(keys=fields.String(), values=fields.String())


class ExplainIn(Schema):
    document = fields.Nested(RuleSetDocument, required=True)
    limit = fields.Integer(load_default=8, strict=True, validate=validate.Range(min=1, max=20))


class RuleVerdictOut(Schema):
    id = fields.String()
    name = fields.String()
    fired = fields.Boolean()
    points = fields.Integer()
    why = fields.String()


class ExplainedEventOut(Schema):
    id = fields.String()
    type = fields.String()
    occurred_at = fields.AwareDateTime()
    advocate = fields.String()
    summary = fields.String()
    total = fields.Integer()
    rules = fields.List(fields.Nested(RuleVerdictOut))


class ExplainOut(Schema):
    events = fields.List(fields.Nested(ExplainedEventOut))


class DiffQuery(Schema):
    # Bounded like every id: a version past the database's integer is a 422, not a 500.
    from_ = record_id(required=True, data_key="from", strict=False)
    to = record_id(required=True, strict=False)


class DiffIn(Schema):
    document = fields.Nested(RuleSetDocument, required=True)


class FieldChangeOut(Schema):
    field = fields.String()
    label = fields.String()
    before = fields.Raw(allow_none=True)
    after = fields.Raw(allow_none=True)


class ItemChangeOut(Schema):
    section = fields.String()
    id = fields.String()
    name = fields.String()
    change = fields.String(metadata={"description": "added, removed, changed, enabled or disabled"})
    before = fields.String(allow_none=True)
    after = fields.String(allow_none=True)
    field_changes = fields.List(fields.Nested(FieldChangeOut), data_key="fields", attribute="fields")


class DiffOut(Schema):
    from_ = fields.Integer(data_key="from", attribute="from")
    to = fields.Integer(allow_none=True, metadata={"description": "None: the draft"})
    changes = fields.List(fields.Nested(ItemChangeOut))
