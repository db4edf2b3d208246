"""What changed between two rule-set documents, item by item, in sentences a person can read."""

from collections.abc import Mapping
from dataclasses import asdict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from gamification.describe import PER, TIMES, sentence
from gamification.documents import item_from
from gamification.fields import NETWORK_NAMES

SECTIONS = ("rules", "badges", "levels", "campaigns", "challenges")
FIELD_LABELS = {
    "name": "Name",
    "trigger": "Event",
    "points": "Points",
    "condition": "Condition",
    "caps": "Limits",
    "min_interval_seconds": "Wait before the same content counts again (seconds)",
    "diminishing": "Diminishing returns",
    "points_from": "Points from",
    "criteria": "Criteria",
    "metric": "Counts",
    "thresholds": "Tiers",
    "repeatable": "Earned again",
    "image": "Image",
    "threshold": "Points needed",
    "starts": "Starts",
    "ends": "Ends",
    "multiplier": "Multiplier",
    "tags": "Tags",
    "team_id": "Team",
    "event_type": "Counts",
    "target": "Goal",
    "reward_points": "Reward",
    "enabled": "On",
    "period": "Counts",
    "grace": "Grace periods",
    "events": "Events that keep it going",
}


def diff(
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    teams: Mapping[int, str] | None = None,
    timezone: str = "UTC",
) -> list[dict[str, Any]]:
    """Every added, removed, changed, enabled or disabled item, with its sentence before and after."""
    zone = ZoneInfo(timezone)
    found: list[dict[str, Any]] = []
    for section in SECTIONS:
        found += _section(section, _items(before, section), _items(after, section), teams or {}, zone)
    found += _limits(before, after)
    found += _streak(before, after)
    found += _networks(before, after)
    return found


def _items(document: Mapping[str, Any], section: str) -> dict[str, Any]:
    """The readable items of a section by id (levels by name), in document order."""
    raw = document.get(section)
    items = (item_from(section, entry) for entry in (raw if isinstance(raw, list) else []))
    key = "name" if section == "levels" else "id"
    return {getattr(item, key): item for item in items if item is not None}


def _section(
    section: str, old: dict[str, Any], new: dict[str, Any], teams: Mapping[int, str], zone: ZoneInfo
) -> list[dict[str, Any]]:
    found = []
    for key in [*new, *(key for key in old if key not in new)]:
        was, now = old.get(key), new.get(key)
        if was == now:
            continue
        fields = _fields(was, now) if was is not None and now is not None else []
        if not fields and was is not None and now is not None:
            continue
        change = "added" if was is None else "removed" if now is None else "changed"
        if now is not None and [f["field"] for f in fields] == ["enabled"]:
            change = "enabled" if now.enabled else "disabled"
        found.append(
            {
                "section": section,
                "id": str(key),
                "name": getattr(now if now is not None else was, "name", str(key)),
                "change": change,
                "before": sentence(was, teams, zone) if was is not None else None,
                "after": sentence(now, teams, zone) if now is not None else None,
                "fields": fields,
            }
        )
    return found


def _fields(was: Any, now: Any) -> list[dict[str, Any]]:
    old, new = _plain(asdict(was)), _plain(asdict(now))
    return [
        {
            "field": name,
            "label": FIELD_LABELS.get(name, name),
            "before": old.get(name),
            "after": new.get(name),
        }
        for name in new
        if old.get(name) != new.get(name)
    ]


def _plain(value: Any) -> Any:
    """JSON's view of a value: datetimes as ISO 8601, tuples as lists."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value.isoformat() if isinstance(value, datetime) else value


def _limits(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    old, new = before.get("overall_caps") or [], after.get("overall_caps") or []
    if old == new:
        return []
    field = {"field": "overall_caps", "label": "Limits on all points", "before": old, "after": new}
    return [_whole("limits", "overall_caps", "Limits on all points", _caps(old), _caps(new), field)]


def _caps(caps: list[Any]) -> str | None:
    said = [f"{cap.get('points')} points {PER.get(cap.get('window'), cap.get('window'))}" for cap in caps]
    return "At most " + " and ".join(said) + " in all" if said else None


def _streak(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    old, new = before.get("streak") or {}, after.get("streak") or {}
    if old == new:
        return []
    fields = [
        {"field": key, "label": FIELD_LABELS.get(key, key), "before": old.get(key), "after": new.get(key)}
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    ]
    return [_whole("streak", "streak", "Streak", _streak_words(old), _streak_words(new), *fields)]


def _streak_words(streak: Mapping[str, Any]) -> str | None:
    if not streak:
        return None
    period, grace = streak.get("period", "day"), streak.get("grace", 0)
    return f"A streak counts {period}s in a row, with {grace} {period}{'s' if grace != 1 else ''} of grace"


def _networks(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    old, new = before.get("network_multipliers") or {}, after.get("network_multipliers") or {}
    found = []
    for network in sorted(set(old) | set(new)):
        was, now = old.get(network), new.get(network)
        if was == now:
            continue
        name = NETWORK_NAMES.get(network, network)
        field = {"field": network, "label": f"{name} multiplier", "before": was, "after": now}
        said = (None if m is None else f"Points {TIMES}{m:g} for shares to {name}" for m in (was, now))
        old_words, new_words = said
        found.append(
            _whole("network_multipliers", network, name, old_words, new_words, field, was=was, now=now)
        )
    return found


def _whole(
    section: str, key: str, name: str, before: Any, after: Any, *fields: dict[str, Any], **values: Any
) -> dict[str, Any]:
    was, now = values.get("was", before), values.get("now", after)
    change = "added" if was is None else "removed" if now is None else "changed"
    return {
        "section": section,
        "id": key,
        "name": name,
        "change": change,
        "before": before,
        "after": after,
        "fields": list(fields),
    }
