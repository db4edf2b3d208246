"""One sentence per item of a rule set, for people: "+5 when someone shares to LinkedIn, at most 3
times a day". Common conditions become words; anything else is quoted as written."""

import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from gamification.badges import TIER_NAMES, Badge
from gamification.challenges import TeamChallenge
from gamification.conditions import in_words
from gamification.documents import item_from
from gamification.levels import Level
from gamification.rules import Campaign, PointRule

ACTIONS = {
    "share": "someone shares",
    "click": "someone's shared link is clicked",
    "content_opened": "someone opens content",
    "guidelines_acknowledged": "someone acknowledges the guidelines",
    "quiz_passed": "someone passes the guidelines quiz",
    "suggestion_approved": "someone's suggestion is approved",
    "suggestion_shared": "a colleague shares someone's suggestion",
    "kudos": "someone receives kudos",
}
COUNTED = {
    "share": "shares",
    "click": "clicks",
    "content_opened": "content opens",
    "guidelines_acknowledged": "guideline acknowledgements",
    "quiz_passed": "quizzes passed",
    "suggestion_approved": "suggestions approved",
    "suggestion_shared": "suggestions shared",
    "kudos": "kudos",
}
METRIC_WORDS = {
    **{f"{kind}_total": words for kind, words in COUNTED.items()},
    "shares_total": "shares",
    "clicks_total": "clicks",
    "content_opened_total": "content opens",
    "shares_linkedin": "shares to LinkedIn",
    "shares_x": "shares to X",
    "shares_facebook": "shares to Facebook",
    "shares_whatsapp": "shares to WhatsApp",
    "shares_email": "shares by email",
    "streak_days": "days in a row",
    "lifetime_points": "points",
}
PER = {"day": "a day", "week": "a week", "month": "a month"}
NTH = re.compile(r"for their (\S+ (?:share|click) (?:of the day|of the week|of the month|ever))")
SECTIONS = ("rules", "badges", "campaigns", "challenges")
TIMES, DASH, MINUS = "\u00d7", "\u2013", "\u2212"  # x, - and - as typeset


def describe(
    document: Mapping[str, Any], teams: Mapping[int, str] | None = None, timezone: str | None = None
) -> dict[str, dict[str, str]]:
    """A sentence for every item that can be read; the document need not be valid as a whole.
    Dates are read in `timezone` (the organisation's), else the document's."""
    teams, zone = teams or {}, _zone(timezone or str(document.get("timezone") or "UTC"))
    campaigns = {
        str(raw["id"]): str(raw["name"])
        for raw in _items(document, "campaigns")
        if isinstance(raw, Mapping) and raw.get("id") and raw.get("name")
    }
    sentences: dict[str, dict[str, str]] = {section: {} for section in (*SECTIONS, "levels")}
    for section in SECTIONS:
        for raw in _items(document, section):
            item = item_from(section, raw)
            if item is not None:
                sentences[section][str(item.id)] = sentence(item, teams, zone, campaigns)
    for raw in _items(document, "levels"):
        level = item_from("levels", raw)
        if level is not None:
            sentences["levels"][level.name] = level_sentence(level)
    return sentences


def sentence(
    item: Any,
    teams: Mapping[int, str] | None = None,
    zone: ZoneInfo | None = None,
    campaigns: Mapping[str, str] | None = None,
) -> str:
    """The sentence of one rule, badge, campaign, challenge or level; `campaigns` names the
    campaign ids conditions test."""
    zone = zone or ZoneInfo("UTC")
    writers: dict[type, Callable[[Any], str]] = {
        PointRule: lambda rule: rule_sentence(rule, teams or {}, campaigns),
        Badge: badge_sentence,
        Campaign: lambda campaign: campaign_sentence(campaign, zone),
        TeamChallenge: lambda challenge: challenge_sentence(challenge, teams or {}, zone),
        Level: level_sentence,
    }
    said = writers[type(item)](item)
    return said if getattr(item, "enabled", True) else f"{said} (switched off)"


