"""Admin-written conditions: checked when saved, with the position of the problem."""

import pytest

from gamification import ExpressionError, compile_condition


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
        ('network == "x" and (', "Syntax error", 20),
        ('netwrk == "x"', "Unknown field 'netwrk'; did you mean 'network'?", 0),
        ("shares_today > 1 and network > 3", "Type error", 21),
        ('network =~ "link.*"', "regular expressions", 8),
        ("network.length > 3", "Conditions cannot use", 0),
        ("hour > 1 and " * 50 + "hour > 1", "limited to 500 characters", 500),
    ],
)
def test_bad_conditions_name_the_problem_and_where_it_is(source, message, position):
    with pytest.raises(ExpressionError) as caught:
        compile_condition(source)
    assert message in caught.value.message
    assert caught.value.position == position
