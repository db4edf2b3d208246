"""Anti-gaming and shaping: caps, minimum intervals, diminishing returns, multipliers."""

from datetime import UTC, datetime, timedelta

from gamification import Campaign, Cap, Diminishing, PointRule
from tests.gamification.helpers import MONDAY_NOON, minutes, rules, run, share


def _points(rule_set, events):
    return [o.points for o in run(rule_set, events)[1]]


def test_a_rule_cap_clips_the_last_award_and_says_so():
    rule_set = rules(PointRule("base", "Shared", "share", 10, caps=(Cap("day", 25),)))
    _state, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(4)])
    assert [o.points for o in outcomes] == [10, 10, 5, 0]
    assert outcomes[2].awards[0].explanation == "+5: Shared (capped)"


def test_caps_start_again_in_the_next_window():
    rule_set = rules(PointRule("base", "Shared", "share", 10, caps=(Cap("day", 10),)))
    tomorrow = MONDAY_NOON + timedelta(days=1)
    assert _points(rule_set, [share(0), share(1, at=MONDAY_NOON + minutes(1)), share(2, at=tomorrow)]) == [
        10,
        0,
        10,
    ]


def test_the_overall_cap_spans_all_rules():
    rule_set = rules(
        PointRule("a", "A", "share", 10), PointRule("b", "B", "share", 10), overall_caps=(Cap("week", 30),)
    )
    assert _points(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(3)]) == [20, 10, 0]


def test_minimum_interval_between_identical_actions_on_the_same_content():
    rule_set = rules(PointRule("li", "LinkedIn", "share", 5, min_interval_seconds=3600))
    events = [
        share(0, content_id=1),
        share(1, content_id=1, at=MONDAY_NOON + minutes(30)),
        share(2, content_id=2, at=MONDAY_NOON + minutes(31)),
        share(3, content_id=1, at=MONDAY_NOON + minutes(61)),
    ]
    assert _points(rule_set, events) == [5, 0, 5, 5]


def test_diminishing_returns_after_a_number_of_awards():
    rule_set = rules(PointRule("base", "Shared", "share", 8, diminishing=Diminishing("day", 2, 0.5)))
    _state, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(5)])
    assert [o.points for o in outcomes] == [8, 8, 4, 2, 1]
    assert outcomes[2].awards[0].explanation == "+4: Shared diminishing, x0.5"


def test_campaign_multiplies_tagged_content_inside_its_window_only():
    launch = Campaign(
        "launch",
        "Product Launch",
        MONDAY_NOON - timedelta(days=1),
        MONDAY_NOON + timedelta(days=1),
        1.5,
        ("launch",),
    )
    rule_set = rules(PointRule("li", "LinkedIn share", "share", 10), campaigns=(launch,))
    _state, outcomes = run(
        rule_set,
        [
            share(0, tags=("launch",)),
            share(1, tags=("culture",), at=MONDAY_NOON + minutes(1)),
            share(2, tags=("launch",), at=MONDAY_NOON + timedelta(days=2)),
        ],
    )
    assert [o.points for o in outcomes] == [15, 10, 10]
    assert outcomes[0].awards[0].explanation == "+15: LinkedIn share during Product Launch, x1.5"


def test_network_multipliers():
    rule_set = rules(PointRule("base", "Shared", "share", 10), network_multipliers=(("whatsapp", 0.5),))
    assert _points(rule_set, [share(0, network="whatsapp"), share(1, network="x")]) == [5, 10]


def test_weekly_cap_follows_iso_weeks_in_local_time():
    rule_set = rules(PointRule("base", "Shared", "share", 10, caps=(Cap("week", 10),)))
    sunday = datetime(2026, 11, 8, 20, 0, tzinfo=UTC)
    next_monday = datetime(2026, 11, 9, 8, 0, tzinfo=UTC)
    assert _points(rule_set, [share(0), share(1, at=sunday), share(2, at=next_monday)]) == [10, 0, 10]
