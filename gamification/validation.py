"""Checks a rule set must pass before it is published; every reason is reported, not just the first.

Each problem names the item by the name an admin gave it and points at the field in the document
("rules.3.condition"), so the editor can show the message under that field.
"""

import itertools
from typing import Any, NamedTuple

from gamification.badges import METRICS, Badge
from gamification.challenges import TeamChallenge
from gamification.events import EVENT_TYPES
from gamification.expressions import ExpressionError, translate, translate_for
from gamification.rules import WINDOWS, Campaign, Cap, PointRule, RuleSet

KINDS = {"rules": "rule", "badges": "badge", "campaigns": "campaign", "challenges": "team challenge"}


class Problem(NamedTuple):
    path: str  # where in the document: "rules.3.condition"
    name: str  # the item's name as the admin wrote it, or the section's
    message: str  # in words
    position: int | None = None  # for a condition, the character where it went wrong

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"


def problems(rule_set: RuleSet) -> list[Problem]:
    """Every reason `rule_set` cannot be published; empty when it can. Switched-off items are
    checked too: they are in the document and can be switched on again without another check."""
    found: list[Problem] = []
    for section in KINDS:
        found += _duplicates(section, rule_set.everything(section))
    for index, rule in enumerate(rule_set.everything("rules")):
        found += _rule_problems(f"rules.{index}", rule)
    for index, cap in enumerate(rule_set.overall_caps):
        found += _cap_problems(f"overall_caps.{index}", "Overall limit", cap)
    for index, badge in enumerate(rule_set.everything("badges")):
        found += _badge_problems(f"badges.{index}", badge)
    found += _level_problems(rule_set)
    for index, campaign in enumerate(rule_set.everything("campaigns")):
        found += _campaign_problems(f"campaigns.{index}", campaign)
    for network, multiplier in rule_set.network_multipliers:
        if multiplier <= 0:
            found.append(Problem(f"network_multipliers.{network}", "Network multipliers", "Must be above 0."))
    for index, challenge in enumerate(rule_set.everything("challenges")):
        found += _challenge_problems(f"challenges.{index}", challenge)
    if rule_set.streak.period not in {"day", "week"}:
        found.append(Problem("streak.period", "Streak", "A streak counts days or weeks."))
    if rule_set.streak.grace < 0:
        found.append(Problem("streak.grace", "Streak", "The grace period cannot be negative."))
    return found


def _duplicates(section: str, items: list[Any]) -> list[Problem]:
    seen: set[str] = set()
    found = []
    for index, item in enumerate(items):
        if item.id in seen:
            message = f"Another {KINDS[section]} already uses the id `{item.id}`; each needs its own."
            found.append(Problem(f"{section}.{index}.id", item.name, message))
        seen.add(item.id)
    return found


def _rule_problems(path: str, rule: PointRule) -> list[Problem]:
    found = []
    known = rule.trigger in EVENT_TYPES
    if not known:
        found.append(
            Problem(f"{path}.trigger", rule.name, f"`{rule.trigger}` is not an event a rule can react to.")
        )
    try:
        translate_for(rule.condition, rule.trigger) if known else translate(rule.condition)
    except ExpressionError as error:
        found.append(Problem(f"{path}.condition", rule.name, error.message, error.position))
    for index, cap in enumerate(rule.caps):
        found += _cap_problems(f"{path}.caps.{index}", rule.name, cap)
    shaping = rule.diminishing
    if shaping and (shaping.window not in WINDOWS or shaping.after < 0 or not 0 <= shaping.factor <= 1):
        message = (
            "Diminishing returns need a period (day, week or month), a count of 0 or more "
            "and a factor from 0 to 1."
        )
        found.append(Problem(f"{path}.diminishing", rule.name, message))
    if rule.min_interval_seconds < 0:
        found.append(
            Problem(f"{path}.min_interval_seconds", rule.name, "The wait between repeats cannot be negative.")
        )
    return found


def _cap_problems(path: str, name: str, cap: Cap) -> list[Problem]:
    if cap.window not in WINDOWS:
        return [
            Problem(f"{path}.window", name, f"A limit counts per day, week or month, not `{cap.window}`.")
        ]
    return (
        [] if cap.points > 0 else [Problem(f"{path}.points", name, "A limit must allow more than 0 points.")]
    )


def _badge_problems(path: str, badge: Badge) -> list[Problem]:
    found = []
    if badge.metric not in METRICS:
        found.append(
            Problem(f"{path}.metric", badge.name, f"`{badge.metric}` is not something a badge can count.")
        )
    where = f"{path}.thresholds"
    if not badge.thresholds or any(t <= 0 for t in badge.thresholds):
        found.append(Problem(where, badge.name, "Each tier needs a number above 0."))
    elif any(b <= a for a, b in itertools.pairwise(badge.thresholds)):
        found.append(Problem(where, badge.name, "Each tier must ask for more than the one before it."))
    if badge.repeatable and len(badge.thresholds) != 1:
        found.append(Problem(where, badge.name, "A badge earned again and again has exactly one threshold."))
    return found


def _level_problems(rule_set: RuleSet) -> list[Problem]:
    names = [level.name for level in rule_set.levels]
    for index, name in enumerate(names):
        if name in names[:index]:
            return [Problem(f"levels.{index}.name", name, "Another level already has this name.")]
    for index, (low, high) in enumerate(itertools.pairwise(rule_set.levels), start=1):
        if high.threshold <= low.threshold:
            message = f"Each level needs more points than the one before it ({low.name}: {low.threshold})."
            return [Problem(f"levels.{index}.threshold", high.name, message)]
    return []


def _campaign_problems(path: str, campaign: Campaign) -> list[Problem]:
    found = []
    if campaign.ends <= campaign.starts:
        found.append(Problem(f"{path}.ends", campaign.name, "The campaign ends before it starts."))
    if campaign.multiplier <= 0:
        found.append(Problem(f"{path}.multiplier", campaign.name, "The multiplier must be above 0."))
    return found


def _challenge_problems(path: str, challenge: TeamChallenge) -> list[Problem]:
    found = []
    if challenge.event_type not in EVENT_TYPES:
        message = f"`{challenge.event_type}` is not an event a challenge can count."
        found.append(Problem(f"{path}.event_type", challenge.name, message))
    if challenge.target < 1:
        found.append(Problem(f"{path}.target", challenge.name, "The goal must be at least 1."))
    if challenge.ends <= challenge.starts:
        found.append(Problem(f"{path}.ends", challenge.name, "The challenge ends before it starts."))
    return found
