"""A condition in words: `network == "linkedin" and hour < 9` -> "to LinkedIn before 09:00".

Only the shapes people commonly write are put into words; for anything else the whole condition
is quoted, so a sentence is never wrong, only sometimes technical.
"""

from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

import rule_engine
import rule_engine.ast as ast

from gamification.fields import LABELS, NETWORK_NAMES, WEEKDAYS, context

COMPARE = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}
IS = {"==": "is", "!=": "is not", "<": "is under", "<=": "is at most", ">": "is over", ">=": "is at least"}
NETWORK_PREPOSITION = {"share": "to", "suggestion_shared": "to", "click": "on"}


# Counters whose "== n" reads as "their nth share of the day".
COUNTERS = {
    f"{kind}s_{period}": (kind, words)
    for kind in ("share", "click")
    for period, words in (
        ("today", "of the day"),
        ("this_week", "of the week"),
        ("this_month", "of the month"),
        ("total", "ever"),
    )
}


class Unsaid(Exception):
    """A part of a condition with no words here: quote the whole condition instead."""


def in_words(
    condition: str,
    trigger: str,
    teams: Mapping[int, str] | None = None,
    campaigns: Mapping[str, str] | None = None,
) -> str:
    """What follows "+5 when someone shares": a phrase, or the condition quoted. `teams` and
    `campaigns` name ids (team 3 -> "Sales", "spring" -> "Spring launch")."""
    if not condition.strip():
        return ""
    try:
        return _words(_tree(condition), trigger, teams or {}, campaigns or {})
    except (Unsaid, rule_engine.EngineError, ValueError):
        return f"and `{condition.strip()}` holds"


@lru_cache(maxsize=1024)
def _tree(condition: str) -> ast.ExpressionBase:
    return rule_engine.Rule(condition, context=context()).statement.expression


def _words(
    node: ast.ExpressionBase, trigger: str, teams: Mapping[int, str], campaigns: Mapping[str, str]
) -> str:
    if isinstance(node, ast.LogicExpression):
        left = _words(node.left, trigger, teams, campaigns)
        right = _words(node.right, trigger, teams, campaigns)
        return _both(left, right) if node.type == "and" else f"{left} or {right}"
    if isinstance(node, ast.UnaryExpression) and node.type == "not":
        return _negated(node.right, trigger, campaigns)
    if isinstance(node, ast.ContainsExpression):
        return _contains(node, trigger, campaigns)
    if isinstance(node, ast.SymbolExpression) and node.name == "own":
        return "on their own content"
    if isinstance(node, ast.SymbolExpression) and node.name == "caption_edited":
        return "with a caption of their own"
    if isinstance(node, ast.ComparisonExpression | ast.ArithmeticComparisonExpression):
        return _comparison(node, trigger, teams)
    raise Unsaid


def _both(left: str, right: str) -> str:
    """Two phrases that must both hold: "from 06:00" and "before 09:00" read as one window."""
    if left.startswith("from ") and right.startswith("before ") and ":" in left and ":" in right:
        return f"between {left[5:]} and {right[7:]}"
    if right.startswith("while ") and "while " in left:
        return f"{left} and {right[6:]}"
    return f"{left} {right}"


def _tagged(trigger: str) -> str:
    return "content tagged" if trigger in {"share", "suggestion_shared"} else "for content tagged"


def _negated(node: ast.ExpressionBase, trigger: str, campaigns: Mapping[str, str]) -> str:
    if isinstance(node, ast.ContainsExpression) and _symbol(node.container) == "tags":
        return f"{_tagged(trigger).replace('tagged', 'not tagged')} {_literal(node.member)}"
    if isinstance(node, ast.ContainsExpression) and _symbol(node.container) == "campaign_ids":
        return f"outside {_campaign(node.member, campaigns)}"
    if _symbol(node) == "own":
        return "on someone else's content"
    if _symbol(node) == "caption_edited":
        return "with a suggested caption"
    raise Unsaid


