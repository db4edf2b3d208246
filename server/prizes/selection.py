"""Choosing a prize's winners from a frozen month.

Every method first puts the candidates in order (the board, the draw, the improvement, the
teams per capita); the winners are then the first ones in that order who are eligible, not
excluded and, unless the prize allows it, have not already won a prize this month. So an
exclusion moves the next person up and changes nothing else."""

from dataclasses import dataclass, field
from datetime import datetime

from server.prizes.raffle import draw_order, tickets_for

EARLIEST = datetime.min


@dataclass(frozen=True)
class Entry:
    """One advocate's frozen month (a `Standing`)."""

    user_id: int
    team_id: int | None
    points: int
    previous_points: int
    active_days: int
    reached_at: datetime | None


@dataclass(frozen=True)
class Rules:
    """What a prize asks of its winners (a `Prize`, without the database)."""

    id: int
    method: str
    quantity: int
    min_points: int
    min_active_days: int
    ticket_cap: int
    allow_repeat: bool


@dataclass
class Choice:
    winners: list[tuple[int, float]]  # (user or team id, the figure that won it)
    eligible: int  # how many could have won
    by_team: bool = False
    skipped: list[int] = field(default_factory=list)  # earlier winners passed over


def choose(
    rules: Rules, entries: list[Entry], seed: str, excluded: set[int], already_won: set[int]
) -> Choice:
    if rules.method == "best_team":
        return _best_teams(rules, entries, excluded)
    eligible = [e for e in entries if _eligible(rules, e)]
    ordered = _ORDER[rules.method](rules, eligible, seed)
    choice = Choice([], len(ordered))
    for entry, figure in ordered:
        if len(choice.winners) == rules.quantity:
            break
        if entry.user_id in excluded:
            continue
        if entry.user_id in already_won and not rules.allow_repeat:
            choice.skipped.append(entry.user_id)
            continue
        choice.winners.append((entry.user_id, figure))
    return choice


def _eligible(rules: Rules, entry: Entry) -> bool:
    return entry.points >= max(rules.min_points, 1) and entry.active_days >= rules.min_active_days


def _top(rules: Rules, entries: list[Entry], seed: str) -> list[tuple[Entry, float]]:
    ranked = sorted(entries, key=lambda e: (-e.points, e.reached_at or EARLIEST, e.user_id))
    return [(e, e.points) for e in ranked]


def _improved(rules: Rules, entries: list[Entry], seed: str) -> list[tuple[Entry, float]]:
    gains = [(e, e.points - e.previous_points) for e in entries]
    gains = [(e, gain) for e, gain in gains if gain > 0]
    return sorted(gains, key=lambda pair: (-pair[1], -pair[0].points, pair[0].user_id))


def _raffle(rules: Rules, entries: list[Entry], seed: str) -> list[tuple[Entry, float]]:
    tickets = {e.user_id: tickets_for(e.points, rules.ticket_cap) for e in entries}
    by_id = {e.user_id: e for e in entries}
    return [(by_id[user], tickets[user]) for user in draw_order(seed, rules.id, tickets)]


_ORDER = {"top": _top, "raffle": _raffle, "most_improved": _improved}


def team_figures(entries: list[Entry]) -> dict[int, tuple[int, int]]:
    """Each team's (points, members): per capita is points over every member in the snapshot."""
    teams: dict[int, list[int]] = {}
    for entry in entries:
        if entry.team_id is not None:
            teams.setdefault(entry.team_id, [0, 0])
            teams[entry.team_id][0] += entry.points
            teams[entry.team_id][1] += 1
    return {team: (points, members) for team, (points, members) in teams.items()}


def _best_teams(rules: Rules, entries: list[Entry], excluded: set[int]) -> Choice:
    per_capita = {
        team: round(points / members, 2)
        for team, (points, members) in team_figures(entries).items()
        if points / members >= max(rules.min_points, 1)
    }
    ordered = sorted(per_capita, key=lambda team: (-per_capita[team], team))
    winners = [(team, per_capita[team]) for team in ordered if team not in excluded]
    return Choice(winners[: rules.quantity], len(ordered), by_team=True)
