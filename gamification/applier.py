"""Generate one function per event type that does everything `Engine.apply` promises, inline.

An event's cost in replay was mostly calls and lookups around the rules: counting, the streak
check, the scoring function, the overall cap, the level and badge checks, each a method reading
its settings from the engine. Once per rule-set version, each event type gets one straight-line
function with those settings written in as constants, and only the rare paths (a new badge tier,
a new level, a capped event, a campaign) call back into the engine. Live scoring and replay run
the same function, so there is one implementation of the rules.

Only literals made by `repr()` of ints, floats and strings enter the source (see scorer._lit).
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from gamification.clock import BUCKET_SECONDS
from gamification.generated import define
from gamification.matcher import Matcher
from gamification.outcome import DUPLICATE, NOTHING, Outcome
from gamification.rules import PointRule
from gamification.scorer import _bump, _lit, scorer_scope, scoring_lines
from gamification.state import counter_name

if TYPE_CHECKING:  # the engine builds its appliers, so it imports this module first
    from gamification.engine import Engine

Applier = Callable[[object, object], Outcome]
NETWORK_METRICS = ("shares_linkedin", "shares_x", "shares_facebook", "shares_whatsapp", "shares_email")


def build_applier(
    engine: "Engine", event_type: str, rules: Sequence[PointRule], match: Matcher | None = None
) -> Applier:
    """`engine` supplies the settings and the rare-path helpers; `rules` are the type's rules."""
    lines = [
        "def apply(state, event):",
        *_indent(_prologue(engine, event_type)),
        *_indent(_streak(engine, event_type)),
        *_indent(_scoring(engine, event_type, rules, match)),
        *_indent(_progress(engine)),
        "    if not (awards or _badges or _level or _streak):",
        "        return NOTHING",
        "    return _new(Outcome, (tuple(awards), _badges, _level, _streak, False, total))",
    ]
    scope = scorer_scope(engine.notes_for, match, engine.campaigns_in_force) | {
        "__builtins__": {
            "bool": bool,
            "float": float,
            "int": int,
            "max": max,
            "min": min,
            "set": set,
            "tuple": tuple,
        },
        "DUPLICATE": DUPLICATE,
        "NOTHING": NOTHING,
        "Outcome": Outcome,
        "_clock_cache": engine.clock._cache,
        "_clock_at": engine.clock.at_epoch,
        "_badge": engine.badge_tiers,
        "_first": engine.first_threshold,
        "_advance": engine.advance_streak,
        "_networks": engine.network_multipliers,
        "_campaign_tags": [tags for _, _, tags, _, _ in engine.campaign_windows],
        "_overall_cap": engine.overall_cap,
        "_level_of": engine.level_of,
        "_LOW": (float("-inf"), *engine.level_thresholds),
        "_HIGH": (*engine.level_thresholds, float("inf")),
    }
    return define("apply", "\n".join(lines), f"apply {event_type} v{engine.rules.version}", scope)


def _prologue(engine: "Engine", event_type: str) -> list[str]:
    """Refuse a repeated id, find the local time, count the event and check its badges."""
    metric = counter_name(event_type) + "_total"
    lines = [
        "_seen = state.seen",
        "if event.id in _seen:",
        "    return DUPLICATE",
        "_seen.add(event.id)",
        "epoch = event.epoch",
        f"local = _clock_cache.get(int(epoch // {BUCKET_SECONDS}))",
        "if local is None:",
        "    local = _clock_at(epoch)",
        "keys = local.keys",
        "attrs = event.attributes",
        f"_counts = state.windows.get({_lit(event_type)})",
        "if _counts is None:",
        f"    _counts = state.windows[{_lit(event_type)}] = [0, 0, 0, 0, 0, 0]",
        *_bump("_counts", "1"),
        "_totals = state.totals",
        f"_value = _totals[{_lit(metric)}] = _totals.get({_lit(metric)}, 0) + 1",
        "_badges = ()",
        *_badge_check(engine, metric, "_value"),
    ]
    if event_type == "share":
        lines += [
            "_network = attrs.get('network')",
            "if _network:",
            "    _metric = 'shares_' + _network",
            "    _value = _totals[_metric] = _totals.get(_metric, 0) + 1",
        ]
        if engine.badge_metrics.intersection(NETWORK_METRICS):
            lines += [
                "    if _metric in _first and _value >= state.badge_next.get(_metric, _first[_metric]):",
                "        _badges += _badge(state, _metric, _value)",
            ]
    return lines


