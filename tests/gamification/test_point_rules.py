"""Point rules: triggers, conditions over event fields and aggregates, explanations."""

from datetime import UTC, datetime

from gamification import Event, PointRule
from tests.gamification.helpers import MONDAY_NOON, minutes, rules, run, share


def test_rules_fire_on_their_trigger_and_condition_only():
    rule_set = rules(
        PointRule("base", "Shared content", "share", 10),
        PointRule("li", "LinkedIn bonus", "share", 5, 'network == "linkedin"'),
        PointRule("click", "Click", "click", 2),
    )
    _, outcomes = run(
        rule_set, [share(0, network="linkedin"), share(1, network="x", at=MONDAY_NOON + minutes(1))]
    )
    assert [a.explanation for a in outcomes[0].awards] == ["+10: Shared content", "+5: LinkedIn bonus"]
    assert [a.rule_id for a in outcomes[1].awards] == ["base"]


def test_awards_name_event_rule_and_version():
    award = run(rules(PointRule("base", "Shared", "share", 10), version=4), [share(9)])[1][0].awards[0]
    assert (award.advocate_id, award.event_id, award.rule_id, award.rule_version) == (
        7,
        "share:7:9",
        "base",
        4,
    )


def test_aggregates_count_the_event_being_scored():
    rule_set = rules(PointRule("first", "First share today", "share", 5, "shares_today == 1"))
    _, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(3)])
    assert [o.points for o in outcomes] == [5, 0, 0]


def test_local_hour_and_weekday_follow_the_organisations_timezone():
    early = PointRule("early", "Early bird", "share", 3, "hour < 9 and weekday == 1")
    # 23:30 UTC on Sunday is 08:30 on Monday in Tokyo.
    sunday_night = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    assert run(rules(early, timezone="Asia/Tokyo"), [share(at=sunday_night)])[1][0].points == 3
    assert run(rules(early, timezone="UTC"), [share(at=sunday_night)])[1][0].points == 0


def test_daily_counters_reset_at_local_midnight():
    rule_set = rules(
        PointRule("first", "First today", "share", 5, "shares_today == 1"), timezone="America/New_York"
    )
    before = datetime(2026, 11, 3, 4, 50, tzinfo=UTC)  # 23:50 in New York
    after = datetime(2026, 11, 3, 5, 10, tzinfo=UTC)  # 00:10 the next day there
    assert [o.points for o in run(rule_set, [share(0, at=before), share(1, at=after)])[1]] == [5, 5]


def test_no_points_for_your_own_content_or_links():
    rule_set = rules(PointRule("click", "Click", "click", 2))
    own = Event("click:1", "click", 7, MONDAY_NOON, {"own": True})
    other = Event("click:2", "click", 7, MONDAY_NOON, {"own": False})
    assert [o.points for o in run(rule_set, [own, other])[1]] == [0, 2]


def test_kudos_award_the_points_they_carry():
    rule_set = rules(PointRule("kudos", "Kudos", "kudos", 0, points_from="kudos_points"))
    kudos = Event("kudos:1", "kudos", 7, MONDAY_NOON, {"kudos_points": 25})
    assert run(rule_set, [kudos])[1][0].awards[0].explanation == "+25: Kudos"


def test_negative_rules_explain_themselves_without_a_plus():
    rule_set = rules(PointRule("penalty", "Deleted share", "share", -5))
    assert run(rule_set, [share()])[1][0].awards[0].explanation == "-5: Deleted share"


def test_the_same_event_id_twice_awards_once():
    state, outcomes = run(rules(PointRule("base", "Shared", "share", 10)), [share(1), share(1)])
    assert [o.points for o in outcomes] == [10, 0]
    assert outcomes[1].duplicate
    assert state.lifetime_points == 10 and state.totals["shares_total"] == 1
