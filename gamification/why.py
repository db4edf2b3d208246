"""Why each rule of an event's type fired or not, for the preview of a draft.

The draft scores the event from the advocate's state just before it (their earlier events scored
by the draft too), so a cap or a "first share today" bonus is judged as it really would be.
"""

import copy
from collections.abc import Iterable
from typing import Any

from gamification.describe import PER
from gamification.engine import Engine
from gamification.events import Event
from gamification.expressions import ExpressionError, compile_condition, translate
from gamification.matcher import build_context
from gamification.rules import PointRule
from gamification.state import AdvocateState


def explain_event(
    engine: Engine, rules: Iterable[PointRule], earlier: Iterable[Event], event: Event, team_id: int | None
) -> tuple[int, list[dict[str, Any]]]:
    """The event's points under `engine`, and a verdict for each of `rules` (every rule of the
    draft, switched off ones too) whose trigger is the event's type."""
    state = AdvocateState(event.advocate_id, team_id)
    for before in earlier:
        engine.apply(state, before)
    previous = copy.deepcopy(state)
    outcome = engine.apply(state, event)
    awarded = {award.rule_id: award for award in outcome.awards if award.event_id == event.id}
    local = engine.clock.at(event.occurred_at)
    values = build_context(event.type, engine.campaigns_in_force)(event.attributes, state, local, event.epoch)
    values["lifetime_points"] = previous.lifetime_points  # rules read it before the event's points
    verdicts = [
        _verdict(rule, awarded.get(rule.id), values, previous, event, engine)
        for rule in rules
        if rule.trigger == event.type
    ]
    return outcome.points, verdicts


def _verdict(
    rule: PointRule, award: Any, values: dict[str, Any], previous: AdvocateState, event: Event, engine: Engine
) -> dict[str, Any]:
    said = {"id": rule.id, "name": rule.name, "fired": award is not None, "points": 0}
    if not rule.enabled:
        return {**said, "why": "switched off"}
    if award is not None:
        why = _held(rule, values)
        if award.capped:
            why += "; capped by a limit"
        return {**said, "points": award.points, "why": why}
    if not _holds(rule.condition, values):
        return {**said, "why": _not_held(rule.condition, values)}
    return {**said, "why": _stopped(rule, previous, event, engine)}


def _held(rule: PointRule, values: dict[str, Any]) -> str:
    if not rule.condition.strip():
        return "no condition: every one counts"
    return f"condition held: {_values(rule.condition, values)}"


def _not_held(condition: str, values: dict[str, Any]) -> str:
    said = f"condition did not hold: {_values(condition, values)}"
    expected = _simple_equality(condition)
    return f"{said}, not {expected}" if expected is not None else said


def _holds(condition: str, values: dict[str, Any]) -> bool:
    try:
        return compile_condition(condition)(values)
    except ExpressionError:
        return False


def _values(condition: str, values: dict[str, Any]) -> str:
    """What the fields the condition reads held for this event: "network is x"."""
    _, used = translate(condition)
    return ", ".join(f"{name} is {_shown(values.get(name))}" for name in sorted(used)) or "(no fields)"


def _shown(value: object) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(str(item) for item in value) if value else "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "none" if value == "" else str(value)


def _simple_equality(condition: str) -> str | None:
    """The value in `field == "value"`, the commonest condition, to say what it wanted."""
    parts = condition.strip().split("==")
    if len(parts) != 2 or any(word in condition for word in (" and ", " or ", "!", "<", ">")):
        return None
    return parts[1].strip().strip("\"'") or None


def _stopped(rule: PointRule, previous: AdvocateState, event: Event, engine: Engine) -> str:
    """The condition held but nothing was awarded: say which limit stopped it."""
    if event.attributes.get("own"):
        return "their own content never earns points"
    if rule.min_interval_seconds:
        last = previous.last_award.get((rule.id, event.attributes.get("content_id")))
        if last is not None and event.epoch - last < rule.min_interval_seconds:
            return "already rewarded for this content a short while before"
    keys = engine.clock.at(event.occurred_at).keys
    earned = previous.rule_windows.get((rule.id, 1))
    for cap in rule.caps:
        slot = 2 * ("day", "week", "month").index(cap.window)
        if earned and earned[slot] == keys[slot // 2] and earned[slot + 1] >= cap.points:
            return f"capped: {cap.points} points {PER[cap.window]} already reached"
    if engine.rules.overall_caps:
        return "capped: the limit on points from all rules was reached"
    return "condition held, but the rule earns nothing"