def _contains(node: ast.ContainsExpression, trigger: str, campaigns: Mapping[str, str]) -> str:
    if _symbol(node.container) == "tags":
        return f"{_tagged(trigger)} {_literal(node.member)}"
    if _symbol(node.container) == "campaign_ids":
        return f"during {_campaign(node.member, campaigns)}"
    if _symbol(node.member) == "network" and isinstance(node.container, ast.ArrayExpression):
        names = [NETWORK_NAMES.get(str(_literal(item)), str(_literal(item))) for item in node.container.value]
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}"
        return f"{NETWORK_PREPOSITION.get(trigger, 'on')} {joined}"
    raise Unsaid


def _campaign(node: ast.ExpressionBase, campaigns: Mapping[str, str]) -> str:
    """A campaign by its name when the rule set has it, else by its id."""
    campaign_id = str(_literal(node))
    return campaigns.get(campaign_id, f"the {campaign_id} campaign")


def _comparison(node: Any, trigger: str, teams: Mapping[int, str]) -> str:
    name, value, op = _symbol(node.left), _literal(node.right), COMPARE.get(node.type)
    if name is None or op is None:
        raise Unsaid
    if name == "network" and op == "==":
        if value == "email":
            return "by email"
        return f"{NETWORK_PREPOSITION.get(trigger, 'on')} {NETWORK_NAMES.get(str(value), value)}"
    if op == "==" and isinstance(value, int) and name in COUNTERS:
        return _nth(name, value)
    if name == "hour" and isinstance(value, int):
        return _hour(op, value)
    if name == "weekday" and isinstance(value, int):
        return _weekdays(op, value)
    if name == "team_id" and op in {"==", "!="} and isinstance(value, int):
        team = teams.get(value, f"team {value}")
        return f"in {team}" if op == "==" else f"outside {team}"
    if name == "own" and op == "==" and isinstance(value, bool):
        return "on their own content" if value else "on someone else's content"
    if name == "caption_edited" and op in {"==", "!="} and isinstance(value, bool):
        return "with a caption of their own" if value == (op == "==") else "with a suggested caption"
    if name in LABELS and isinstance(value, int | float | str):
        shown = f'"{value}"' if isinstance(value, str) else value
        return f"while {LABELS[name].lower()} {IS[op]} {shown}"
    raise Unsaid


def _nth(name: str, count: int) -> str:
    kind, period = COUNTERS[name]
    if count == 1:
        return f"for their first {kind} {period}"
    suffix = "th" if 10 <= count % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")
    return f"for their {count}{suffix} {kind} {period}"


def _hour(op: str, hour: int) -> str:
    words = {
        "<": f"before {hour:02d}:00",
        "<=": f"before {hour + 1:02d}:00",
        ">": f"from {hour + 1:02d}:00",
        ">=": f"from {hour:02d}:00",
        "==": f"between {hour:02d}:00 and {hour + 1:02d}:00",
        "!=": f"outside {hour:02d}:00 to {hour + 1:02d}:00",
    }
    return words[op]


def _weekdays(op: str, day: int) -> str:
    """The days a comparison on weekday lets through, named."""
    test = {
        "==": day.__eq__,
        "!=": day.__ne__,
        "<": day.__gt__,
        "<=": day.__ge__,
        ">": day.__lt__,
        ">=": day.__le__,
    }
    days = [number for number in range(1, 8) if test[op](number)]
    if not days:
        return "on no day"
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"from {WEEKDAYS[days[0] - 1]} to {WEEKDAYS[days[-1] - 1]}"
    names = [WEEKDAYS[number - 1] for number in days]
    return "on " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" or {names[-1]}")


def _symbol(node: ast.ExpressionBase) -> str | None:
    return node.name if isinstance(node, ast.SymbolExpression) else None


def _literal(node: ast.ExpressionBase) -> object:
    if isinstance(node, ast.StringExpression | ast.BooleanExpression):
        return node.value
    if isinstance(node, ast.FloatExpression):
        value = node.value
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return int(value)
        return float(value)
    raise Unsaid
