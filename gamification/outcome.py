"""What scoring one event produced."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Award:
    advocate_id: int
    event_id: str
    rule_id: str
    rule_version: int
    points: int
    explanation: str


@dataclass(frozen=True, slots=True)
class BadgeEarned:
    badge_id: str
    name: str
    tier: int
    tier_name: str


@dataclass(frozen=True, slots=True)
class Outcome:
    awards: tuple[Award, ...] = ()
    badges: tuple[BadgeEarned, ...] = ()
    level: str | None = None  # the new level's name when it changed
    streak: int | None = None  # the new streak length when it changed
    duplicate: bool = False

    @property
    def points(self) -> int:
        return sum(award.points for award in self.awards)


DUPLICATE = Outcome(duplicate=True)
