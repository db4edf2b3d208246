"""The typed, flat context rule conditions are evaluated against."""

import rule_engine

STR, NUM, BOOL = rule_engine.DataType.STRING, rule_engine.DataType.FLOAT, rule_engine.DataType.BOOLEAN
TAGS = rule_engine.DataType.ARRAY(rule_engine.DataType.STRING)

# Every name a condition may use. Counts include the event being scored.
FIELDS = {
    "event_type": STR,
    "network": STR,
    "content_id": NUM,
    "tags": TAGS,
    "own": BOOL,
    "quiz_score": NUM,
    "kudos_points": NUM,
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
}

DESCRIPTIONS = {
    "event_type": "share, click, content_opened, guidelines_acknowledged, quiz_passed, "
    "suggestion_approved, suggestion_shared or kudos",
    "network": "linkedin, x, facebook, whatsapp or email ('' when the event has none)",
    "tags": 'the content\'s tags, e.g. "launch" in tags',
    "own": "true when advocates interact with their own content or click their own links",
    "hour": "local hour 0-23 in the organisation's timezone",
    "weekday": "local weekday, 1 = Monday ... 7 = Sunday",
}


def context() -> rule_engine.Context:
    """A rule-engine context that rejects unknown names and mixed types when a rule is saved."""
    return rule_engine.Context(
        type_resolver=rule_engine.type_resolver_from_dict(FIELDS),
        default_timezone="UTC",
    )
