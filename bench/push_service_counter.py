"""A push service on loopback for benchmarks: fast enough not to be what is measured.

It runs in its own process (asyncio, raw HTTP/1.1 with keep-alive and pipelining), checks what a
push service checks cheaply (POST, a VAPID Authorization header, aes128gcm, a TTL, a body),
answers 201 and counts every request per endpoint path, so a benchmark can prove each device got
exactly one message. It does not verify signatures or decrypt: tests/support/push_service.py does
that, at a few hundred requests a second. GET /stats answers the counts as JSON; GET /reset
clears them.
"""

import asyncio
import json
import multiprocessing
import socket
import time
from collections import Counter

CREATED = b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"
REFUSED = b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"


class Counts:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.per_path: Counter = Counter()
        self.refused = 0
        self.first = self.last = None  # time.monotonic(): one clock for every process on Linux

    def push(self, method: str, path: str, headers: dict, length: int) -> bytes:
        valid = (
            method == "POST"
            and headers.get("authorization", "").startswith("vapid t=")
            and headers.get("content-encoding") == "aes128gcm"
            and headers.get("ttl", "").isdigit()
            and length > 0
        )
        if not valid:
            self.refused += 1
            return REFUSED
        self.per_path[path] += 1
        self.last = time.monotonic()
        self.first = self.first or self.last
        return CREATED

    def stats(self) -> dict:
        counts = self.per_path.values()
        return {
            "received": sum(counts),
            "paths": len(self.per_path),
            "most_to_one_path": max(counts, default=0),
            "refused": self.refused,
            "first": self.first,
            "last": self.last,
        }


class _Connection(asyncio.Protocol):
    def __init__(self, counts: Counts) -> None:
        self.counts, self.buffer, self.transport = counts, b"", None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        answers = []
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            lines = self.buffer[:end].decode("latin-1").split("\r\n")
            headers = {
                k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])
            }
            length = int(headers.get("content-length") or 0)
            if len(self.buffer) < end + 4 + length:
                break  # the rest of the body is on its way
            self.buffer = self.buffer[end + 4 + length :]
            method, path, _ = lines[0].split(" ", 2)
            answers.append(self._answer(method, path, headers, length))
        if answers:
            self.transport.write(b"".join(answers))

    def _answer(self, method: str, path: str, headers: dict, length: int) -> bytes:
        if path in ("/stats", "/reset"):
            if path == "/reset":
                self.counts.reset()
            body = json.dumps(self.counts.stats()).encode()
            return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
                len(body),
                body,
            )
        return self.counts.push(method, path, headers, length)


def _serve(sock: socket.socket) -> None:
    async def main():
        counts = Counts()
        server = await asyncio.get_running_loop().create_server(lambda: _Connection(counts), sock=sock)
        await server.serve_forever()

    asyncio.run(main())


def start() -> tuple[str, multiprocessing.Process]:
    """Start the service in its own process; returns its origin and the process (terminate it)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    process = multiprocessing.get_context("fork").Process(target=_serve, args=(sock,), daemon=True)
    process.start()
    host, port = sock.getsockname()
    sock.close()
    return f"http://{host}:{port}", process
