"""Generate one function per trigger that tests every rule's condition inline.

The function computes only the fields its rules use, as locals, from the event attributes, the
advocate's running aggregates and the local time; then returns the indexes of matching rules.
"""

from collections.abc import Callable, Sequence
from typing import Any

from gamification.expressions import translate
from gamification.generated import define

Matcher = Callable[..., list[int]]  # (attrs, state, local[, epoch])
InForce = Callable[[tuple[str, ...], float], tuple[str, ...]]  # (tags, epoch) -> campaign ids
ZERO = (0, 0, 0, 0, 0, 0)


def no_campaigns(tags: tuple[str, ...], epoch: float) -> tuple[str, ...]:
    """Campaigns in force when no rule set supplies any."""
    return ()


# How each field is computed inside the generated function (arguments: attrs, state, local and
# epoch; `_in_force` is the engine's campaigns_in_force, so only rules on campaigns pay for it).
FIELD_SOURCE = {
    "network": "attrs.get('network', '')",
    "content_id": "attrs.get('content_id', 0)",
    "tags": "attrs.get('tags', ())",
    "own": "bool(attrs.get('own', False))",
    "caption_edited": "bool(attrs.get('caption_edited', False))",
    "quiz_score": "attrs.get('quiz_score', 0)",
    "kudos_points": "attrs.get('kudos_points', 0)",
    "team_id": "(state.team_id or 0)",
    "hour": "local.hour",
    "weekday": "local.weekday",
    "streak_days": "state.streak_length",
    "lifetime_points": "state.lifetime_points",
    "campaign_ids": "_in_force(attrs.get('tags', ()), epoch)",
}
for _kind, _type in (("shares", "share"), ("clicks", "click")):
    for _name, _slot, _key in (("today", 0, "day"), ("this_week", 2, "week"), ("this_month", 4, "month")):
        FIELD_SOURCE[f"{_kind}_{_name}"] = (
            f"(_c[{_slot + 1}] if (_c := state.windows.get('{_type}', ZERO))[{_slot}] == local.{_key} else 0)"
        )
    FIELD_SOURCE[f"{_kind}_total"] = f"state.totals.get('{_kind}_total', 0)"


def build_matcher(trigger: str, conditions: Sequence[str], in_force: InForce = no_campaigns) -> Matcher:
    """Compile the conditions of one trigger's rules into a single function. `in_force` names
    the campaigns in force for content tags at an instant (the event's epoch, when given)."""
    translated = [translate(condition) for condition in conditions]
    used = sorted(set().union(*(names for _, names in translated))) if translated else []
    lines = ["def match(attrs, state, local, epoch=0.0):", "    matched = []", *field_lines(trigger, used)]
    for index, (python, _) in enumerate(translated):
        lines.append(f"    if {python}: matched.append({index})")
    lines.append("    return matched")
    scope = {"__builtins__": {"bool": bool}, "ZERO": ZERO, "_in_force": in_force}
    return define("match", "\n".join(lines), f"matcher {trigger}", scope)


def field_lines(trigger: str, used: Sequence[str], counts: str | None = None) -> list[str]:
    """Source lines computing each used field as a local of a generated function. `counts`, when
    given, names a local already holding the trigger's own window counters (saves a lookup)."""
    lines = []
    for name in used:
        source = repr(trigger) if name == "event_type" else FIELD_SOURCE[name]
        if counts:
            source = source.replace(f"state.windows.get('{trigger}', ZERO)", counts)
        lines.append(f"    {name} = {source}")
    return lines


def build_context(event_type: str, in_force: InForce = no_campaigns) -> Callable[..., dict[str, Any]]:
    """A function of (attrs, state, local[, epoch]) returning every field as a flat dict, for
    evaluators other than the matcher."""
    items = ", ".join(f"{name!r}: {source}" for name, source in FIELD_SOURCE.items())
    source = (
        f"def values(attrs, state, local, epoch=0.0):\n    return {{'event_type': {event_type!r}, {items}}}"
    )
    scope = {"__builtins__": {"bool": bool}, "ZERO": ZERO, "_in_force": in_force}
    return define("values", source, f"context {event_type}", scope)
