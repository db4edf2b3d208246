"""Generate one scoring function per trigger: every rule's condition, shaping and caps inline.

Replay scores millions of events, and most of an event's cost was bookkeeping around the rules
(looping over matches, a call per shaped rule, a call per cap). So, once per rule-set version, each
trigger's rules become straight-line Python with their constants written in: a condition is an
`if`, a cap is two list reads. The function returns (awards, total points, any negative award).

Only literals made by `repr()` of ints, floats and strings enter the source, and conditions come
from `expressions.translate`, which admits the checked expression language only.
"""

from collections.abc import Callable, Sequence
from typing import Any

from gamification.expressions import translate
from gamification.generated import define
from gamification.matcher import ZERO, InForce, Matcher, field_lines, no_campaigns
from gamification.outcome import Award
from gamification.rules import WINDOWS, PointRule

Scorer = Callable[..., tuple[list[Award], int, bool]]
Notes = Callable[..., str]  # (campaigns, factor[, diminishing]) -> ' during Launch, x1.5'
SIGNATURE = "def score(state, attrs, local, epoch, factor, notes, campaigns, advocate, event_id):"


def build_scorer(
    trigger: str,
    rules: Sequence[PointRule],
    version: int,
    notes_for: Notes,
    match: Matcher | None = None,
    in_force: InForce = no_campaigns,
) -> Scorer:
    """`match`, when given, decides the conditions instead (benchmarks compare evaluators)."""
    body = [SIGNATURE, *scoring_lines(trigger, rules, version, match), "    return awards, total, negative"]
    label = f"scorer {trigger} v{version}"
    return define("score", "\n".join(body), label, scorer_scope(notes_for, match, in_force))


def scoring_lines(
    trigger: str, rules: Sequence[PointRule], version: int, match: Matcher | None, counts: str | None = None
) -> list[str]:
    """The body of a scorer, at function indentation: it reads the names in SIGNATURE and leaves
    `awards`, `total` and `negative` set. The engine's fused event functions embed it too, with
    the trigger's window counters already in the local named by `counts`."""
    if match is None:
        translated = [translate(rule.condition) for rule in rules]
        conditions = [python for python, _ in translated]
        used = sorted(set().union(*(names for _, names in translated))) if translated else []
        lines = field_lines(trigger, used, counts)
    else:
        conditions = [f"{index} in _matched" for index in range(len(rules))]
        lines = ["    _matched = _match(attrs, state, local)"]
    body = ["    awards = []", "    total = 0", "    negative = False", "    keys = local.keys"]
    body += ["    rule_windows = state.rule_windows", "    last_award = state.last_award", *lines]
    for index, (rule, condition) in enumerate(zip(rules, conditions, strict=True)):
        body += _rule_block(index, rule, condition, version)
    return body


def scorer_scope(notes_for: Notes, match: Matcher | None, in_force: InForce = no_campaigns) -> dict[str, Any]:
    """The only names generated scoring code can reach."""
    return {
        "__builtins__": {"bool": bool, "int": int, "max": max, "min": min, "set": set},
        "ZERO": ZERO,
        "Award": Award,
        "_new": tuple.__new__,
        "_round": _round,
        "cap_room": cap_room,
        "_notes": notes_for,
        "_match": match,
        "_in_force": in_force,
    }


def _rule_block(index: int, rule: PointRule, condition: str, version: int) -> list[str]:
    shaped = rule.caps or rule.min_interval_seconds or rule.diminishing or rule.points_from
    if not shaped and not rule.points:
        return []  # never awards anything
    inner = _shaped(rule) if shaped else _plain(rule)
    constants = f"{_lit(rule.id)}, {_lit(version)}, points, {_lit(rule.name)}"
    # tuple.__new__ directly: a NamedTuple's own __new__ is one more Python call per award.
    award = f"_new(Award, (advocate, event_id, {constants}, note, capped))"
    inner += ["if points:", f"    awards.append({award})", "    total += points"]
    if rule.points < 0 or rule.points_from:
        inner += ["    if points < 0:", "        negative = True"]
    # A traceback shows one line, so every line names its rule (repr() keeps a name on one line).
    tag = f"  # rule {index}: {_lit(rule.id)} {_lit(rule.name)}"
    return ["    " + line + tag for line in [f"if {condition}:", *("    " + line for line in inner)]]


