"""Kept-alive connections to push services, for pywebpush's webpush() to post through.

webpush() posts with whatever it is given as `requests_session`. A requests.Session spent about
650 µs of CPU per push on preparing, merging settings and hooks; http.client about 150 µs; one
buffer written and the answer read by `http11`, less again. One connection per push service and
sending thread. Errors are raised as requests' own, so callers handle one family.
"""

import functools
import select
import socket
import ssl
import time
from urllib.parse import SplitResult, urlsplit

import certifi
import requests

from server.push import http11

RECENT = 1.0  # seconds since its last answer that a connection is taken to be open


class Connection:
    """One socket to one push service, with a buffered reader for its answers."""

    def __init__(self, parts: SplitResult, timeout: float):
        port = parts.port or (443 if parts.scheme == "https" else 80)
        sock = socket.create_connection((parts.hostname, port), timeout=timeout)
        # Each push is one write: with Nagle's algorithm it could wait for the last one's ACK.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if parts.scheme == "https":
            sock = _tls().wrap_socket(sock, server_hostname=parts.hostname)
        self.sock, self.reader = sock, sock.makefile("rb")
        self.used = 0.0  # when it last had an answer (time.monotonic)

    def close(self) -> None:
        self.reader.close()
        self.sock.close()


class PushConnections:
    """A stand-in for requests.Session with post() only. Not thread-safe: one per thread."""

    def __init__(self) -> None:
        self._open: dict[tuple[str, str], Connection] = {}

    def post(self, url: str, data: bytes | None = None, headers: dict | None = None, timeout: float = 10):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise requests.exceptions.InvalidURL(f"not an http(s) address: {url[:80]}")
        key = (parts.scheme, parts.netloc)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        message = http11.request(parts.netloc, path, data or b"", headers or {})
        try:
            connection = self._connection(key, parts, timeout)
            connection.sock.sendall(message)
            reply = http11.read_reply(connection.reader)
        except TimeoutError as error:
            self._close(key)
            raise requests.Timeout(f"no answer within {timeout} s: {error}") from error
        except (OSError, http11.BadAnswer) as error:
            self._close(key)
            raise requests.ConnectionError(f"{type(error).__name__}: {error}") from error
        if reply.keep_alive:
            connection.used = time.monotonic()
        else:
            self._close(key)
        return reply

    def close(self) -> None:
        for key in list(self._open):
            self._close(key)

    def _connection(self, key: tuple[str, str], parts: SplitResult, timeout: float) -> Connection:
        connection = self._open.get(key)
        # Push services keep an idle connection for many seconds: one that answered a moment ago
        # is not checked, as the check cost a select() for every message.
        if connection is not None and time.monotonic() - connection.used > RECENT and _dropped(connection):
            self._close(key)  # the push service ended the idle connection: a new one
            connection = None
        if connection is None:
            connection = self._open[key] = Connection(parts, timeout)
        connection.sock.settimeout(timeout)
        return connection

    def _close(self, key: tuple[str, str]) -> None:
        connection = self._open.pop(key, None)
        if connection is not None:
            connection.close()


@functools.cache
def _tls() -> ssl.SSLContext:
    """One for every thread (a context is safe to share), made on the first https push: reading
    the CA bundle costs milliseconds."""
    return ssl.create_default_context(cafile=certifi.where())


def _dropped(connection: Connection) -> bool:
    """An idle kept-alive socket that is readable has been closed (or sent junk): not reusable."""
    try:
        readable, _, _ = select.select([connection.sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