def _badge_check(engine: "Engine", metric: str, value: str) -> list[str]:
    """One comparison until some badge on `metric` can reach a new tier."""
    if metric not in engine.badge_metrics:
        return []
    first = _lit(engine.first_threshold[metric])
    return [
        f"if {value} >= state.badge_next.get({_lit(metric)}, {first}):",
        f"    _badges += _badge(state, {_lit(metric)}, {value})",
    ]


def _streak(engine: "Engine", event_type: str) -> list[str]:
    if event_type not in engine.streak_events:
        return ["_streak = None"]
    period = "local.day" if engine.rules.streak.period == "day" else "local.week // 7"
    check = _badge_check(engine, "streak_days", "_streak")
    return [
        "_streak = None",
        f"_period = {period}",
        "if _period != state.streak_last:",
        "    _streak = _advance(state, _period)",
        *(["    if _streak is not None:", *_indent(check, 2)] if check else []),
    ]


def _scoring(
    engine: "Engine", event_type: str, rules: Sequence[PointRule], match: Matcher | None
) -> list[str]:
    """The type's rules, unless the advocate acted on their own content or link."""
    if not rules:
        return ["awards, total = (), 0"]
    body = [line[4:] for line in scoring_lines(event_type, rules, engine.rules.version, match, "_counts")]
    factor = _factor_lines(engine) if engine.multiplied else ["factor, campaigns, notes = 1.0, [], ''"]
    return [
        "if attrs.get('own'):",
        "    awards, total = (), 0",
        "else:",
        "    advocate, event_id = event.advocate_id, event.id",
        *_indent(factor + body + _overall_lines(engine)),
    ]


def _factor_lines(engine: "Engine") -> list[str]:
    """Network and campaign multipliers: the same for every rule the event fires."""
    networks = "_networks.get(attrs.get('network'), 1.0)" if engine.network_multipliers else "1.0"
    lines = [f"factor = {networks}", "campaigns = []", "_tags = attrs.get('tags', ())"]
    for index, (starts, ends, tags, multiplier, label) in enumerate(engine.campaign_windows):
        tagged = f" and not _campaign_tags[{index}].isdisjoint(_tags)" if tags else ""
        lines += [
            f"if {_lit(starts)} <= epoch < {_lit(ends)}{tagged}:",
            f"    factor *= {_lit(multiplier)}",
            f"    campaigns.append({_lit(label)})",
        ]
    return [*lines, "notes = _notes(campaigns, factor) if campaigns or factor != 1.0 else ''"]


def _overall_lines(engine: "Engine") -> list[str]:
    """Overall caps: count the event's points when they fit, else clip them rule by rule."""
    if not engine.overall_caps:
        return []
    lines = ["if awards:", "    _overall = state.overall"]
    for index, (slot, limit) in enumerate(engine.overall_caps):
        room = f"{_lit(limit)} - (_overall[{slot + 1}] if _overall[{slot}] == keys[{slot // 2}] else 0)"
        lines += (
            [f"    _room = {room}"]
            if index == 0
            else [f"    _other = {room}", "    _room = min(_room, _other)"]
        )
    return [
        *lines,
        "    if not negative and total <= _room:",
        *_indent(_bump("_overall", "total"), 2),
        "    else:",
        "        awards, total = _overall_cap(state, local, awards, total, negative)",
    ]


def _progress(engine: "Engine") -> list[str]:
    """Lifetime points, then the level only when they left the current level's range."""
    ranges = len(engine.level_thresholds) + 1  # below the first level, then one per level
    return [
        "_level = None",
        "if total:",
        "    _points = state.lifetime_points = state.lifetime_points + total",
        "    _index = state.level + 1",
        f"    if not (_index < {ranges} and _LOW[_index] <= _points < _HIGH[_index]):",
        "        _level = _level_of(state)",
        *_indent(_badge_check(engine, "lifetime_points", "_points")),
    ]


def _indent(lines: list[str], levels: int = 1) -> list[str]:
    return ["    " * levels + line for line in lines]
