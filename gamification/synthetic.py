"""A deterministic synthetic programme (advocates, teams, a year of events) for golden tests and
benchmarks. Seeded, so the same arguments always give the same events."""

import random
from datetime import UTC, datetime, timedelta

from gamification.events import Event, Primitive

NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")
TAGS = (("launch",), ("careers",), ("sustainability",), ("culture",), ("launch", "customers"), ())
START = datetime(2026, 1, 1, tzinfo=UTC)


def teams_for(advocates: int, teams: int = 8) -> dict[int, int]:
    return {advocate: advocate % teams + 1 for advocate in range(1, advocates + 1)}


def events(advocates: int, per_advocate: int, days: int = 365, seed: int = 2026) -> list[Event]:
    """About `per_advocate` events each, mostly shares and clicks, in time order."""
    rng = random.Random(seed)
    out: list[Event] = []
    for advocate in range(1, advocates + 1):
        activity = rng.choice((0.3, 0.6, 1.0, 1.0, 1.6, 2.5))
        for n in range(int(per_advocate * activity)):
            out.append(_event(rng, advocate, n, days))
    out.sort(key=lambda event: event.sort_key)
    return out


def _event(rng: random.Random, advocate: int, n: int, days: int) -> Event:
    at = START + timedelta(seconds=rng.randrange(days * 86_400))
    roll = rng.random()
    kind = (
        "share"
        if roll < 0.45
        else "click"
        if roll < 0.9
        else "content_opened"
        if roll < 0.97
        else (rng.choice(("quiz_passed", "suggestion_approved", "kudos", "guidelines_acknowledged")))
    )
    attributes: dict[str, Primitive] = {"content_id": rng.randrange(1, 400), "tags": rng.choice(TAGS)}
    if kind == "share":
        attributes["network"] = rng.choices(NETWORKS, (6, 3, 2, 2, 1))[0]
    if kind == "click":
        attributes["own"] = rng.random() < 0.03
    if kind == "quiz_passed":
        attributes["quiz_score"] = rng.choice((70, 85, 100))
    if kind == "kudos":
        attributes["kudos_points"] = rng.choice((10, 20, 50))
    return Event(f"{kind}:{advocate}:{n}", kind, advocate, at, attributes)
