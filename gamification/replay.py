"""Deterministic replay: recompute every award from events, and preview a draft rule set."""

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter, eq
from typing import Any

from gamification.applier import Applier
from gamification.book import Book, RuleBook
from gamification.engine import Engine
from gamification.events import Event
from gamification.outcome import Award
from gamification.state import AdvocateState

_TIME_ID = attrgetter("occurred_at", "id")
_EPOCH = attrgetter("epoch")
# A team challenge's reward to one member: the (time, id) of the event that met the goal, the
# engine in force then, and the award.
Credit = tuple[tuple[datetime, str], Engine, Award]


@dataclass
class Replay:
    states: dict[int, AdvocateState] = field(default_factory=dict)
    awards: list[Award] = field(default_factory=list)
    totals: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    team_progress: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    events: int = 0


def replay(
    events: Iterable[Event],
    book: Book,
    teams: Mapping[int, int | None] | None = None,
    since: datetime | None = None,
    keep_awards: bool = True,
) -> Replay:
    """Score `events` from empty state as if in (time, id) order; totals count awards from `since` on.

    An advocate's state depends only on their own events and the team challenges they share, so
    each advocate's events are scored together (their state stays in the CPU cache), and challenge
    rewards, found first in one pass over the teams' events in time order, are slotted into each
    member's stream where the event that met the goal falls. Awards come grouped by advocate.
    """
    teams = teams or {}
    result = Replay()
    streams = _streams(events)
    result.events = sum(len(stream) for stream in streams.values())
    credits = _challenge_credits(streams, book, teams)
    for advocate in sorted(streams):
        state = result.states[advocate] = AdvocateState(advocate, teams.get(advocate))
        _score_stream(result, book, state, streams[advocate], credits.pop(advocate, []), since, keep_awards)
    for advocate, pending in sorted(credits.items()):  # members rewarded without events of their own
        state = result.states[advocate] = AdvocateState(advocate, teams.get(advocate))
        _score_stream(result, book, state, (), pending, since, keep_awards)
    return result


def _streams(events: Iterable[Event]) -> dict[int, list[Event]]:
    """Each advocate's events in (time, id) order. Sorting many short lists is faster than
    sorting one long one by (advocate, time, id)."""
    streams: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        streams[event.advocate_id].append(event)
    for stream in streams.values():
        # A float key sorts faster than a (datetime, id) tuple, and gives the same order unless
        # two events share an instant: distinct microseconds are distinct floats in this era.
        stream.sort(key=_EPOCH)
        epochs = [event.epoch for event in stream]
        if any(map(eq, epochs, epochs[1:])):
            stream.sort(key=_TIME_ID)
    return streams


def _score_stream(
    result: Replay,
    book: Book,
    state: AdvocateState,
    stream: Sequence[Event],
    pending: list[Credit],
    since: datetime | None,
    keep_awards: bool,
) -> None:
    """One advocate's events in time order, with their challenge rewards slotted in."""
    if book.only_engine and not pending:
        _score_plain_stream(result, book.only_engine.appliers, state, stream, since, keep_awards)
        return
    totals, awards_out, advocate = result.totals, result.awards, state.advocate_id
    for event in stream:
        while pending and pending[0][0] < (event.occurred_at, event.id):
            _credit(result, state, pending.pop(0), since, keep_awards)
        outcome = book.engine_at(event.occurred_at).appliers[event.type](state, event)
        if outcome.awards:
            if since is None or event.occurred_at >= since:
                totals[advocate] += outcome.points
            if keep_awards:
                awards_out.extend(outcome.awards)
    for credit in pending:
        _credit(result, state, credit, since, keep_awards)


def _score_plain_stream(
    result: Replay,
    appliers: Mapping[str, Applier],
    state: AdvocateState,
    stream: Sequence[Event],
    since: datetime | None,
    keep_awards: bool,
) -> None:
    """The common case, kept tight: one rule-set version and no challenge rewards to slot in."""
    points, awarded, awards_out = 0, False, result.awards
    for event in stream:
        outcome = appliers[event.type](state, event)
        if outcome.awards:
            awarded = True
            if since is None or event.occurred_at >= since:
                points += outcome.points
            if keep_awards:
                awards_out.extend(outcome.awards)
    if awarded:
        result.totals[state.advocate_id] += points


