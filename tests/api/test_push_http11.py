"""The HTTP/1.1 a push is sent with (server/push/http11.py): the request written, and each way a
push service may frame its answer read back, or refused with a reason."""

import io

import pytest

from server.push import http11


def read(raw: bytes) -> http11.Reply:
    return http11.read_reply(io.BytesIO(raw))


def test_a_post_is_one_buffer_with_its_length_and_the_callers_headers():
    sent = http11.request(
        "push.example:8443", "/wpush/v2/abc?x=1", b"\x00body", {"TTL": 60, "Urgency": "low"}
    )
    head, body = sent.split(b"\r\n\r\n", 1)
    assert head.split(b"\r\n") == [
        b"POST /wpush/v2/abc?x=1 HTTP/1.1",
        b"Host: push.example:8443",
        b"Content-Length: 5",
        b"TTL: 60",
        b"Urgency: low",
    ]
    assert body == b"\x00body"


def test_the_length_and_host_are_ours_whatever_the_caller_passes():
    sent = http11.request("push.example", "/a", b"abc", {"content-length": "99", "Host": "elsewhere"})
    assert b"99" not in sent and b"elsewhere" not in sent
    assert b"Content-Length: 3\r\n" in sent


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\0b"])
def test_a_header_that_would_split_the_request_is_refused(value):
    with pytest.raises(ValueError, match="Topic"):
        http11.request("push.example", "/a", b"", {"Topic": value})


def test_an_answer_with_a_length_keeps_the_connection():
    reply = read(b"HTTP/1.1 201 Created\r\nLocation: /m/1\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 201")
    assert (reply.status_code, reply.reason, reply.content, reply.keep_alive) == (201, "Created", b"ok", True)
    assert reply.headers.get("LOCATION") == "/m/1"


def test_a_chunked_answer_is_joined_and_its_trailers_skipped():
    raw = b"HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\nRetry-After: 30\r\n\r\n"
    raw += b"5;ext=1\r\nslow \r\n5\r\ndown!\r\n0\r\nX-Trailer: t\r\n\r\n"
    reply = read(raw)
    assert (reply.status_code, reply.text, reply.keep_alive) == (429, "slow down!", True)
    assert reply.headers.get("Retry-After") == "30"


def test_an_answer_without_a_length_runs_until_close_and_spends_the_connection():
    reply = read(b"HTTP/1.1 410 Gone\r\n\r\nsubscription expired")
    assert (reply.status_code, reply.text, reply.keep_alive) == (410, "subscription expired", False)


@pytest.mark.parametrize(
    ("raw", "keep_alive"),
    [
        (b"HTTP/1.1 201 Created\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", False),
        (b"HTTP/1.0 201 Created\r\nContent-Length: 0\r\n\r\n", False),
        (b"HTTP/1.0 201 Created\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n", True),
        (b"HTTP/1.1 204 No Content\r\n\r\n", True),
    ],
)
def test_whether_the_connection_stays_open_follows_the_answer(raw, keep_alive):
    assert read(raw).keep_alive is keep_alive


def test_an_interim_answer_is_skipped():
    reply = read(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
    assert reply.status_code == 201


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "closed without answering"),
        (b"SMTP ready\r\n\r\n", "not an HTTP/1.1 status line"),
        (b"HTTP/1.1 201 Created\r\nContent-Length: 10\r\n\r\nshort", "ended after 5 of 10 bytes"),
        (b"HTTP/1.1 201 Created\r\nContent-Length: ten\r\n\r\n", "Content-Length is not a number"),
        (b"HTTP/1.1 201 Created\r\nno colon here\r\n\r\n", "not a header line"),
        (b"HTTP/1.1 201 Created\r\nContent-Le", "ended part way"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "not a chunk size"),
    ],
)
def test_an_answer_that_cannot_be_read_says_why(raw, reason):
    with pytest.raises(http11.BadAnswer, match=reason):
        read(raw)
