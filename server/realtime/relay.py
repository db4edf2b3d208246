"""Board changes reach every server process before they are coalesced, not after.

Each process coalesces what it sends to the sockets it holds. Were a process to coalesce only
its own shares' changes and send the result to every process's sockets, a client watching a
board would get one message per interval from every process; so the Redis queue carries the raw
changes (one message per refresh batch) and each process coalesces everyone's changes for its
own sockets: at most one message per board per interval however many processes there are.

The changes travel as an `emit` message of an event no client listens to, to a room no socket
joins, so a process of an older release that receives one emits it to nobody.
"""

from server.realtime.room_disconnect import RoomDisconnectingRedisManager

EVENT = "amplify:board-changes"
ROOM = "amplify:server-processes"


class RelayingRedisManager(RoomDisconnectingRedisManager):
    """The Redis message queue, also carrying board changes to every process's coalescer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.board_changes = None  # set by init_app: the coalescer's `add_many`

    def relay(self, changes: list) -> None:
        """Hand `changes` to this process's coalescer and publish them to every other process."""
        self.board_changes(changes)
        message = {"method": "emit", "event": EVENT, "data": changes, "namespace": "/", "room": ROOM}
        self._publish({**message, "host_id": self.host_id})

    def _handle_emit(self, message: dict) -> None:
        if message.get("event") != EVENT:
            return super()._handle_emit(message)
        self.board_changes(message["data"])


def relay_board_changes(server, coalescer, changes: list) -> None:
    """Changes as [room, board, version, change] lists: to every process with Redis, else here."""
    if isinstance(server.manager, RelayingRedisManager):
        server.manager.relay(changes)
    else:
        coalescer.add_many(changes)
