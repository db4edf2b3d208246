"""Properties that must hold for any events: determinism, idempotence, caps, order, sums."""

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from gamification import Cap, Diminishing, PointRule, RuleBook, replay
from tests.gamification.helpers import MONDAY_NOON, rules, share

BOOK = RuleBook(
    [
        rules(
            PointRule(
                "base", "Shared", "share", 10, caps=(Cap("day", 35),), diminishing=Diminishing("day", 3, 0.5)
            ),
            PointRule("li", "LinkedIn", "share", 5, 'network == "linkedin"', min_interval_seconds=3600),
            PointRule("first", "First today", "share", 3, "shares_today == 1"),
            overall_caps=(Cap("day", 40),),
        )
    ]
)

event_specs = st.lists(
    st.tuples(
        st.integers(1, 4),
        st.integers(0, 3 * 24 * 60),
        st.sampled_from(["linkedin", "x", "email"]),
        st.integers(1, 3),
    ),
    max_size=60,
)


def _events(specs):
    return [
        share(n, advocate=a, at=MONDAY_NOON + timedelta(minutes=m), network=net, content_id=c)
        for n, (a, m, net, c) in enumerate(specs)
    ]


@settings(max_examples=60, deadline=None)
@given(event_specs)
def test_replay_is_deterministic(specs):
    events = _events(specs)
    assert replay(events, BOOK).awards == replay(events, BOOK).awards


@settings(max_examples=60, deadline=None)
@given(event_specs)
def test_an_event_id_processed_twice_awards_once(specs):
    events = _events(specs)
    assert replay(events + events, BOOK).totals == replay(events, BOOK).totals


@settings(max_examples=60, deadline=None)
@given(event_specs)
def test_caps_are_never_exceeded(specs):
    per_day_rule: dict = {}
    per_day: dict = {}
    result = replay(_events(specs), BOOK)
    by_event = {e.id: e for e in _events(specs)}
    for award in result.awards:
        day = by_event[award.event_id].occurred_at.date()
        per_day_rule[(award.advocate_id, day, award.rule_id)] = (
            per_day_rule.get((award.advocate_id, day, award.rule_id), 0) + award.points
        )
        per_day[(award.advocate_id, day)] = per_day.get((award.advocate_id, day), 0) + award.points
    assert all(points <= 35 for (_, _, rule), points in per_day_rule.items() if rule == "base")
    assert all(points <= 40 for points in per_day.values())


@settings(max_examples=60, deadline=None)
@given(event_specs, st.randoms(use_true_random=False))
def test_reordering_events_with_equal_timestamps_does_not_change_totals(specs, rng):
    events = _events(specs)
    shuffled = events[:]
    rng.shuffle(shuffled)
    assert replay(shuffled, BOOK).totals == replay(events, BOOK).totals


@settings(max_examples=60, deadline=None)
@given(event_specs)
def test_the_sum_of_awards_equals_every_advocates_materialized_points(specs):
    result = replay(_events(specs), BOOK)
    for advocate, state in result.states.items():
        ledger = sum(a.points for a in result.awards if a.advocate_id == advocate)
        assert ledger == state.lifetime_points == result.totals.get(advocate, 0)
