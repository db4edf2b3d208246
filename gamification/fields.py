"""The typed, flat context rule conditions are evaluated against, and what each field means."""

import rule_engine

from gamification.events import EVENT_TYPES

STR, NUM, BOOL = rule_engine.DataType.STRING, rule_engine.DataType.FLOAT, rule_engine.DataType.BOOLEAN
TAGS = rule_engine.DataType.ARRAY(rule_engine.DataType.STRING)

# Every name a condition may use. Counts include the event being scored.
FIELDS = {
    "event_type": STR,
    "network": STR,
    "content_id": NUM,
    "tags": TAGS,
    "own": BOOL,
    "caption_edited": BOOL,
    "quiz_score": NUM,
    "kudos_points": NUM,
    "team_id": NUM,
    "hour": NUM,
    "weekday": NUM,
    "shares_today": NUM,
    "shares_this_week": NUM,
    "shares_this_month": NUM,
    "shares_total": NUM,
    "clicks_today": NUM,
    "clicks_this_week": NUM,
    "clicks_this_month": NUM,
    "clicks_total": NUM,
    "streak_days": NUM,
    "lifetime_points": NUM,
    "campaign_ids": TAGS,
}

DESCRIPTIONS = {
    "event_type": "share, click, content_opened, guidelines_acknowledged, quiz_passed, "
    "suggestion_approved, suggestion_shared or kudos",
    "network": "linkedin, x, facebook, whatsapp or email ('' when the event has none)",
    "tags": 'the content\'s tags, e.g. "launch" in tags',
    "own": "true when advocates interact with their own content or click their own links",
    "caption_edited": "true when the advocate shared with a caption of their own, not a suggested one",
    "team_id": "the advocate's team (0 when they have none)",
    "hour": "local hour 0-23 in the organisation's timezone",
    "weekday": "local weekday, 1 = Monday ... 7 = Sunday",
    "campaign_ids": "the switched-on campaigns in force for the content at that moment, "
    'e.g. "spring" in campaign_ids',
}

LABELS = {
    "event_type": "Event",
    "network": "Network",
    "content_id": "Content",
    "tags": "Content tags",
    "own": "Own content",
    "caption_edited": "Caption edited",
    "quiz_score": "Quiz score",
    "kudos_points": "Kudos points",
    "team_id": "Team",
    "hour": "Time of day (hour)",
    "weekday": "Day of week",
    "shares_today": "Shares today",
    "shares_this_week": "Shares this week",
    "shares_this_month": "Shares this month",
    "shares_total": "Shares in all",
    "clicks_today": "Clicks today",
    "clicks_this_week": "Clicks this week",
    "clicks_this_month": "Clicks this month",
    "clicks_total": "Clicks in all",
    "streak_days": "Streak length",
    "lifetime_points": "Lifetime points",
    "campaign_ids": "Campaign",
}

# The event types that really carry a field; fields not listed are on every event.
TRIGGERS = {
    "network": ("share", "click", "suggestion_shared"),
    "content_id": ("share", "click", "content_opened", "suggestion_approved", "suggestion_shared"),
    "tags": ("share", "click", "content_opened"),
    "campaign_ids": ("share", "click", "content_opened"),
    "own": ("click",),
    "caption_edited": ("share",),
    "quiz_score": ("quiz_passed",),
    "kudos_points": ("kudos",),
}

# How a person names one event of a type ("A share has no quiz score").
EVENT_WORDS = {
    "share": "A share",
    "click": "A click",
    "content_opened": "Opening content",
    "guidelines_acknowledged": "Acknowledging the guidelines",
    "quiz_passed": "A passed quiz",
    "suggestion_approved": "An approved suggestion",
    "suggestion_shared": "A shared suggestion",
    "kudos": "Kudos",
}

_KINDS = {
    STR: 'text, compared with text in quotes such as "linkedin"',
    NUM: "a number",
    BOOL: "true or false",
    TAGS: 'a list of tags: test it with `"launch" in tags`',
}
KIND_WORDS = {name: _KINDS[kind] for name, kind in FIELDS.items()}
KIND_WORDS["campaign_ids"] = 'a list of campaign ids: test it with `"spring" in campaign_ids`'


def triggers(name: str) -> tuple[str, ...]:
    """The event types a field is really set on."""
    return TRIGGERS.get(name, EVENT_TYPES)


def missing_on(trigger: str, used: frozenset[str] | set[str]) -> str | None:
    """The first field in `used` that events of `trigger` lack, if any."""
    return next((name for name in sorted(used) if trigger not in triggers(name)), None)


def context() -> rule_engine.Context:
    """A rule-engine context that rejects unknown names and mixed types when a rule is saved."""
    return rule_engine.Context(
        type_resolver=rule_engine.type_resolver_from_dict(FIELDS),
        default_timezone="UTC",
    )


# The comparisons the condition builder offers for each type, with the words it shows.
OPERATORS = {
    "string": (
        {"op": "==", "label": "is"},
        {"op": "!=", "label": "is not"},
        {"op": "in", "label": "is one of"},
    ),
    "float": (
        {"op": "==", "label": "="},
        {"op": "!=", "label": "≠"},
        {"op": "<", "label": "<"},
        {"op": "<=", "label": "≤"},
        {"op": ">", "label": ">"},
        {"op": ">=", "label": "≥"},
    ),
    "boolean": ({"op": "== true", "label": "is true"}, {"op": "== false", "label": "is false"}),
    "array": ({"op": "contains", "label": "contains"}, {"op": "not contains", "label": "does not contain"}),
}
NETWORK_NAMES = {
    "linkedin": "LinkedIn",
    "x": "X",
    "facebook": "Facebook",
    "whatsapp": "WhatsApp",
    "email": "Email",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def type_name(name: str) -> str:
    """ "string", "float", "boolean" or "array": how the builder treats a field."""
    return str(FIELDS[name].name).lower()