def _plain(rule: PointRule) -> list[str]:
    points = _lit(rule.points)
    rounded = f"{points} if factor == 1.0 else {_rounded(f'{points} * factor')}"
    return [f"points = {rounded}", "note, capped = notes, False"]


def _shaped(rule: PointRule) -> list[str]:
    """Interval, then diminishing returns, then caps: the order the rule's shaping applies in."""
    base = f"attrs.get({_lit(rule.points_from)}, 0)" if rule.points_from else _lit(rule.points)
    if rule.diminishing is None:
        lines = [f"points = {_rounded(f'{base} * factor')}", "note, capped = notes, False"]
    else:
        slot, after = 2 * WINDOWS.index(rule.diminishing.window), rule.diminishing.after
        lines = [
            f"counts = rule_windows.get(({_lit(rule.id)}, 0))",
            "if counts is None:",
            f"    counts = rule_windows[({_lit(rule.id)}, 0)] = [0, 0, 0, 0, 0, 0]",
            f"done = counts[{slot + 1}] if counts[{slot}] == keys[{slot // 2}] else 0",
            *_bump("counts", "1"),
            f"shaping = {_lit(rule.diminishing.factor)} ** (done - {after - 1}) if done >= {after} else 1.0",
            f"points = {_rounded(f'{base} * factor * shaping')}",
            "note = notes if shaping == 1.0 else _notes(campaigns, factor * shaping, True)",
            "capped = False",
        ]
    if rule.caps:
        lines += ["if points > 0:", *("    " + line for line in _capped(rule))]
    if rule.min_interval_seconds:
        return _after_interval(rule, lines)
    return lines


def _capped(rule: PointRule) -> list[str]:
    """Clip `points` to the room left under each of the rule's caps for the current periods."""
    lines = [
        f"earned = rule_windows.get(({_lit(rule.id)}, 1))",
        "if earned is None:",
        f"    earned = rule_windows[({_lit(rule.id)}, 1)] = [0, 0, 0, 0, 0, 0]",
        "granted = points",
    ]
    for cap in rule.caps:
        slot = 2 * WINDOWS.index(cap.window)
        room = f"{_lit(cap.points)} - (earned[{slot + 1}] if earned[{slot}] == keys[{slot // 2}] else 0)"
        lines += [f"room = {room}", "if room < granted:", "    granted = room if room > 0 else 0"]
    return [*lines, *_bump("earned", "granted"), "capped, points = granted < points, granted"]


def _bump(counts: str, amount: str) -> list[str]:
    """`state.bump` written inline: add to day, week and month, restarting a moved-on period."""
    lines = []
    for slot in (0, 2, 4):
        lines += [
            f"if {counts}[{slot}] == keys[{slot // 2}]:",
            f"    {counts}[{slot + 1}] += {amount}",
            "else:",
            f"    {counts}[{slot}], {counts}[{slot + 1}] = keys[{slot // 2}], {amount}",
        ]
    return lines


def _after_interval(rule: PointRule, lines: list[str]) -> list[str]:
    """A repeat on the same content inside the interval earns nothing and changes nothing."""
    return [
        f"key = ({_lit(rule.id)}, attrs.get('content_id'))",
        "last = last_award.get(key)",
        f"if last is not None and epoch - last < {_lit(rule.min_interval_seconds)}:",
        "    points = 0",
        "else:",
        "    last_award[key] = epoch",
        *("    " + line for line in lines),
    ]


def _rounded(expression: str) -> str:
    """`_round(expression)` written inline (a call per award showed in replay profiles)."""
    return f"(int(_x + 0.5) if (_x := {expression}) >= 0 else int(_x - 0.5))"


def _lit(value: object) -> str:
    if not isinstance(value, int | float | str):
        raise TypeError(f"only ints, floats and strings are written into scorer source, not {value!r}")
    return repr(value)


def cap_room(counts: list[int], caps: tuple[tuple[int, int], ...], keys: tuple[int, int, int]) -> int:
    """Points still allowed under every (window slot, limit) cap for the current periods (one or more)."""
    return min(limit - (counts[slot + 1] if counts[slot] == keys[slot // 2] else 0) for slot, limit in caps)


def _round(points: float) -> int:
    """Round half away from zero, so +7.5 and -7.5 both move by 8."""
    return int(points + 0.5) if points >= 0 else int(points - 0.5)
