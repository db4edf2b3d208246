"""What scoring one event produced. NamedTuples: cheap to build in replay's hot loop."""

from typing import NamedTuple


class Award(NamedTuple):
    advocate_id: int
    event_id: str
    rule_id: str
    rule_version: int
    points: int
    rule_name: str
    notes: str = ""  # shared by every award of one event, e.g. " during Product Launch, x1.5"
    capped: bool = False

    @property
    def explanation(self) -> str:
        """The human line for the ledger: '+15: LinkedIn share during Product Launch, x1.5'."""
        sign = "+" if self.points >= 0 else ""
        return f"{sign}{self.points}: {self.rule_name}{self.notes}{' (capped)' if self.capped else ''}"


class BadgeEarned(NamedTuple):
    badge_id: str
    name: str
    tier: int
    tier_name: str


class Outcome(NamedTuple):
    awards: tuple[Award, ...] = ()
    badges: tuple[BadgeEarned, ...] = ()
    level: str | None = None  # the new level's name when it changed
    streak: int | None = None  # the new streak length when it changed
    duplicate: bool = False
    points: int = 0  # the awards' sum


DUPLICATE = Outcome(duplicate=True)
NOTHING = Outcome()
