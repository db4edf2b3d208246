"""Which boards exist and which of them an advocate's score sits on.

A board is a period (a calendar period's key, or a campaign's or team challenge's window) seen
through a scope: the whole company, a team, or an organisation attribute (department, location).
The `teams` scope holds each team's total, for the team-versus-team board.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from server.leaderboards.periods import period_keys
from server.models import User

SCOPES = ("company", "team", "department", "location")
ATTRIBUTES = {"team": "team_id", "department": "department", "location": "location"}


@dataclass(frozen=True)
class Board:
    period: str  # week, month, quarter, all_time, campaign or challenge
    key: str  # the period's key (2026-W48, 2026-11, 2026-Q4, all) or the window's id
    scope: str  # company, team, department, location or teams
    value: str = "-"  # the team id, department or location; "-" for company and teams

    @property
    def name(self) -> str:
        return f"{self.period}|{self.key}|{self.scope}|{self.value}"

    @property
    def room(self) -> str:
        """The Socket.IO room of people looking at this board."""
        return f"board:{self.name}"

    def describe(self) -> dict:
        """The board as clients name it."""
        value = None if self.value == "-" else self.value
        return {"period": self.period, "period_key": self.key, "scope": self.scope, "value": value}


def board_from_name(name: str) -> Board:
    period, key, scope, value = name.split("|", 3)
    return Board(period, key, scope, value)


def live_keys(now: datetime, zone: ZoneInfo, rules) -> list[tuple[str, str]]:
    """The (period, key) pairs boards are kept for: the current calendar periods and the window
    of every campaign and team challenge in the rules in force."""
    keys = list(period_keys(now, zone).items())
    keys += [("campaign", c.id) for c in rules.campaigns]
    keys += [("challenge", c.id) for c in rules.challenges]
    return keys


def scope_value(user: User, scope: str) -> str | None:
    """The user's value for a scope; None when they have none (no team, no department)."""
    if scope == "company":
        return "-"
    value = getattr(user, ATTRIBUTES[scope])
    return None if value in (None, "") else str(value)


def boards_of(user: User, period: str, key: str) -> list[Board]:
    """The individual boards a user's score for (period, key) sits on."""
    values = {scope: scope_value(user, scope) for scope in SCOPES}
    return [Board(period, key, scope, value) for scope, value in values.items() if value is not None]
