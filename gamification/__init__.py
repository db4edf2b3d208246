"""The rules engine: state + event + rule set -> awards. Pure: no I/O, no clock, no framework."""

from gamification.defaults import default_rule_set
from gamification.engine import AdvocateState, Award, Outcome, score_event
from gamification.events import Event
from gamification.rules import PointRule, RuleSet

__all__ = [
    "AdvocateState",
    "Award",
    "Event",
    "Outcome",
    "PointRule",
    "RuleSet",
    "default_rule_set",
    "score_event",
]
