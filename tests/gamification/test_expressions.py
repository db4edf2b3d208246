"""Admin-written conditions: checked when saved, with the position of the problem."""

import pytest

from gamification import EVENT_TYPES, ExpressionError, compile_condition
from gamification.expressions import translate_for


@pytest.mark.parametrize(
    ("source", "values", "expected"),
    [
        ('network == "linkedin" and shares_today <= 3', {"network": "linkedin", "shares_today": 3}, True),
        ('network == "linkedin" and shares_today <= 3', {"network": "linkedin", "shares_today": 4}, False),
        ('"launch" in tags', {"tags": ("careers", "launch")}, True),
        ('network in ["x", "facebook"]', {"network": "email"}, False),
        ("not own or shares_total % 10 == 0", {"own": True, "shares_total": 20}, True),
        ("hour >= 6 and hour < 9 ? true : weekday >= 6", {"hour": 12, "weekday": 7}, True),
        ("lifetime_points + 5 > 2 * 10", {"lifetime_points": 16}, True),
        ("", {}, True),
    ],
)
def test_conditions_evaluate_like_the_expression_language(source, values, expected):
    assert compile_condition(source)(values) is expected


@pytest.mark.parametrize(
    ("source", "message", "position"),
    [
        ('network == "x" and (', "The condition stops before it is finished: a `(` is never closed.", 20),
        (
            "network ==",
            "The condition stops before it is finished: something is missing after `network ==`.",
            10,
        ),
        ('netwrk == "x"', "`netwrk` is not a field; did you mean `network`?", 0),
        ("shares_today > 1 and network > 3", "`network > 3` does not fit: `network` is text", 21),
        ("tags > 2", "`tags` is a list of tags", 0),
        ('network = "x"', "A single `=` is not a comparison: use `==` to compare.", 8),
        ('network == "x', "has no closing quote", 11),
        ("hour 9", "The condition cannot be read at `9`", 5),
        ('network =~ "link.*"', "regular expressions", 8),
        ("network.length > 3", "Conditions cannot use", 0),
        ("hour > 1 and " * 50 + "hour > 1", "at most 500 characters", 500),
    ],
)
def test_bad_conditions_name_the_problem_and_where_it_is(source, message, position):
    with pytest.raises(ExpressionError) as caught:
        compile_condition(source)
    assert message in caught.value.message
    assert caught.value.position == position


@pytest.mark.parametrize(
    ("source", "trigger", "message", "position"),
    [
        (
            "quiz_score > 80",
            "share",
            "A share has no quiz score: `quiz_score` is only on quiz_passed events.",
            0,
        ),
        ('hour < 9 and network == "x"', "quiz_passed", "A passed quiz has no network", 13),
        ('"launch" in tags', "kudos", "Kudos has no content tags", 12),
    ],
)
def test_a_field_the_trigger_lacks_is_refused_where_it_is_used(source, trigger, message, position):
    with pytest.raises(ExpressionError) as caught:
        translate_for(source, trigger)
    assert message in caught.value.message
    assert caught.value.position == position


@pytest.mark.parametrize("trigger", EVENT_TYPES)
def test_fields_on_every_event_are_accepted_for_every_trigger(trigger):
    assert translate_for("team_id == 3 and hour < 9 and weekday >= 6 and shares_today > 1", trigger)
