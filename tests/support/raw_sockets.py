"""Hundreds of Socket.IO clients in one process, as phones with the app open.

Each speaks the few Engine.IO/Socket.IO packets the app needs on a bare websocket (aiohttp):
python-socketio's client spends a thread or a task and a timer per socket and message, which
would measure the clients, not the server.
"""

import asyncio
import json
import time

import aiohttp

BOARD = {"period": "week", "scope": "company"}


class Refused(Exception):
    """The server refused or never finished the Socket.IO handshake."""


class RawSocket:
    """One open app watching a board: counts the board updates it receives."""

    def __init__(self):
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.deltas, self.first_delta_at, self.closed = 0, None, False
        self.last_delta = ""  # the newest board update's packet, unparsed (parsing costs CPU)
        self.updated = asyncio.Event()

    async def open(self, http: aiohttp.ClientSession, url: str, headers: dict, board: dict | None) -> None:
        """Connect (packets 0 and 40), join `board` if any (421, acknowledged by 431), keep reading."""
        address = url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
        try:
            self.ws = await http.ws_connect(address, headers=headers, autoping=False)
        except aiohttp.WSServerHandshakeError as error:  # the Origin check answers 400 here
            raise Refused(f"websocket refused: {error.status} {error.message}") from error
        if not (await self.ws.receive_str()).startswith("0"):
            raise Refused("no Engine.IO open packet")
        await self.ws.send_str("40")
        if not (answer := await self._next()).startswith("40"):
            raise Refused(f"Socket.IO connect refused: {answer}")
        if board is not None:
            await self._join(board)
        asyncio.get_running_loop().create_task(self._read_forever())

    async def _join(self, board: dict) -> None:
        await self.ws.send_str("421" + json.dumps(["leaderboard:join", board]))
        while not (packet := await self._next()).startswith("431"):
            pass
        if not json.loads(packet[3:])[0].get("ok"):
            raise Refused(f"board join refused: {packet}")

    async def _next(self) -> str:
        """The next packet that is not a ping (answered) or a board update (counted)."""
        while True:
            packet = await self.ws.receive_str()
            if packet == "2":
                await self.ws.send_str("3")
            elif packet.startswith('42["leaderboard:delta"'):
                self.deltas, self.last_delta = self.deltas + 1, packet
                self.first_delta_at = self.first_delta_at or time.monotonic()
                self.updated.set()
            else:
                return packet

    async def _read_forever(self) -> None:
        try:
            while True:
                await self._next()
        except (TypeError, aiohttp.ClientError, ConnectionError):  # receive_str got a close
            self.closed = True

    def changes(self) -> list[dict]:
        """The changes in the newest board update."""
        return json.loads(self.last_delta[2:])[1]["changes"] if self.last_delta else []

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


async def open_many(
    http: aiohttp.ClientSession,
    urls: list[str],
    headers: list[dict],
    count: int,
    seconds: float,
    watching: int | None = None,
) -> tuple[list[RawSocket], list[str]]:
    """Open `count` sockets, spread over `urls` and `headers` (one per person signed in), 50 at
    a time, the first `watching` (default all) watching this week's company board, as the app
    does on its leaderboard screen; give up on those not open after `seconds` in all. Returns
    (open sockets, why each other one failed)."""
    watching = count if watching is None else watching
    deadline = time.monotonic() + seconds
    sockets, failures = [], []
    for first in range(0, count, 50):
        batch = [RawSocket() for _ in range(first, min(first + 50, count))]
        left = max(deadline - time.monotonic(), 0.01)
        opening = [
            asyncio.wait_for(
                s.open(http, urls[n % len(urls)], headers[n % len(headers)], BOARD if n < watching else None),
                left,
            )
            for n, s in enumerate(batch, start=first)
        ]
        outcomes = await asyncio.gather(*opening, return_exceptions=True)
        for socket, outcome in zip(batch, outcomes, strict=True):
            if isinstance(outcome, TimeoutError):
                failures.append(f"not open within {seconds:.0f} s")
            elif isinstance(outcome, BaseException):
                failures.append(f"{type(outcome).__name__}: {outcome}")
                await socket.close()
            else:
                sockets.append(socket)
    return sockets, failures
