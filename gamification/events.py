"""Events: typed facts the engine scores."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

EVENT_TYPES = (
    "share",
    "click",
    "content_opened",
    "guidelines_acknowledged",
    "quiz_passed",
    "suggestion_approved",
    "suggestion_shared",
    "kudos",
)

Primitive = str | int | float | bool | tuple[str, ...]  # a tuple holds tags


@dataclass(frozen=True, slots=True)
class Event:
    """Something an advocate did (or earned). `id` is stable, so scoring it twice changes nothing.

    Attributes the engine understands: network, content_id, tags (tuple of str), own (the
    advocate's own content or link), quiz_score, kudos_points.
    `suggestion_shared` is the suggester's event when a colleague shares content they suggested.
    """

    id: str
    type: str
    advocate_id: int
    occurred_at: datetime
    attributes: Mapping[str, Primitive] = field(default_factory=dict)
    # occurred_at as a POSIX timestamp, computed once: replay needs it for every event.
    epoch: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        object.__setattr__(self, "attributes", MappingProxyType(dict(self.attributes)))
        object.__setattr__(self, "epoch", self.occurred_at.timestamp())

    @property
    def sort_key(self) -> tuple[datetime, str]:
        """Replay order: by time, then id, so equal timestamps always resolve the same way."""
        return (self.occurred_at, self.id)
