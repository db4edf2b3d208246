"""A real gunicorn process and the python-socketio client (through Redis when REDIS_URL is set)."""

import queue

import pytest
import socketio

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_server


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("realtime")) as url:
        yield url


def _connect(url: str, session: ApiSession | None, inbox: queue.Queue) -> socketio.Client:
    client = socketio.Client(reconnection=False)
    client.on("leaderboard:delta", lambda data: inbox.put(("leaderboard:delta", data)))
    client.on("points:update", lambda data: inbox.put(("points:update", data)))
    headers = {"Cookie": session.cookie_header} if session else {}
    client.connect(url, headers=headers, transports=["websocket"], wait_timeout=5)
    return client


def test_anonymous_socket_is_refused_by_the_real_server(server_url):
    with pytest.raises(socketio.exceptions.ConnectionError):
        _connect(server_url, None, queue.Queue())


def test_a_share_reaches_a_watcher_over_a_real_websocket(server_url):
    watcher_http = ApiSession(server_url, "advocate2@demo.example", PASSWORD)
    sharer = ApiSession(server_url, "advocate@demo.example", PASSWORD)
    inbox: queue.Queue = queue.Queue()
    watcher = _connect(server_url, watcher_http, inbox)
    try:
        ack = watcher.call("leaderboard:join", {"period": "week", "scope": "company"}, timeout=5)
        assert ack["ok"] is True
        before = watcher_http.get("/api/v1/leaderboards/week").json()["version"]
        content_id = sharer.get("/api/v1/content/feed").json()["items"][0]["id"]
        body = {"content_id": content_id, "network": "linkedin", "client_id": "live-socket-01"}
        assert sharer.post("/api/v1/shares", body).status_code == 201
        name, delta = inbox.get(timeout=5)
        me = sharer.get("/api/v1/me").json()
        assert name == "leaderboard:delta" and delta["versions"] == [before + 1]
        assert [(c["id"], c["points"]) for c in delta["changes"]] == [(me["id"], me["points"]["week"])]
        after = watcher_http.get("/api/v1/leaderboards/week").json()
        assert after["version"] == before + 1
    finally:
        watcher.disconnect()
        watcher_http.close()
        sharer.close()
