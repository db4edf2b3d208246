"""What the engine remembers about one advocate between events."""

from dataclasses import dataclass, field
from typing import Any

# How counters are named in conditions and badge metrics: share -> shares_today, shares_total.
COUNTER_NAMES = {"share": "shares", "click": "clicks"}


def counter_name(event_type: str) -> str:
    return COUNTER_NAMES.get(event_type, event_type)


@dataclass(slots=True)
class AdvocateState:
    """Aggregates kept incrementally, so scoring an event never scans history.

    Window counters are [day, count, week, count, month, count] and reset when the key moves.
    """

    advocate_id: int
    team_id: int | None = None
    lifetime_points: int = 0
    seen: set[str] = field(default_factory=set)
    totals: dict[str, int] = field(default_factory=dict)
    windows: dict[str, list[int]] = field(default_factory=dict)
    rule_windows: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    overall: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0, 0])
    last_award: dict[tuple[str, object], float] = field(default_factory=dict)
    streak_length: int = 0
    streak_last: int | None = None
    badges: dict[str, int] = field(default_factory=dict)
    badge_next: dict[str, float] = field(default_factory=dict)  # per metric: value for a new tier
    level: int = -1

    def window_counts(self, event_type: str) -> list[int]:
        return self.windows.get(event_type) or [0, 0, 0, 0, 0, 0]

    def metric(self, name: str) -> int:
        if name == "streak_days":
            return self.streak_length
        if name == "lifetime_points":
            return self.lifetime_points
        return self.totals.get(name, 0)


def bump(counts: list[int], keys: tuple[int, int, int], amount: int) -> None:
    """Add `amount` to day, week and month slots, restarting any slot whose period moved on."""
    # Unrolled: this runs several times per event in replay.
    day, week, month = keys
    if counts[0] == day:
        counts[1] += amount
    else:
        counts[0], counts[1] = day, amount
    if counts[2] == week:
        counts[3] += amount
    else:
        counts[2], counts[3] = week, amount
    if counts[4] == month:
        counts[5] += amount
    else:
        counts[4], counts[5] = month, amount


def in_window(counts: list[int], slot: int, key: int) -> int:
    """The running value for the period `key` in `slot` (0 day, 2 week, 4 month)."""
    return counts[slot + 1] if counts[slot] == key else 0


def dump_state(state: AdvocateState) -> dict[str, Any]:
    """The state as JSON-able data. `seen` is left out: it only grows, and stores that persist
    state already refuse duplicate events by their own keys."""
    return {
        "advocate_id": state.advocate_id,
        "team_id": state.team_id,
        "lifetime_points": state.lifetime_points,
        "totals": state.totals,
        "windows": state.windows,
        "rule_windows": {f"{rule}|{kind}": counts for (rule, kind), counts in state.rule_windows.items()},
        "overall": state.overall,
        "last_award": {f"{rule}|{_key(obj)}": at for (rule, obj), at in state.last_award.items()},
        "streak_length": state.streak_length,
        "streak_last": state.streak_last,
        "badges": state.badges,
        "badge_next": {k: (None if v == float("inf") else v) for k, v in state.badge_next.items()},
        "level": state.level,
    }


def load_state(data: dict[str, Any]) -> AdvocateState:
    """Rebuild a state saved by dump_state."""
    rule_windows: dict[tuple[str, int], list[int]] = {}
    for key, counts in data["rule_windows"].items():
        rule, kind = key.rsplit("|", 1)
        rule_windows[(rule, int(kind))] = list(counts)
    last_award: dict[tuple[str, object], float] = {}
    for key, at in data["last_award"].items():
        rule, obj = key.rsplit("|", 1)
        last_award[(rule, _object(obj))] = at
    return AdvocateState(
        advocate_id=data["advocate_id"],
        team_id=data["team_id"],
        lifetime_points=data["lifetime_points"],
        totals=dict(data["totals"]),
        windows={k: list(v) for k, v in data["windows"].items()},
        rule_windows=rule_windows,
        overall=list(data["overall"]),
        last_award=last_award,
        streak_length=data["streak_length"],
        streak_last=data["streak_last"],
        badges=dict(data["badges"]),
        badge_next={k: (float("inf") if v is None else v) for k, v in data["badge_next"].items()},
        level=data["level"],
    )


def _key(obj: object) -> str:
    return "" if obj is None else f"{type(obj).__name__[0]}{obj}"


def _object(text: str) -> int | str | None:
    if not text:
        return None
    return int(text[1:]) if text[0] == "i" else text[1:]
