"""Checks a rule set must pass before it is published; every reason is reported, not just the first."""

import itertools

from gamification.badges import METRICS, Badge
from gamification.events import EVENT_TYPES
from gamification.expressions import ExpressionError, compile_condition
from gamification.rules import WINDOWS, Cap, PointRule, RuleSet


def problems(rule_set: RuleSet) -> list[str]:
    """Every reason `rule_set` cannot be published; empty when it can."""
    found: list[str] = []
    found += _duplicates("rule", [r.id for r in rule_set.rules])
    found += _duplicates("badge", [b.id for b in rule_set.badges])
    found += _duplicates("campaign", [c.id for c in rule_set.campaigns])
    for rule in rule_set.rules:
        found += _rule_problems(rule)
    for cap in rule_set.overall_caps:
        found += _cap_problems("overall cap", cap)
    for badge in rule_set.badges:
        found += _badge_problems(badge)
    found += _level_problems(rule_set)
    for campaign in rule_set.campaigns:
        if campaign.ends <= campaign.starts:
            found.append(f"campaign {campaign.id}: ends before it starts")
        if campaign.multiplier <= 0:
            found.append(f"campaign {campaign.id}: multiplier must be above 0")
    for network, multiplier in rule_set.network_multipliers:
        if multiplier <= 0:
            found.append(f"network multiplier {network}: must be above 0")
    for challenge in rule_set.challenges:
        if (
            challenge.event_type not in EVENT_TYPES
            or challenge.target < 1
            or challenge.ends <= challenge.starts
        ):
            found.append(
                f"team challenge {challenge.id}: needs a known event type, a target of at "
                "least 1 and an end after its start"
            )
    if rule_set.streak.period not in {"day", "week"} or rule_set.streak.grace < 0:
        found.append("streak: period must be day or week, grace 0 or more")
    return found


def _duplicates(kind: str, ids: list[str]) -> list[str]:
    return [f"{kind} id {i} is used more than once" for i in sorted({i for i in ids if ids.count(i) > 1})]


def _rule_problems(rule: PointRule) -> list[str]:
    found = []
    if rule.trigger not in EVENT_TYPES:
        found.append(f"rule {rule.id}: unknown trigger '{rule.trigger}'")
    try:
        compile_condition(rule.condition)
    except ExpressionError as error:
        found.append(f"rule {rule.id}: {error}")
    for cap in rule.caps:
        found += _cap_problems(f"rule {rule.id} cap", cap)
    shaping = rule.diminishing
    if shaping and (shaping.window not in WINDOWS or shaping.after < 0 or not 0 <= shaping.factor <= 1):
        found.append(f"rule {rule.id}: diminishing returns need a window, after >= 0 and a factor in 0..1")
    if rule.min_interval_seconds < 0:
        found.append(f"rule {rule.id}: min_interval_seconds cannot be negative")
    return found


def _cap_problems(label: str, cap: Cap) -> list[str]:
    if cap.window not in WINDOWS:
        return [f"{label}: unknown window '{cap.window}' (use day, week or month)"]
    return [] if cap.points > 0 else [f"{label}: points must be above 0"]


def _badge_problems(badge: Badge) -> list[str]:
    found = []
    if badge.metric not in METRICS:
        found.append(f"badge {badge.id}: names a missing aggregate '{badge.metric}'")
    if not badge.thresholds or any(t <= 0 for t in badge.thresholds):
        found.append(f"badge {badge.id}: needs positive tier thresholds")
    elif any(b <= a for a, b in zip(badge.thresholds, badge.thresholds[1:], strict=False)):
        found.append(f"badge {badge.id}: tiers overlap; thresholds must strictly increase")
    if badge.repeatable and len(badge.thresholds) != 1:
        found.append(f"badge {badge.id}: a repeatable badge has exactly one threshold")
    return found


def _level_problems(rule_set: RuleSet) -> list[str]:
    thresholds = [level.threshold for level in rule_set.levels]
    if any(b <= a for a, b in itertools.pairwise(thresholds)):
        return ["levels: thresholds must strictly increase"]
    return []
