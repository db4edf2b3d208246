"""Small builders for engine tests."""

from datetime import UTC, datetime, timedelta

from gamification import AdvocateState, Engine, Event, PointRule, RuleSet
from gamification.defaults import EPOCH

MONDAY_NOON = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # 12:00 in London too (GMT in November)


def rules(*point_rules: PointRule, **settings) -> RuleSet:
    return RuleSet(settings.pop("version", 1), settings.pop("effective_from", EPOCH), point_rules, **settings)


def share(n: int = 0, at: datetime = MONDAY_NOON, advocate: int = 7, **attributes) -> Event:
    attributes.setdefault("network", "linkedin")
    attributes.setdefault("content_id", 1)
    return Event(f"share:{advocate}:{n}", "share", advocate, at, attributes)


def run(
    rule_set: RuleSet,
    events: list[Event],
    advocate: int = 7,
    team: int | None = 1,
    state: AdvocateState | None = None,
):
    """Apply events in order, from an empty state or `state`; return (state, outcomes)."""
    engine, state = Engine(rule_set), state or AdvocateState(advocate, team)
    return state, [engine.apply(state, event) for event in events]


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)
