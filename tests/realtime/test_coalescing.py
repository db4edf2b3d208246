"""Board changes are coalesced per room: at most one message per interval, the latest per member."""

import itertools
import threading
import time

from server.realtime.coalesce import Coalescer

BOARD = {"period": "week", "period_key": "2026-W48", "scope": "company", "value": None}


class Recorder:
    """Stands in for the Socket.IO server: records emits, runs background tasks as threads."""

    def __init__(self):
        self.sent, self._changed = [], threading.Condition()

    def emit(self, event, data, to, ignore_queue=False):
        with self._changed:
            self.sent.append((to, data))
            self._changed.notify_all()

    def wait_for(self, count: int, seconds: float) -> bool:
        """True once `count` messages have been sent in all, False if `seconds` pass first."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self.sent) >= count, seconds)

    def start_background_task(self, target):
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        return thread

    def sleep(self, seconds):
        time.sleep(seconds)


def test_the_first_change_goes_at_once_and_a_burst_goes_as_one_message():
    socket = Recorder()
    rooms = Coalescer(socket, interval_ms=150)
    rooms.add("board:a", BOARD, 1, {"id": 7, "points": 10})
    assert [data["versions"] for _, data in socket.sent] == [[1]]

    rooms.add("board:a", BOARD, 3, {"id": 7, "points": 25})
    rooms.add("board:a", BOARD, 2, {"id": 7, "points": 20})
    rooms.add("board:a", BOARD, 4, {"id": 8, "points": 5})
    rooms.add("board:b", BOARD, 1, {"id": 8, "points": 5})  # another room is not held back
    assert [room for room, _ in socket.sent] == ["board:a", "board:b"]
    assert socket.wait_for(3, seconds=1), "the burst held for board:a was never sent"
    assert not socket.wait_for(4, seconds=0.4), f"the burst went as several messages: {socket.sent[2:]}"
    room, burst = socket.sent[2]
    assert room == "board:a" and burst["versions"] == [2, 3, 4]
    # Version 2 arrived after version 3: the newer score wins, whatever the arrival order.
    assert burst["changes"] == [{"id": 7, "points": 25, "version": 3}, {"id": 8, "points": 5, "version": 4}]
    assert burst["board"] == BOARD


def test_messages_to_one_room_are_at_least_an_interval_apart():
    socket = Recorder()
    rooms = Coalescer(socket, interval_ms=100)
    stamps = []
    socket.emit = lambda event, data, to, ignore_queue=False: stamps.append(time.monotonic())
    for version in range(1, 30):
        rooms.add("board:a", BOARD, version, {"id": version % 3, "points": version})
        time.sleep(0.01)
    time.sleep(0.25)
    gaps = [later - earlier for earlier, later in itertools.pairwise(stamps)]
    assert len(stamps) >= 3 and min(gaps) >= 0.095
