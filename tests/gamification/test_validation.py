"""A rule set that cannot be published is refused with every reason listed."""

from datetime import timedelta

from gamification import Badge, Campaign, Cap, Level, PointRule, problems
from gamification.documents import from_document
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
    found = {(problem.path, str(problem)) for problem in problems(rule_set)}
    assert found == {
        ("rules.1.id", "A again: Another rule already uses the id `a`; each needs its own."),
        ("rules.0.condition", "A: `netwrk` is not a field; did you mean `network`?"),
        ("rules.1.trigger", "A again: `teleport` is not an event a rule can react to."),
        ("rules.1.caps.0.window", "A again: A limit counts per day, week or month, not `year`."),
        ("badges.0.metric", "B: `likes_total` is not something a badge can count."),
        ("badges.1.thresholds", "C: Each tier must ask for more than the one before it."),
        ("campaigns.0.ends", "K: The campaign ends before it starts."),
    }


def test_a_condition_problem_keeps_the_character_where_it_went_wrong():
    (problem,) = problems(rules(PointRule("early", "Early bird", "share", 3, "hour < 9 and")))
    assert problem.path == "rules.0.condition"
    assert problem.position == len("hour < 9 and")
    assert "stops before it is finished" in problem.message


def test_a_condition_on_a_field_its_trigger_lacks_cannot_be_published():
    (problem,) = problems(rules(PointRule("quiz", "Quiz on share", "share", 3, "quiz_score > 80")))
    assert (
        str(problem)
        == "Quiz on share: A share has no quiz score: `quiz_score` is only on quiz_passed events."
    )


def test_switched_off_items_are_checked_and_counted_by_their_place_in_the_document():
    rule_set = from_document(
        {
            "rules": [
                {
                    "id": "a",
                    "name": "A",
                    "trigger": "share",
                    "points": 1,
                    "enabled": False,
                    "condition": "hour <",
                },
                {"id": "a", "name": "B", "trigger": "share", "points": 1},
            ]
        },
        2,
        MONDAY_NOON,
    )
    assert [p.path for p in problems(rule_set)] == ["rules.1.id", "rules.0.condition"]


def test_levels_must_climb():
    (problem,) = problems(rules(PointRule("a", "A", "share", 1), levels=(Level("One", 10), Level("Two", 5))))
    assert (problem.path, problem.name) == ("levels.1.threshold", "Two")


def test_two_levels_cannot_share_a_name():
    levels = (Level("One", 0), Level("Two", 10), Level("One", 20))
    (problem,) = problems(rules(PointRule("a", "A", "share", 1), levels=levels))
    assert (problem.path, str(problem)) == ("levels.2.name", "One: Another level already has this name.")
