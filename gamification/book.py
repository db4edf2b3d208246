"""Published rule-set versions; each event is scored by the version in force at its time."""

from bisect import bisect_right
from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from gamification.clock import LocalClock
from gamification.engine import Engine
from gamification.matcher import Matcher
from gamification.rules import RuleSet


class Book(Protocol):
    """What replay reads from a rule book: a RuleBook, or a Retroactive wrapping one."""

    def engine_at(self, moment: datetime) -> Engine: ...

    @property
    def engines(self) -> list[Engine]: ...

    @property
    def only_engine(self) -> Engine | None: ...


class RuleBook:
    def __init__(
        self, versions: list[RuleSet] | tuple[RuleSet, ...], matchers: Mapping[str, Matcher] | None = None
    ):
        """`matchers` replaces the compiled condition matchers (benchmarks compare evaluators)."""
        if not versions:
            raise ValueError("a rule book needs at least one published rule set")
        ordered = sorted(versions, key=lambda rs: (rs.effective_from, rs.version))
        self._starts = [rs.effective_from for rs in ordered]
        clocks: dict[str, LocalClock] = {}
        self._engines = [
            Engine(rs, clocks.setdefault(rs.timezone, LocalClock(rs.timezone)), matchers) for rs in ordered
        ]

    def engine_at(self, moment: datetime) -> Engine:
        """The engine of the latest version effective at `moment` (the first one before it)."""
        if len(self._engines) == 1:
            return self._engines[0]
        return self._engines[max(bisect_right(self._starts, moment) - 1, 0)]

    @property
    def engines(self) -> list[Engine]:
        return self._engines

    @property
    def only_engine(self) -> Engine | None:
        """The engine for every moment when there is one version, else None."""
        return self._engines[0] if len(self._engines) == 1 else None

    @property
    def latest(self) -> Engine:
        return self._engines[-1]
