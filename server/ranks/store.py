"""What every rank store backend answers, and the board order they share."""

from typing import NamedTuple, Protocol


class Put(NamedTuple):
    """Set `member`'s score on `board` (absolute, not an increment); 0 or less removes them."""

    board: str
    member: int
    points: int
    reached: float  # epoch seconds when the score was reached: earlier lists first in a tie


class RankStore(Protocol):
    """Boards ordered by points (high first), then time reached (early first), then member id.

    Every write bumps the board's version, so clients can tell a fresh snapshot from a stale one.
    """

    def apply(self, puts: list[Put]) -> list[tuple[Put, int]]:
        """Write all `puts` (one round trip where the backend has them). Returns the puts that
        changed something, each with the board version it made; a put that changes nothing
        leaves the version alone."""

    def points(self, board: str, member: int) -> int | None:
        """The member's points on the board, or None when they are not on it."""

    def position(self, board: str, member: int) -> int | None:
        """The member's 0-based place in board order, or None."""

    def count_above(self, board: str, points: int) -> int:
        """How many members have more than `points` (competition rank - 1)."""

    def distinct_above(self, board: str, points: int) -> int:
        """How many different scores are above `points` (dense rank - 1)."""

    def window(self, board: str, start: int, stop: int) -> list[tuple[int, int]]:
        """(member, points) for places [start, stop) in board order."""

    def size(self, board: str) -> int: ...

    def version(self, board: str) -> int: ...

    def replace_all(self, boards: dict[str, list[Put]]) -> None:
        """Swap every board for freshly built ones (a rebuild); boards not named are dropped."""

    def is_built(self) -> bool: ...

    def clear(self) -> None: ...


def second(reached: float) -> int:
    """Ties are broken by the second a score was reached: both backends agree to that grain."""
    return int(reached)
