"""The generated per-trigger matcher agrees with evaluating each condition on its own."""

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from gamification import AdvocateState, compile_condition, demo_rule_set
from gamification.clock import LocalClock
from gamification.matcher import build_context, build_matcher

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
