"""Disconnect every socket in a room, in every server process.

python-socketio can disconnect one socket by id through the message queue, but an account's
sockets may sit in any process under ids nobody else knows. So the Redis queue carries one more
kind of `disconnect` message, naming a room instead of an id: each process drops the sockets it
holds in that room. Processes of an older release ignore it (they look for an id and find none).
"""

import socketio


def disconnect_local(server: socketio.Server, room: str, namespace: str = "/") -> None:
    """Disconnect the sockets of this process that are in `room`."""
    for sid, _ in list(server.manager.get_participants(namespace, room)):
        server.disconnect(sid, namespace=namespace, ignore_queue=True)


class RoomDisconnectingRedisManager(socketio.RedisManager):
    """The Redis message queue, able to disconnect a whole room across processes."""

    def disconnect_room(self, room: str, namespace: str = "/") -> None:
        message = {"method": "disconnect", "room": room, "namespace": namespace, "host_id": self.host_id}
        self._handle_disconnect(message)  # the sockets this process holds
        self._publish(message)  # and every other process's

    def _handle_disconnect(self, message: dict) -> None:
        if "room" not in message:
            return super()._handle_disconnect(message)
        disconnect_local(self.server, message["room"], message.get("namespace") or "/")


def disconnect_room(server: socketio.Server, room: str) -> None:
    """Disconnect every socket in `room`: through Redis when configured, else in this process."""
    if isinstance(server.manager, RoomDisconnectingRedisManager):
        server.manager.disconnect_room(room)
    else:
        disconnect_local(server, room)
