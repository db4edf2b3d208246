"""Golden figures: the demo rule set over the seeded synthetic history. A change here is a change in
scoring that every programme would notice, so it must be deliberate."""

from collections import Counter
from datetime import UTC, datetime

from gamification import RuleBook, demo_rule_set, problems, replay, synthetic

RULE_COUNTS = {
    "click.base": 6042,
    "click.first-today": 5731,
    "click.launch": 2060,
    "click.tenth-month": 19,
    "guidelines.ack": 94,
    "kudos.manual": 109,
    "opened.base": 961,
    "quiz.pass": 104,
    "quiz.perfect": 34,
    "share.base": 6294,
    "share.careers": 1027,
    "share.early": 806,
    "share.email": 439,
    "share.evening": 1022,
    "share.facebook": 821,
    "share.fifth-week": 11,
    "share.fiftieth": 34,
    "share.first-today": 5969,
    "share.launch": 2123,
    "share.linkedin": 2764,
    "share.newcomer": 357,
    "share.streak": 1,
    "share.tenth": 179,
    "share.weekend": 1782,
    "share.whatsapp": 871,
    "share.x": 1398,
    "suggestion.approved": 126,
}


def test_demo_rule_set_is_publishable_and_realistic():
    rule_set = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=1)
    assert problems(rule_set) == []
    assert len(rule_set.rules) >= 25 and len(rule_set.badges) >= 10
    assert len(rule_set.campaigns) == 2 and len(rule_set.challenges) == 1


def test_demo_rule_set_totals_for_the_synthetic_history_are_pinned():
    rule_set = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=1)
    events = synthetic.events(200, 60)
    result = replay(events, RuleBook([rule_set]), synthetic.teams_for(200))
    assert len(events) == 13926
    assert sum(result.totals.values()) == 180220
    assert [result.totals[a] for a in (1, 2, 17, 200)] == [263, 2024, 240, 760]
    assert dict(Counter(a.rule_id for a in result.awards)) == RULE_COUNTS
    assert sum(len(state.badges) for state in result.states.values()) == 1308
