"""Versioned rule sets, team challenges, deterministic replay and what-if simulation."""

from datetime import timedelta

from gamification import PointRule, RuleBook, TeamChallenge, replay, simulate
from tests.gamification.helpers import MONDAY_NOON, minutes, rules, share


def test_each_event_is_scored_by_the_version_in_force_at_its_time():
    v1 = rules(PointRule("base", "Shared", "share", 10), version=1)
    v2 = rules(PointRule("base", "Shared", "share", 20), version=2, effective_from=MONDAY_NOON)
    events = [share(0, at=MONDAY_NOON - minutes(1)), share(1, at=MONDAY_NOON)]
    awards = replay(events, RuleBook([v2, v1])).awards
    assert [(a.points, a.rule_version) for a in awards] == [(10, 1), (20, 2)]


def test_a_team_challenge_rewards_every_member_once_when_met():
    goal = TeamChallenge(
        "sales-3",
        "Sales shares 3 times",
        1,
        "share",
        3,
        MONDAY_NOON - timedelta(days=1),
        MONDAY_NOON + timedelta(days=1),
        50,
    )
    book = RuleBook([rules(PointRule("base", "Shared", "share", 1), challenges=(goal,))])
    teams = {1: 1, 2: 1, 3: 1, 4: 2}
    events = [share(n, advocate=1 + n % 2, at=MONDAY_NOON + minutes(n)) for n in range(5)]
    events.append(share(9, advocate=4, at=MONDAY_NOON))
    result = replay(events, book, teams)
    rewards = [(a.advocate_id, a.points) for a in result.awards if a.rule_id == "sales-3"]
    assert rewards == [(1, 50), (2, 50), (3, 50)]
    assert result.states[3].lifetime_points == 50
    reward = next(a for a in result.awards if a.rule_id == "sales-3")
    assert reward.explanation == "+50: Sales shares 3 times (team goal met)"


def test_replay_recomputes_exactly_whatever_the_input_order():
    book = RuleBook(
        [
            rules(
                PointRule("base", "Shared", "share", 10),
                PointRule("first", "First today", "share", 5, "shares_today == 1"),
            )
        ]
    )
    events = [share(n, advocate=1 + n % 3, at=MONDAY_NOON + minutes(n // 2)) for n in range(12)]
    forward, backward = replay(events, book), replay(list(reversed(events)), book)
    assert forward.awards == backward.awards
    assert dict(forward.totals) == dict(backward.totals)


def test_what_if_shows_before_after_and_programme_health_without_writing():
    current = RuleBook([rules(PointRule("base", "Shared", "share", 10))])
    draft = RuleBook(
        [
            rules(
                PointRule("base", "Shared", "share", 10),
                PointRule("x", "X bonus", "share", 5, 'network == "x"'),
            )
        ]
    )
    events = [
        share(0, advocate=1, network="x"),
        share(1, advocate=2, network="linkedin"),
        share(2, advocate=1, network="x", at=MONDAY_NOON - timedelta(days=9)),
    ]
    report = simulate(
        events,
        current,
        draft,
        advocates=[1, 2, 3],
        start=MONDAY_NOON - timedelta(days=1),
        end=MONDAY_NOON + timedelta(days=1),
    )
    assert report["before"]["total_points"] == 20 and report["after"]["total_points"] == 25
    assert report["after"]["leaderboard"][0] == {"rank": 1, "advocate_id": 1, "points": 15}
    assert report["changes"] == [{"advocate_id": 1, "before": 10, "after": 15, "change": 5}]
    assert report["after"]["participation_rate"] == round(2 / 3, 4)
    assert report["after"]["top_10_percent_share"] == round(15 / 25, 4)


def test_a_challenge_reward_lands_between_the_member_events_around_it():
    goal = TeamChallenge(
        "pair", "Pair shares twice", 1, "share", 2, MONDAY_NOON, MONDAY_NOON + minutes(60), 50
    )
    newcomer = PointRule("newcomer", "Newcomer bonus", "share", 5, "lifetime_points < 50")
    book = RuleBook([rules(PointRule("base", "Shared", "share", 1), newcomer, challenges=(goal,))])
    events = [
        share(1, advocate=2, at=MONDAY_NOON + minutes(1)),
        share(2, advocate=1, at=MONDAY_NOON + minutes(2)),  # the team's second share meets the goal
        share(3, advocate=2, at=MONDAY_NOON + minutes(3)),
        share(4, advocate=2, at=MONDAY_NOON + minutes(2)),  # same minute as the goal, later id
    ]
    result = replay(events, book, {1: 1, 2: 1})
    member = [(a.event_id, a.rule_id) for a in result.awards if a.advocate_id == 2]
    assert member == [
        ("share:2:1", "base"),
        ("share:2:1", "newcomer"),
        ("challenge:pair", "pair"),
        ("share:2:4", "base"),
        ("share:2:3", "base"),
    ]


def test_a_repeated_event_counts_once_toward_a_challenge():
    goal = TeamChallenge(
        "pair", "Pair shares twice", 1, "share", 2, MONDAY_NOON, MONDAY_NOON + minutes(60), 50
    )
    book = RuleBook([rules(PointRule("base", "Shared", "share", 1), challenges=(goal,))])
    twice = [share(1, advocate=1, at=MONDAY_NOON), share(1, advocate=1, at=MONDAY_NOON)]
    assert not [a for a in replay(twice, book, {1: 1, 2: 1}).awards if a.rule_id == "pair"]
