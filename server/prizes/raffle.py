"""The raffle: a weighted draw that anyone can re-run from the published seed.

Each candidate holds tickets (their month's points, capped per person). The draw orders every
candidate once: with `random.Random(f"{seed}:{prize_id}")`, candidates taken by ascending user
id each get the key `rng.random() ** (1 / tickets)` (Efraimidis and Spirakis' weighted sampling
without replacement), and the highest key comes first. Winners are the first eligible people in
that order, so excluding a winner moves the next person up without reshuffling anyone else.

To check a draw by hand, in Python:

    import random
    rng = random.Random(f"{seed}:{prize_id}")
    keys = {user: rng.random() ** (1 / n) for user, n in sorted(tickets.items())}
    order = sorted(keys, key=lambda user: (-keys[user], user))
"""

import random


def tickets_for(points: int, cap: int) -> int:
    return max(0, min(points, cap))


def draw_order(seed: str, prize_id: int, tickets: dict[int, int]) -> list[int]:
    """Every candidate with at least one ticket, in the order the draw picks them."""
    rng = random.Random(f"{seed}:{prize_id}")
    keys = {user: rng.random() ** (1 / count) for user, count in sorted(tickets.items()) if count > 0}
    return sorted(keys, key=lambda user: (-keys[user], user))
