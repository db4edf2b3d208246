"""The embedded rank store: sorted lists in this process, guarded by one lock."""

import threading
from collections import Counter

from sortedcontainers import SortedList

from server.leaderboards.ranks.store import Name, Put, Snapshot, second


class _Board:
    __slots__ = ("entries", "order", "value_counts", "values", "version")

    def __init__(self):
        self.entries: dict[int, tuple[int, int, int]] = {}  # member -> its order key
        self.order = SortedList()  # (-points, second reached, member)
        self.values = SortedList()  # distinct -points, for dense ranks
        self.value_counts: Counter = Counter()
        self.version = 0

    def put(self, member: int, points: int, reached: float) -> bool:
        key = (-points, second(reached), member) if points > 0 else None
        if key == self.entries.get(member):
            return False
        old = self.entries.pop(member, None)
        if old is not None:
            self.order.remove(old)
            self.value_counts[old[0]] -= 1
            if not self.value_counts[old[0]]:
                del self.value_counts[old[0]]
                self.values.remove(old[0])
        if key is not None:
            self.entries[member] = key
            self.order.add(key)
            if not self.value_counts[key[0]]:
                self.values.add(key[0])
            self.value_counts[key[0]] += 1
        self.version += 1
        return True


class MemoryRankStore:
    def __init__(self):
        self._boards: dict[str, _Board] = {}
        self._names: dict[int, Name] = {}
        self._lock = threading.Lock()
        self._built = False

    def apply(self, puts: list[Put]) -> list[tuple[Put, int]]:
        changed = []
        with self._lock:
            for put in puts:
                board = self._boards.setdefault(put.board, _Board())
                if board.put(put.member, put.points, put.reached):
                    changed.append((put, board.version))
        return changed

    def snapshot(self, board, member, start, stop, reach, dense, hint) -> Snapshot:
        with self._lock:
            found = self._get(board)
            top = self._rows(found, start, stop)
            key = found.entries.get(member)
            points = -key[0] if key else hint
            place, above, around, around_start = None, 0, [], 0
            if points and points > 0:
                place = found.order.index(key) if key else found.order.bisect_left((-points,))
                above = self._above(found, points, dense)
                around_start = max(0, place - reach)
                around = self._rows(found, around_start, place + reach + (1 if key else 0))
            shown = {m for m, _ in top} | {m for m, _ in around}
            return Snapshot(
                found.version,
                len(found.order),
                top,
                self._above(found, top[0][1], dense) if top else 0,
                points if points and points > 0 else None,
                place,
                above,
                around,
                around_start,
                self._above(found, around[0][1], dense) if around else 0,
                {m: self._names[m] for m in shown if m in self._names},
            )

    def name(self, names: dict[int, Name], forget=()) -> None:
        with self._lock:
            self._names.update(names)
            for member in forget:
                self._names.pop(member, None)

    @staticmethod
    def _rows(found: _Board, start: int, stop: int) -> list[tuple[int, int]]:
        return [(member, -neg) for neg, _, member in found.order.islice(start, max(start, stop))]

    @staticmethod
    def _above(found: _Board, points: int, dense: bool) -> int:
        return found.values.bisect_left(-points) if dense else found.order.bisect_left((-points,))

    def window(self, board: str, start: int, stop: int) -> list[tuple[int, int]]:
        with self._lock:
            return [(member, -neg) for neg, _, member in self._get(board).order.islice(start, stop)]

    def size(self, board: str) -> int:
        with self._lock:
            return len(self._get(board).order)

    def version(self, board: str) -> int:
        with self._lock:
            return self._get(board).version

    def replace_all(self, boards: dict[str, list[Put]], names: dict[int, Name]) -> None:
        fresh = {}
        for name, puts in boards.items():
            board = fresh[name] = _Board()
            for put in puts:
                board.put(put.member, put.points, put.reached)
        with self._lock:
            # Versions carry on, so a client holding an old snapshot sees it is stale.
            for name, board in fresh.items():
                board.version = self._get(name).version + 1
            self._boards, self._names, self._built = fresh, dict(names), True

    def is_built(self) -> bool:
        return self._built

    def clear(self) -> None:
        with self._lock:
            self._boards, self._names, self._built = {}, {}, False

    def _get(self, board: str) -> _Board:
        return self._boards.get(board) or _EMPTY


_EMPTY = _Board()