def _credit(
    result: Replay, state: AdvocateState, credit: Credit, since: datetime | None, keep_awards: bool
) -> None:
    (moment, _), engine, award = credit
    awards = engine.credit(state, award).awards
    if since is None or moment >= since:
        result.totals[state.advocate_id] += award.points
    if keep_awards:
        result.awards.extend(awards)


def _challenge_credits(
    streams: dict[int, list[Event]], book: Book, teams: Mapping[int, int | None]
) -> dict[int, list[Credit]]:
    """Walk the events of teams with a challenge in time order, once; when a challenge is met,
    every member gets a credit keyed by the (time, id) of the event that met it."""
    challenge_teams = set().union(*(engine.challenge_teams for engine in book.engines))
    if not challenge_teams:
        return {}
    first: dict[tuple[int, str], Event] = {}  # a repeated event id counts once, like everywhere else
    for advocate, stream in streams.items():
        if teams.get(advocate) in challenge_teams:
            for e in stream:
                first.setdefault((advocate, e.id), e)
    counted = sorted(first.values(), key=_TIME_ID)
    progress: dict[str, int] = defaultdict(int)
    credits: dict[int, list[Credit]] = defaultdict(list)
    rosters = _rosters(teams)
    for event in counted:
        engine, team = book.engine_at(event.occurred_at), teams[event.advocate_id]
        for challenge in engine.rules.challenges:
            if not challenge.counts(team, event.type, event.occurred_at):
                continue
            progress[challenge.id] += 1
            if progress[challenge.id] != challenge.target:
                continue
            for member in rosters.get(challenge.team_id, ()):
                award = challenge.award(member, engine.rules.version)
                credits[member].append(((event.occurred_at, event.id), engine, award))
    return credits


def _rosters(teams: Mapping[int, int | None]) -> dict[int, list[int]]:
    rosters: dict[int, list[int]] = defaultdict(list)
    for advocate, team in sorted(teams.items()):
        if team is not None:
            rosters[team].append(advocate)
    return rosters


def simulate(
    events: list[Event],
    current: RuleBook,
    draft: RuleBook,
    advocates: Iterable[int],
    start: datetime,
    end: datetime,
    teams: Mapping[int, int | None] | None = None,
) -> dict[str, Any]:
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


def _summary(totals: Mapping[int, int], people: list[int]) -> dict[str, Any]:
    ranked = sorted(((totals.get(a, 0), a) for a in people), key=lambda pair: (-pair[0], pair[1]))
    total = sum(points for points, _ in ranked)
    top = ranked[: max(1, math.ceil(len(ranked) * 0.1))] if ranked else []
    return {
        "total_points": total,
        "top_10_percent_share": round(sum(p for p, _ in top) / total, 4) if total else 0.0,
        "participation_rate": round(sum(1 for p, _ in ranked if p > 0) / len(ranked), 4) if ranked else 0.0,
        "leaderboard": _ranks(ranked),
    }


def _ranks(ranked: list[tuple[int, int]]) -> list[dict[str, int]]:
    board: list[dict[str, int]] = []
    rank, previous = 0, None
    for position, (points, advocate) in enumerate(ranked, start=1):
        if points != previous:
            rank, previous = position, points
        board.append({"rank": rank, "advocate_id": advocate, "points": points})
    return board


class Retroactive:
    """A rule book whose newest version also scores events in [start, end): re-scoring a range."""

    def __init__(self, book: RuleBook, start: datetime, end: datetime):
        self.book, self.start, self.end = book, start, end

    def engine_at(self, moment: datetime) -> Engine:
        return self.book.latest if self.start <= moment < self.end else self.book.engine_at(moment)

    @property
    def engines(self) -> list[Engine]:
        return self.book.engines

    @property
    def only_engine(self) -> Engine | None:
        return self.book.only_engine
