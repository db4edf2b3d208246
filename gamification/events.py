"""Events: typed facts the engine scores."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

EVENT_TYPES = ("share",)

Primitive = str | int | float | bool


@dataclass(frozen=True)
class Event:
    """Something an advocate did. `id` is stable, so scoring it twice is detectable."""

    id: str
    type: str
    advocate_id: int
    occurred_at: datetime
    attributes: Mapping[str, Primitive] = field(default_factory=dict)

    def __post_init__(self):
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")
        if self.occurred_at.tzinfo is None:
            raise ValueError("occurred_at must be timezone-aware")
        object.__setattr__(self, "attributes", MappingProxyType(dict(self.attributes)))
