"""Kept-alive connections to push services, for pywebpush's webpush() to post through.

webpush() posts with whatever it is given as `requests_session`. A requests.Session spent about
650 µs of CPU per push on preparing, merging settings and hooks; http.client, one connection per
push service and sending thread, about 150 µs, and it sends headers and body in one write. Errors
are raised as requests' own, so callers handle one family.
"""

import functools
import http.client
import select
import socket
import ssl
import time
from email.message import Message
from urllib.parse import urlsplit

import certifi
import requests

RECENT = 1.0  # seconds since its last answer that a connection is taken to be open


class Reply:
    """The parts of a requests.Response that webpush() and delivery read."""

    def __init__(self, response: http.client.HTTPResponse, body: bytes):
        self.status_code, self.reason = response.status, response.reason
        self.headers: Message = response.headers  # case-insensitive get(), like requests'
        self.content = body

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class PushConnections:
    """A stand-in for requests.Session with post() only. Not thread-safe: one per thread."""

    def __init__(self) -> None:
        self._open: dict[tuple[str, str], http.client.HTTPConnection] = {}
        self._used: dict[tuple[str, str], float] = {}  # when each last had an answer

    def post(self, url: str, data: bytes | None = None, headers: dict | None = None, timeout: float = 10):
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection = self._connection(parts.scheme, parts.netloc, timeout)
            connection.request("POST", path or "/", body=data or b"", headers=headers or {})
            response = connection.getresponse()
            reply = Reply(response, response.read())
        except TimeoutError as error:
            self._close(parts.scheme, parts.netloc)
            raise requests.Timeout(f"no answer within {timeout} s: {error}") from error
        except (OSError, http.client.HTTPException) as error:
            self._close(parts.scheme, parts.netloc)
            raise requests.ConnectionError(f"{type(error).__name__}: {error}") from error
        if response.will_close:
            self._close(parts.scheme, parts.netloc)
        self._used[(parts.scheme, parts.netloc)] = time.monotonic()
        return reply

    def _connection(self, scheme: str, netloc: str, timeout: float) -> http.client.HTTPConnection:
        connection = self._open.get((scheme, netloc))
        if connection is not None and self._idle(scheme, netloc) and _dropped(connection):
            self._close(scheme, netloc)  # the push service ended the idle connection: a new one
            connection = None
        if connection is None:
            if scheme == "https":
                connection = http.client.HTTPSConnection(netloc, timeout=timeout, context=_tls())
            else:
                connection = http.client.HTTPConnection(netloc, timeout=timeout)
            self._open[(scheme, netloc)] = connection
        if connection.sock is None:
            connection.connect()
            # Headers and body go in two writes: without this the body waits for the first ACK.
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.timeout = timeout
        connection.sock.settimeout(timeout)
        return connection

    def close(self) -> None:
        for scheme, netloc in list(self._open):
            self._close(scheme, netloc)

    def _idle(self, scheme: str, netloc: str) -> bool:
        """Answered more than a moment ago. Push services keep an idle connection for many seconds,
        so one in use is not checked: the check cost a select() for every message."""
        return time.monotonic() - self._used.get((scheme, netloc), 0.0) > RECENT

    def _close(self, scheme: str, netloc: str) -> None:
        connection = self._open.pop((scheme, netloc), None)
        if connection is not None:
            connection.close()


@functools.cache
def _tls() -> ssl.SSLContext:
    """One for every thread (a context is safe to share), made on the first https push: reading
    the CA bundle costs milliseconds."""
    return ssl.create_default_context(cafile=certifi.where())


def _dropped(connection: http.client.HTTPConnection) -> bool:
    """An idle kept-alive socket that is readable has been closed (or sent junk): not reusable."""
    if connection.sock is None:
        return False
    try:
        readable, _, _ = select.select([connection.sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
