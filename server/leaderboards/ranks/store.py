"""What every rank store backend answers, and the board order they share."""

from typing import NamedTuple, Protocol

Rows = list[tuple[int, int]]  # (member, points) in board order
Name = tuple[str, str | None]  # what a board shows for a member: display name, team


class Put(NamedTuple):
    """Set `member`'s score on `board` (absolute, not an increment); 0 or less removes them."""

    board: str
    member: int
    points: int
    reached: float  # epoch seconds when the score was reached: earlier lists first in a tie


class Snapshot(NamedTuple):
    """Everything one leaderboard answer needs, read at one instant (one version)."""

    version: int
    size: int
    top: Rows  # the requested page
    top_above: int  # members (or distinct scores, when dense) above the page's first row
    points: int | None  # the viewer's points: on the board, else the hint they came with
    place: int | None  # the viewer's 0-based place (where they would stand, when hidden)
    above: int  # members (or distinct scores) above the viewer
    around: Rows  # up to `reach` rows above and below the viewer
    around_start: int  # the place of the first of them
    around_above: int  # members (or distinct scores) above the first of them
    names: dict[int, Name]  # for the members in `top` and `around` the store knows


class RankStore(Protocol):
    """Boards ordered by points (high first), then time reached (early first), then member id.

    Every write bumps the board's version, so clients can tell a fresh snapshot from a stale one.
    """

    def apply(self, puts: list[Put]) -> list[tuple[Put, int]]:
        """Write all `puts` (one round trip where the backend has them). Returns the puts that
        changed something, each with the board version it made; a put that changes nothing
        leaves the version alone."""

    def snapshot(
        self, board: str, member: int, start: int, stop: int, reach: int, dense: bool, hint: int | None
    ) -> Snapshot:
        """Page [start, stop), the viewer's place and the `reach` rows each side of it, in one
        consistent read. `hint` is the points of a viewer who is not on the board (hidden from
        public ranking): their place is where those points would stand."""

    def name(self, names: dict[int, Name], forget=()) -> None:
        """Remember how to show members (so a board answer needs no database), forget others."""

    def window(self, board: str, start: int, stop: int) -> list[tuple[int, int]]:
        """(member, points) for places [start, stop) in board order."""

    def size(self, board: str) -> int: ...

    def version(self, board: str) -> int: ...

    def replace_all(self, boards: dict[str, list[Put]], names: dict[int, Name]) -> None:
        """Swap every board and every name for freshly built ones (a rebuild); boards not named
        are dropped."""

    def is_built(self) -> bool: ...

    def clear(self) -> None: ...


def second(reached: float) -> int:
    """Ties are broken by the second a score was reached: both backends agree to that grain."""
    return int(reached)
