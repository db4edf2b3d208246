"""Rule sets as plain JSON-able documents, the form admins edit and the server stores."""

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from gamification.badges import Badge
from gamification.challenges import TeamChallenge
from gamification.levels import Level
from gamification.rules import SWITCHABLE, Campaign, Cap, Diminishing, PointRule, RuleSet
from gamification.streaks import StreakPolicy


def to_document(rule_set: RuleSet) -> dict[str, Any]:
    """A rule set as nested dicts, lists and ISO 8601 strings. The version and effective time are
    the publisher's business, not the document's, so a document can be published again as is."""
    document = asdict(rule_set)
    del document["version"], document["effective_from"], document["disabled"]
    for section in SWITCHABLE:
        document[section] = [asdict(item) for item in rule_set.everything(section)]
    document["network_multipliers"] = dict(rule_set.network_multipliers)
    for item in document["campaigns"] + document["challenges"]:
        item["starts"], item["ends"] = item["starts"].isoformat(), item["ends"].isoformat()
    return {key: _lists(item) for key, item in document.items()}


def _lists(value: Any) -> Any:
    """`value` with every tuple, at any depth, made a list (as JSON would give it back)."""
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(item) for item in value]
    return value


def from_document(document: dict[str, Any], version: int, effective_from: datetime) -> RuleSet:
    """Build a rule set from a document whose shape has already been checked."""
    items: dict[str, list[Any]] = {
        "rules": [_rule(rule) for rule in document.get("rules", ())],
        "campaigns": [
            Campaign(**{**c, **_window(c), "tags": tuple(c.get("tags", ()))})
            for c in document.get("campaigns", ())
        ],
        "badges": [Badge(**{**b, "thresholds": tuple(b["thresholds"])}) for b in document.get("badges", ())],
        "challenges": [TeamChallenge(**{**c, **_window(c)}) for c in document.get("challenges", ())],
    }
    enabled = {section: tuple(item for item in found if item.enabled) for section, found in items.items()}
    disabled = tuple(
        (section, position, item)
        for section, found in items.items()
        for position, item in enumerate(found)
        if not item.enabled
    )
    return RuleSet(
        version=version,
        effective_from=effective_from,
        rules=enabled["rules"],
        timezone=document.get("timezone", "UTC"),
        campaigns=enabled["campaigns"],
        network_multipliers=tuple(sorted(document.get("network_multipliers", {}).items())),
        overall_caps=tuple(Cap(**cap) for cap in document.get("overall_caps", ())),
        badges=enabled["badges"],
        levels=tuple(Level(**level) for level in document.get("levels", ())),
        streak=_streak(document.get("streak")),
        challenges=enabled["challenges"],
        disabled=disabled,
    )


def _window(item: dict[str, Any]) -> dict[str, Any]:
    """starts and ends as aware datetimes, whether they arrive parsed or as ISO 8601 text."""
    return {
        key: datetime.fromisoformat(item[key]) if isinstance(item[key], str) else item[key]
        for key in ("starts", "ends")
    }


def _rule(rule: dict[str, Any]) -> PointRule:
    fields = dict(rule)
    fields["caps"] = tuple(Cap(**cap) for cap in fields.get("caps", ()))
    if fields.get("diminishing"):
        fields["diminishing"] = Diminishing(**fields["diminishing"])
    return PointRule(**fields)


def _streak(streak: dict[str, Any] | None) -> StreakPolicy:
    if not streak:
        return StreakPolicy()
    return StreakPolicy(**{**streak, "events": tuple(streak.get("events", ("share",)))})


def item_from(section: str, raw: Any) -> Any:
    """One item of a section as the engine's dataclass, or None when it cannot be read (a draft
    being edited is described item by item)."""
    builders: dict[str, Callable[[dict[str, Any]], Any]] = {
        "rules": _rule,
        "campaigns": lambda c: Campaign(**{**c, **_window(c), "tags": tuple(c.get("tags", ()))}),
        "badges": lambda b: Badge(**{**b, "thresholds": tuple(int(t) for t in b["thresholds"])}),
        "challenges": lambda c: TeamChallenge(**{**c, **_window(c)}),
        "levels": lambda level: Level(**level),
    }
    try:
        item = builders[section](dict(raw))
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    return item if _readable(item) else None


def _readable(item: Any) -> bool:
    """The fields a sentence needs have the types it expects (a draft may hold anything)."""
    numbers = [
        getattr(item, name)
        for name in ("points", "threshold", "target", "reward_points")
        if hasattr(item, name)
    ]
    texts = [
        getattr(item, name)
        for name in ("id", "name", "trigger", "condition", "metric")
        if hasattr(item, name)
    ]
    thresholds = list(getattr(item, "thresholds", ()))
    return (
        all(isinstance(n, int) and not isinstance(n, bool) for n in numbers + thresholds)
        and all(isinstance(t, str) for t in texts)
        and (not isinstance(item, Badge) or bool(item.thresholds))
    )
