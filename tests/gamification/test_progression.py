"""Badges with tiers, levels and streaks."""

from datetime import timedelta

from gamification import Badge, Event, Level, PointRule, StreakPolicy, level_progress
from gamification.badges import assertion
from tests.gamification.helpers import MONDAY_NOON, minutes, rules, run, share

SHARER = Badge("sharer", "Sharer", "Share company content", "shares_total", (2, 4, 6))


def test_badge_tiers_are_earned_once_each():
    rule_set = rules(PointRule("base", "Shared", "share", 1), badges=(SHARER,))
    state, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(7)])
    earned = [(b.badge_id, b.tier_name) for o in outcomes for b in o.badges]
    assert earned == [("sharer", "bronze"), ("sharer", "silver"), ("sharer", "gold")]
    assert state.badges == {"sharer": 3}


def test_badge_progress_toward_the_next_tier():
    assert SHARER.progress(3) == {
        "badge": "sharer",
        "tier": 1,
        "tier_name": "bronze",
        "value": 3,
        "next_threshold": 4,
        "progress": 0.5,
    }
    assert SHARER.progress(9)["next_threshold"] is None
    assert SHARER.progress(0)["tier_name"] is None


def test_a_held_tier_stays_when_the_rules_now_ask_more():
    held = SHARER.progress(3, held=2)
    assert (held["tier_name"], held["next_threshold"], held["progress"]) == ("silver", 6, 0.0)


def test_repeatable_badges_are_earned_at_every_multiple():
    regular = Badge("regular", "Regular", "Every 2 shares", "shares_total", (2,), repeatable=True)
    rule_set = rules(PointRule("base", "Shared", "share", 1), badges=(regular,))
    _, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(5)])
    assert [b.tier_name for o in outcomes for b in o.badges] == ["x1", "x2"]


def test_badges_map_onto_open_badges_3():
    credential = assertion(
        SHARER,
        2,
        "mailto:ada@example.test",
        "2026-11-02T12:00:00Z",
        ["https://amplify.example/ledger/1"],
        "https://amplify.example",
    )
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["id"] == "https://amplify.example/badges/sharer"
    assert achievement["criteria"]["narrative"] == "Share company content"
    assert credential["credentialSubject"]["result"][0]["value"] == "silver"
    assert credential["validFrom"] == "2026-11-02T12:00:00Z"
    assert credential["evidence"][0]["id"].endswith("/ledger/1")


def test_levels_rise_with_lifetime_points():
    levels = (Level("Newcomer", 0), Level("Contributor", 20), Level("Advocate", 40))
    rule_set = rules(PointRule("base", "Shared", "share", 10), levels=levels)
    _, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(4)])
    # Everyone starts as a Newcomer (0 points): the first points are no level-up.
    assert [o.level for o in outcomes] == [None, "Contributor", None, "Advocate"]
    assert level_progress(levels, 30) == {
        "level": "Contributor",
        "next_level": "Advocate",
        "points": 30,
        "next_threshold": 40,
        "progress": 0.5,
    }


def test_a_first_level_above_zero_points_is_a_level_up_when_reached():
    levels = (Level("Bronze", 15), Level("Silver", 30))
    rule_set = rules(PointRule("base", "Shared", "share", 10), levels=levels)
    _, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + minutes(n)) for n in range(3)])
    assert [o.level for o in outcomes] == [None, "Bronze", "Silver"]


def test_daily_streak_with_a_grace_day():
    rule_set = rules(PointRule("base", "Shared", "share", 1), streak=StreakPolicy("day", grace=1))
    days = [0, 1, 3, 4, 7]  # day 2 is forgiven; days 5 and 6 are one too many
    state, outcomes = run(
        rule_set, [share(n, at=MONDAY_NOON + timedelta(days=d)) for n, d in enumerate(days)]
    )
    assert [o.streak for o in outcomes] == [1, 2, 3, 4, 1]
    assert state.streak_length == 1


def test_weekly_streaks_count_weeks_not_days():
    rule_set = rules(PointRule("base", "Shared", "share", 1), streak=StreakPolicy("week"))
    days = [0, 2, 7, 14, 28]
    _, outcomes = run(rule_set, [share(n, at=MONDAY_NOON + timedelta(days=d)) for n, d in enumerate(days)])
    assert [o.streak for o in outcomes] == [1, None, 2, 3, 1]


def test_only_configured_events_count_toward_streaks():
    rule_set = rules(PointRule("base", "Shared", "share", 1))
    click = Event("click:1", "click", 7, MONDAY_NOON, {})
    assert run(rule_set, [click])[0].streak_length == 0


def test_a_state_from_a_version_with_more_levels_scores_under_one_with_fewer():
    many = rules(
        PointRule("base", "Shared", "share", 50), levels=tuple(Level(f"L{n}", n * 10) for n in range(6))
    )
    state, _ = run(many, [share(0)])
    assert state.level == 5
    fewer = rules(
        PointRule("base", "Shared", "share", 1), levels=(Level("Newcomer", 0), Level("Regular", 20))
    )
    _, outcomes = run(fewer, [share(1)], state=state)
    assert (state.level, outcomes[0].level) == (1, "Regular")
    _, outcomes = run(rules(PointRule("base", "Shared", "share", 1)), [share(2)], state=state)
    assert state.level == -1 and outcomes[0].awards
