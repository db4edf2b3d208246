"""The HTTP/1.1 a push needs: one POST written as one buffer, and the answer read back.

http.client spent about a fifth of a push's CPU checking each header with regular expressions and
parsing the answer's headers with the email package. A push is one small POST whose answer is a
status, a few headers and a short body, so both ends are written here, to RFC 9112: bodies by
Content-Length, chunked, or until the connection closes; 1xx answers skipped.
"""

from typing import BinaryIO

MAX_LINE = 65536
MAX_HEADERS = 100
_FORBIDDEN = ("\r", "\n", "\0")
_OWN = frozenset(("host", "content-length", "transfer-encoding", "connection"))


class BadAnswer(Exception):
    """The push service's answer is not HTTP/1.1 we can read, or it ended part way."""


class Headers(dict):
    """Header names lower-cased; get() takes any case, like requests' headers."""

    def get(self, name: str, default=None):
        return super().get(name.lower(), default)


class Reply:
    """The parts of a requests.Response that webpush() and delivery read."""

    def __init__(self, status: int, reason: str, headers: Headers, body: bytes, keep_alive: bool):
        self.status_code, self.reason, self.headers = status, reason, headers
        self.content, self.keep_alive = body, keep_alive

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


def request(host: str, path: str, body: bytes, headers: dict) -> bytes:
    """A POST of `body`; raises ValueError for a header that would split the request."""
    lines = [f"POST {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    for name, value in headers.items():
        name, value = str(name), str(value)
        if any(c in name or c in value for c in _FORBIDDEN) or ":" in name:
            raise ValueError(f"header {name!r} holds a character HTTP does not allow")
        if name.lower() not in _OWN:
            lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def read_reply(stream: BinaryIO) -> Reply:
    """Read one answer from `stream` (a socket's buffered reader)."""
    while True:
        version, status, reason = _status_line(stream)
        headers = _headers(stream)
        if not 100 <= status < 200:
            break
    body, until_close = _body(stream, status, headers)
    closing = headers.get("connection", "").lower()
    keep_alive = not until_close and closing != "close" and (version != "HTTP/1.0" or closing == "keep-alive")
    return Reply(status, reason, headers, body, keep_alive)


def _status_line(stream: BinaryIO) -> tuple[str, int, str]:
    if not (line := _line(stream, first=True)):
        raise BadAnswer("an empty line where the status line should be")
    version, _, rest = line.partition(" ")
    code, _, reason = rest.partition(" ")
    if not version.startswith("HTTP/1.") or not (code.isdigit() and len(code) == 3):
        raise BadAnswer(f"not an HTTP/1.1 status line: {line[:80]!r}")
    return version, int(code), reason


def _headers(stream: BinaryIO) -> Headers:
    headers = Headers()
    for _ in range(MAX_HEADERS):
        line = _line(stream)
        if not line:
            return headers
        name, colon, value = line.partition(":")
        if not colon:
            raise BadAnswer(f"not a header line: {line[:80]!r}")
        headers[name.strip().lower()] = value.strip()
    raise BadAnswer(f"more than {MAX_HEADERS} header lines")


def _body(stream: BinaryIO, status: int, headers: Headers) -> tuple[bytes, bool]:
    """The body, and whether it ran until the connection closed (so the connection is spent)."""
    if status in (204, 304):
        return b"", False
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return _chunked(stream), False
    length = headers.get("content-length")
    if length is None:
        return stream.read(), True
    if not length.isdigit():
        raise BadAnswer(f"Content-Length is not a number: {length[:20]!r}")
    return _exactly(stream, int(length)), False


def _chunked(stream: BinaryIO) -> bytes:
    parts = []
    while True:
        size_text = _line(stream).split(";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise BadAnswer(f"not a chunk size: {size_text[:20]!r}") from None
        if size == 0:
            while _line(stream):  # trailer fields, then the blank line
                pass
            return b"".join(parts)
        parts.append(_exactly(stream, size))
        _line(stream)  # the CRLF after each chunk


def _exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise BadAnswer(f"the answer ended after {len(data)} of {size} bytes")
    return data


def _line(stream: BinaryIO, first: bool = False) -> str:
    raw = stream.readline(MAX_LINE + 1)
    if not raw:
        raise BadAnswer("closed without answering" if first else "the answer ended part way")
    if len(raw) > MAX_LINE:
        raise BadAnswer(f"a line longer than {MAX_LINE} bytes")
    if not raw.endswith(b"\n"):
        raise BadAnswer("the answer ended part way")
    return raw.decode("latin-1").rstrip("\r\n")
