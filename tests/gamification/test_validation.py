"""A rule set that cannot be published is refused with every reason listed."""

from datetime import timedelta

from gamification import Badge, Campaign, Cap, PointRule, problems
from tests.gamification.helpers import MONDAY_NOON, rules


def test_a_valid_rule_set_has_no_problems():
    assert problems(rules(PointRule("base", "Shared", "share", 10, 'network == "x"'))) == []


def test_every_problem_is_reported_at_once():
    rule_set = rules(
        PointRule("a", "A", "share", 10, 'netwrk == "x"'),
        PointRule("a", "A again", "teleport", 1, caps=(Cap("year", 5),)),
        badges=(Badge("b", "B", "c", "likes_total", (5,)), Badge("c", "C", "c", "shares_total", (10, 5))),
        campaigns=(Campaign("k", "K", MONDAY_NOON, MONDAY_NOON - timedelta(days=1), 2.0),),
    )
    found = problems(rule_set)
    assert "rule id a is used more than once" in found
    assert any("rule a: Unknown field 'netwrk'" in p and "position 0" in p for p in found)
    assert "rule a: unknown trigger 'teleport'" in found
    assert "rule a cap: unknown window 'year' (use day, week or month)" in found
    assert "badge b: names a missing aggregate 'likes_total'" in found
    assert "badge c: tiers overlap; thresholds must strictly increase" in found
    assert "campaign k: ends before it starts" in found
    assert len(found) == 7
