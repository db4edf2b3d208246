"""Choosing winners, without the database: the raffle is reproducible from its seed, tickets are
capped per person, eligibility holds, and an exclusion only moves the next person up."""

import random

from server.prizes.raffle import draw_order
from server.prizes.selection import Entry, Rules, choose

SEED = "5eed5eed5eed5eed"


def entry(user_id, points, active_days=5, team_id=1):
    return Entry(user_id, team_id, points, 0, active_days, None)


def raffle(quantity=2, cap=1000, min_points=1, min_days=0, prize_id=7):
    return Rules(prize_id, "raffle", quantity, min_points, min_days, cap, False)


POOL = [entry(1, 10), entry(2, 200), entry(3, 50), entry(4, 1), entry(5, 0), entry(6, 90, active_days=1)]


def test_a_fixed_seed_gives_fixed_winners():
    assert choose(raffle(quantity=3), POOL, SEED, set(), set()).winners == [(2, 200), (6, 90), (3, 50)]
    assert choose(raffle(quantity=3), POOL, SEED, set(), set()).winners == [(2, 200), (6, 90), (3, 50)]
    assert choose(raffle(quantity=3), POOL, "another seed", set(), set()).winners != [
        (2, 200),
        (6, 90),
        (3, 50),
    ]


def test_anyone_can_rerun_the_draw_with_the_published_recipe():
    tickets = {e.user_id: e.points for e in POOL if e.points}
    rng = random.Random(f"{SEED}:7")  # the recipe in server/prizes/raffle.py's docstring
    keys = {user: rng.random() ** (1 / n) for user, n in sorted(tickets.items())}
    assert sorted(keys, key=lambda user: (-keys[user], user)) == draw_order(SEED, 7, tickets)


def test_tickets_are_capped_per_person():
    heavy, light = entry(1, 1000), entry(2, 10)
    wins_capped = sum(
        choose(raffle(1, cap=10), [heavy, light], str(s), set(), set()).winners[0][0] == 1
        for s in range(2000)
    )
    wins_uncapped = sum(
        choose(raffle(1), [heavy, light], str(s), set(), set()).winners[0][0] == 1 for s in range(2000)
    )
    assert 850 < wins_capped < 1150  # ten tickets each: a coin toss
    assert wins_uncapped > 1900  # a hundred to one
    assert choose(raffle(1, cap=10), [heavy], SEED, set(), set()).winners == [(1, 10)]


def test_eligibility_and_zero_points_hold_in_the_draw():
    chosen = choose(raffle(quantity=6, min_points=20, min_days=2), POOL, SEED, set(), set())
    assert sorted(user for user, _ in chosen.winners) == [
        2,
        3,
    ]  # 6 has one active day, 1 and 4 too few points
    assert chosen.eligible == 2


def test_an_exclusion_moves_the_next_person_up_and_reshuffles_nobody():
    before = [user for user, _ in choose(raffle(quantity=3), POOL, SEED, set(), set()).winners]
    after = [user for user, _ in choose(raffle(quantity=3), POOL, SEED, {before[0]}, set()).winners]
    assert after[:2] == before[1:] and after[2] not in before


def test_earlier_winners_are_passed_over_unless_repeats_are_allowed():
    top = Rules(1, "top", 2, 1, 0, 100, False)
    assert choose(top, POOL, SEED, set(), {2}).winners == [(6, 90), (3, 50)]
    repeat = Rules(1, "top", 2, 1, 0, 100, True)
    assert choose(repeat, POOL, SEED, set(), {2}).winners == [(2, 200), (6, 90)]


def test_ties_on_the_board_go_to_whoever_reached_the_score_first():
    from datetime import datetime

    early, late = datetime(2026, 10, 3), datetime(2026, 10, 9)
    pool = [Entry(1, 1, 40, 0, 1, late), Entry(2, 1, 40, 0, 1, early)]
    assert choose(Rules(1, "top", 1, 1, 0, 100, False), pool, SEED, set(), set()).winners == [(2, 40)]
