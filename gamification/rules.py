"""Point rules and versioned rule sets."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from gamification.events import EVENT_TYPES, Event, Primitive


@dataclass(frozen=True)
class PointRule:
    """Award `points` for an event of type `trigger` whose attributes match `when`."""

    id: str
    name: str
    trigger: str
    points: int
    when: Mapping[str, Primitive] = field(default_factory=dict)

    def __post_init__(self):
        if self.trigger not in EVENT_TYPES:
            raise ValueError(f"rule {self.id}: unknown trigger {self.trigger!r}")
        object.__setattr__(self, "when", MappingProxyType(dict(self.when)))

    def matches(self, event: Event) -> bool:
        return all(event.attributes.get(key) == value for key, value in self.when.items())


@dataclass(frozen=True)
class RuleSet:
    """An immutable, numbered set of rules; awards record the version that produced them."""

    version: int
    rules: tuple[PointRule, ...]
    _by_trigger: Mapping[str, tuple[PointRule, ...]] = field(init=False, repr=False)

    def __post_init__(self):
        ids = [rule.id for rule in self.rules]
        if len(ids) != len(set(ids)):
            raise ValueError("rule ids must be unique within a rule set")
        # Index once so scoring an event only looks at the rules it can trigger.
        index = {t: tuple(r for r in self.rules if r.trigger == t) for t in EVENT_TYPES}
        object.__setattr__(self, "_by_trigger", MappingProxyType(index))

    def rules_for(self, event_type: str) -> tuple[PointRule, ...]:
        return self._by_trigger.get(event_type, ())
