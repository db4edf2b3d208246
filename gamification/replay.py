"""Deterministic replay: recompute every award from events, and preview a draft rule set."""

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter

from gamification.book import RuleBook
from gamification.events import Event
from gamification.outcome import Award
from gamification.state import AdvocateState


@dataclass
class Replay:
    states: dict[int, AdvocateState] = field(default_factory=dict)
    awards: list[Award] = field(default_factory=list)
    totals: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    team_progress: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    events: int = 0


def replay(
    events: Iterable[Event],
    book: RuleBook,
    teams: Mapping[int, int | None] | None = None,
    since: datetime | None = None,
    keep_awards: bool = True,
) -> Replay:
    """Score `events` in (time, id) order from empty state; totals count awards from `since` on."""
    teams = teams or {}
    rosters = _rosters(teams)
    result = Replay()
    states, totals = result.states, result.totals
    for event in sorted(events, key=attrgetter("occurred_at", "id")):
        engine = book.engine_at(event.occurred_at)
        state = states.get(event.advocate_id)
        if state is None:
            state = result.states[event.advocate_id] = AdvocateState(
                event.advocate_id, teams.get(event.advocate_id)
            )
        awards = engine.apply(state, event).awards
        if state.team_id in engine.challenge_teams:
            awards += tuple(_challenge_awards(engine, result, state, event, rosters))
        result.events += 1
        if since is None or event.occurred_at >= since:
            for award in awards:
                totals[award.advocate_id] += award.points
        if keep_awards:
            result.awards.extend(awards)
    return result


def _rosters(teams: Mapping[int, int | None]) -> dict[int, list[int]]:
    rosters: dict[int, list[int]] = defaultdict(list)
    for advocate, team in sorted(teams.items()):
        if team is not None:
            rosters[team].append(advocate)
    return rosters


def _challenge_awards(engine, result: Replay, state, event: Event, rosters) -> list[Award]:
    """Count the event toward team challenges; reward every member once when one is met."""
    awards = []
    for challenge in engine.rules.challenges:
        if not challenge.counts(state.team_id, event.type, event.occurred_at):
            continue
        result.team_progress[challenge.id] += 1
        if result.team_progress[challenge.id] != challenge.target:
            continue
        for member in rosters.get(challenge.team_id, ()):
            member_state = result.states.setdefault(member, AdvocateState(member, challenge.team_id))
            award = Award(
                member,
                f"challenge:{challenge.id}",
                challenge.id,
                engine.rules.version,
                challenge.reward_points,
                challenge.name,
                " (team goal met)",
            )
            awards.extend(engine.credit(member_state, award).awards)
    return awards


def simulate(
    events: list[Event],
    current: RuleBook,
    draft: RuleBook,
    advocates: Iterable[int],
    start: datetime,
    end: datetime,
    teams: Mapping[int, int | None] | None = None,
) -> dict:
    """Compare the current rules with a draft over [start, end) without writing anything."""
    window = [event for event in events if event.occurred_at < end]
    before = replay(window, current, teams, since=start, keep_awards=False).totals
    after = replay(window, draft, teams, since=start, keep_awards=False).totals
    people = sorted(set(advocates) | set(before) | set(after))
    return {
        "before": _summary(before, people),
        "after": _summary(after, people),
        "changes": [
            {
                "advocate_id": a,
                "before": before.get(a, 0),
                "after": after.get(a, 0),
                "change": after.get(a, 0) - before.get(a, 0),
            }
            for a in people
            if before.get(a, 0) != after.get(a, 0)
        ],
    }


def _summary(totals: Mapping[int, int], people: list[int]) -> dict:
    ranked = sorted(((totals.get(a, 0), a) for a in people), key=lambda pair: (-pair[0], pair[1]))
    total = sum(points for points, _ in ranked)
    top = ranked[: max(1, math.ceil(len(ranked) * 0.1))] if ranked else []
    return {
        "total_points": total,
        "top_10_percent_share": round(sum(p for p, _ in top) / total, 4) if total else 0.0,
        "participation_rate": round(sum(1 for p, _ in ranked if p > 0) / len(ranked), 4) if ranked else 0.0,
        "leaderboard": _ranks(ranked),
    }


def _ranks(ranked: list[tuple[int, int]]) -> list[dict]:
    board, rank, previous = [], 0, None
    for position, (points, advocate) in enumerate(ranked, start=1):
        if points != previous:
            rank, previous = position, points
        board.append({"rank": rank, "advocate_id": advocate, "points": points})
    return board


class Retroactive:
    """A rule book whose newest version also scores events in [start, end): re-scoring a range."""

    def __init__(self, book: RuleBook, start: datetime, end: datetime):
        self.book, self.start, self.end = book, start, end

    def engine_at(self, moment: datetime):
        return self.book.latest if self.start <= moment < self.end else self.book.engine_at(moment)
