"""Score one event against a rule set."""

from dataclasses import dataclass, replace

from gamification.events import Event
from gamification.rules import PointRule, RuleSet


@dataclass(frozen=True)
class AdvocateState:
    """What the engine knows about one advocate before an event."""

    advocate_id: int
    lifetime_points: int = 0


@dataclass(frozen=True)
class Award:
    advocate_id: int
    event_id: str
    rule_id: str
    rule_version: int
    points: int
    explanation: str


@dataclass(frozen=True)
class Outcome:
    state: AdvocateState
    awards: tuple[Award, ...]

    @property
    def points(self) -> int:
        return sum(award.points for award in self.awards)


def explain(rule: PointRule) -> str:
    sign = "+" if rule.points >= 0 else ""
    return f"{sign}{rule.points}: {rule.name}"


def score_event(state: AdvocateState, event: Event, rules: RuleSet) -> Outcome:
    """Return the awards `event` earns under `rules`, and the advocate's state after them."""
    if event.advocate_id != state.advocate_id:
        raise ValueError("event belongs to a different advocate than the state")
    awards = tuple(
        Award(
            advocate_id=event.advocate_id,
            event_id=event.id,
            rule_id=rule.id,
            rule_version=rules.version,
            points=rule.points,
            explanation=explain(rule),
        )
        for rule in rules.rules_for(event.type)
        if rule.matches(event)
    )
    gained = sum(award.points for award in awards)
    return Outcome(replace(state, lifetime_points=state.lifetime_points + gained), awards)
