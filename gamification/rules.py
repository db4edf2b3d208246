"""Point rules, campaigns and versioned rule sets: plain data an admin edits."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from gamification.badges import Badge
from gamification.challenges import TeamChallenge
from gamification.levels import Level
from gamification.streaks import StreakPolicy

WINDOWS = ("day", "week", "month")
# The sections whose items an admin can switch off without deleting them.
SWITCHABLE = ("rules", "badges", "campaigns", "challenges")


@dataclass(frozen=True, slots=True)
class Cap:
    """At most `points` from one rule (or from all rules) per advocate per window."""

    window: str
    points: int


@dataclass(frozen=True, slots=True)
class Diminishing:
    """After `after` awards of a rule in a window, each further award is multiplied by `factor`
    once more (0.5 halves the 4th, quarters the 5th, ...)."""

    window: str
    after: int
    factor: float


@dataclass(frozen=True, slots=True)
class PointRule:
    """When an event of type `trigger` satisfies `condition`, award `points`.

    `points_from` names an event attribute to award instead (kudos carry their own points).
    `min_interval_seconds` stops repeats of this rule on the same content within that time.
    """

    id: str
    name: str
    trigger: str
    points: int
    condition: str = ""
    caps: tuple[Cap, ...] = ()
    min_interval_seconds: int = 0
    diminishing: Diminishing | None = None
    points_from: str | None = None
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Campaign:
    """A time-boxed multiplier for content carrying any of `tags` (no tags: all content)."""

    id: str
    name: str
    starts: datetime
    ends: datetime
    multiplier: float
    tags: tuple[str, ...] = ()
    enabled: bool = True

    def applies(self, moment: datetime, tags: tuple[str, ...]) -> bool:
        if not self.starts <= moment < self.ends:
            return False
        return not self.tags or any(tag in tags for tag in self.tags)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One published version of everything an admin tunes; it applies from `effective_from`.

    `rules`, `badges`, `campaigns` and `challenges` hold the enabled items only: everything that
    scores, awards or counts reads them. Switched-off items are kept in `disabled`, as (section,
    position in the document, item), so the document an admin edits round-trips unchanged.
    """

    version: int
    effective_from: datetime
    rules: tuple[PointRule, ...]
    timezone: str = "UTC"
    campaigns: tuple[Campaign, ...] = ()
    network_multipliers: tuple[tuple[str, float], ...] = ()
    overall_caps: tuple[Cap, ...] = ()
    badges: tuple[Badge, ...] = ()
    levels: tuple[Level, ...] = ()
    streak: StreakPolicy = field(default_factory=StreakPolicy)
    challenges: tuple[TeamChallenge, ...] = ()
    disabled: tuple[tuple[str, int, Any], ...] = ()

    def everything(self, section: str) -> list[Any]:
        """A section's items, enabled and disabled, in the document's order."""
        items = list(getattr(self, section))
        for name, position, item in sorted(self.disabled, key=lambda entry: entry[1]):
            if name == section:
                items.insert(position, item)
        return items
