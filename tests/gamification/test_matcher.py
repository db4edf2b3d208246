"""The generated per-trigger matcher and scorer agree with evaluating each condition on its own."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gamification import (
    AdvocateState,
    Cap,
    PointRule,
    RuleBook,
    compile_condition,
    demo_rule_set,
    replay,
    synthetic,
)
from gamification.clock import LocalClock
from gamification.matcher import build_context, build_matcher
from gamification.scorer import build_scorer

RULES = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=1).rules
CLOCK = LocalClock("Europe/London")
START = datetime(2026, 1, 1, tzinfo=UTC)

attributes = st.fixed_dictionaries(
    {
        "network": st.sampled_from(["linkedin", "x", "facebook", "whatsapp", "email", ""]),
        "tags": st.sampled_from([(), ("launch",), ("careers", "launch"), ("culture",)]),
        "quiz_score": st.integers(0, 100),
    }
)


@st.composite
def states(draw):
    local = CLOCK.at(START + timedelta(minutes=draw(st.integers(0, 365 * 24 * 60))))
    state = AdvocateState(
        1, 1, lifetime_points=draw(st.integers(0, 200)), streak_length=draw(st.integers(0, 10))
    )
    for kind in ("share", "click"):
        same = draw(st.booleans())
        day, week, month = (local.day, local.week, local.month) if same else (0, 0, 0)
        state.windows[kind] = [
            day,
            draw(st.integers(0, 3)),
            week,
            draw(st.integers(0, 6)),
            month,
            draw(st.integers(0, 12)),
        ]
        state.totals[f"{kind}s_total"] = draw(st.integers(0, 120))
    return state, local


@settings(max_examples=200, deadline=None)
@given(states(), attributes, st.sampled_from(sorted({r.trigger for r in RULES})))
def test_generated_matcher_matches_each_condition_alone(state_local, attrs, trigger):
    state, local = state_local
    rules = [rule for rule in RULES if rule.trigger == trigger]
    values = build_context(trigger)(attrs, state, local)
    expected = [i for i, rule in enumerate(rules) if compile_condition(rule.condition)(values)]
    assert build_matcher(trigger, [rule.condition for rule in rules])(attrs, state, local) == expected


def _condition_by_condition(rule_set):
    """Matchers that evaluate each rule's condition alone on the flat context: the slow way."""
    matchers = {}
    for trigger in {rule.trigger for rule in rule_set.rules}:
        conditions = [compile_condition(r.condition) for r in rule_set.rules if r.trigger == trigger]
        values = build_context(trigger)

        def match(attrs, state, local, conditions=conditions, values=values):
            flat = values(attrs, state, local)
            return [index for index, condition in enumerate(conditions) if condition(flat)]

        matchers[trigger] = match
    return matchers


def test_generated_scorers_award_exactly_what_rule_by_rule_evaluation_awards():
    rule_set = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=1)
    events = synthetic.events(40, 60)
    teams = synthetic.teams_for(40)
    inline = replay(events, RuleBook([rule_set]), teams)
    external = replay(events, RuleBook([rule_set], matchers=_condition_by_condition(rule_set)), teams)
    assert inline.awards == external.awards and len(inline.awards) > 1000


def test_only_plain_literals_are_written_into_scorer_source():
    odd = PointRule("odd", "Odd", "share", 1, caps=(Cap("day", 5),))
    build_scorer("share", [odd], 1, lambda *_: "")  # ints and strings are fine
    with pytest.raises(TypeError, match="only ints, floats and strings"):
        build_scorer("share", [odd], object(), lambda *_: "")