def rule_sentence(
    rule: PointRule, teams: Mapping[int, str], campaigns: Mapping[str, str] | None = None
) -> str:
    points = "the kudos' points" if rule.points_from else _signed(rule.points)
    action = ACTIONS.get(rule.trigger, f"a {rule.trigger} event happens")
    words = in_words(rule.condition, rule.trigger, teams, campaigns)
    nth = NTH.fullmatch(words)
    if nth and rule.trigger in {"share", "click"}:  # "+5 for someone's first share of the day"
        said = f"{points} for someone's {nth.group(1)}"
    else:
        said = f"{points} when {action}{' ' + words if words else ''}"
    return ", ".join([said, *_shaping(rule)])


def _shaping(rule: PointRule) -> list[str]:
    parts = []
    for cap in rule.caps:
        times, left = divmod(cap.points, rule.points) if rule.points > 0 else (0, 1)
        plain = not (left or rule.points_from or rule.diminishing)
        count = "once" if times == 1 else "twice" if times == 2 else f"{times} times"
        parts.append(
            f"at most {count if plain else f'{cap.points} points'} {PER.get(cap.window, cap.window)}"
        )
    if rule.diminishing:
        shaping = rule.diminishing
        per = PER.get(shaping.window, shaping.window)
        factor = f"{TIMES}{shaping.factor:g}"
        parts.append(f"each one after {shaping.after} {per} worth {factor} of the one before")
    if rule.min_interval_seconds:
        parts.append(f"not again for the same content within {_duration(rule.min_interval_seconds)}")
    return parts


def badge_sentence(badge: Badge) -> str:
    what = METRIC_WORDS.get(badge.metric, badge.metric.replace("_", " "))
    first, *rest = badge.thresholds
    if badge.repeatable:
        return f"Earned again every {first} {what}"
    if not rest:
        return f"Earned at {first} {_singular(what) if first == 1 else what}"
    tiers = [f"{TIER_NAMES[0].capitalize()} at {first} {what}"]
    for index, threshold in enumerate(rest, start=1):
        name = TIER_NAMES[index] if index < len(TIER_NAMES) else f"tier {index + 1}"
        tiers.append(f"{name} at {threshold}")
    return ", ".join(tiers[:-1]) + f" and {tiers[-1]}"


def campaign_sentence(campaign: Campaign, zone: ZoneInfo) -> str:
    content = f"content tagged {_either(campaign.tags)}" if campaign.tags else "all content"
    dates = _dates(campaign.starts, campaign.ends, zone, f" {DASH} ")
    return f"Points {TIMES}{campaign.multiplier:g} for {content}, {dates}"


def challenge_sentence(challenge: TeamChallenge, teams: Mapping[int, str], zone: ZoneInfo) -> str:
    team = teams.get(challenge.team_id, f"Team {challenge.team_id}")
    counted = COUNTED.get(challenge.event_type, challenge.event_type)
    window = _dates(challenge.starts, challenge.ends, zone, " and ")
    reward = _signed(challenge.reward_points)
    return f"{team}: {challenge.target} {counted} between {window}; each member gets {reward}"


def _singular(words: str) -> str:
    if words.endswith("acknowledgements"):
        return words.removesuffix("s")
    head, _, tail = words.partition(" ")
    head = {"quizzes": "quiz", "kudos": "kudos"}.get(head, head.removesuffix("s"))
    return f"{head} {tail}".strip() if tail != "in a row" else f"{head} {tail}"


def level_sentence(level: Level) -> str:
    return f"From {level.threshold} points" if level.threshold else "Where everyone starts"


def _items(document: Mapping[str, Any], section: str) -> list[Any]:
    found = document.get(section)
    return found if isinstance(found, list) else []


def _signed(points: int) -> str:
    return f"+{points}" if points >= 0 else f"{MINUS}{-points}"


def _either(words: tuple[str, ...] | list[str]) -> str:
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + f" or {words[-1]}"


def _dates(starts: datetime, ends: datetime, zone: ZoneInfo, joiner: str) -> str:
    """The first and the last day, inclusive: a window ending at midnight ends the day before."""
    first, last = starts.astimezone(zone), (ends - timedelta(microseconds=1)).astimezone(zone)
    with_year = first.year != last.year
    return joiner.join(_day(moment, with_year) for moment in (first, last))


def _day(moment: datetime, with_year: bool) -> str:
    return f"{moment.day} {moment:%b}" + (f" {moment.year}" if with_year else "")


def _duration(seconds: int) -> str:
    for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute")):
        if seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} seconds"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")
