"""The rules engine: state + event + rule set -> awards. Pure: no I/O, no clock, no framework."""

from gamification.badges import Badge
from gamification.book import RuleBook
from gamification.challenges import TeamChallenge
from gamification.defaults import default_rule_set, demo_rule_set
from gamification.engine import Engine
from gamification.events import EVENT_TYPES, Event
from gamification.expressions import ExpressionError, compile_condition
from gamification.levels import Level, level_progress
from gamification.outcome import Award, BadgeEarned, Outcome
from gamification.replay import Retroactive, replay, simulate
from gamification.rules import Campaign, Cap, Diminishing, PointRule, RuleSet
from gamification.state import AdvocateState
from gamification.streaks import StreakPolicy
from gamification.validation import problems

__all__ = [
    "EVENT_TYPES",
    "AdvocateState",
    "Award",
    "Badge",
    "BadgeEarned",
    "Campaign",
    "Cap",
    "Diminishing",
    "Engine",
    "Event",
    "ExpressionError",
    "Level",
    "Outcome",
    "PointRule",
    "Retroactive",
    "RuleBook",
    "RuleSet",
    "StreakPolicy",
    "TeamChallenge",
    "compile_condition",
    "default_rule_set",
    "demo_rule_set",
    "level_progress",
    "problems",
    "replay",
    "simulate",
]
