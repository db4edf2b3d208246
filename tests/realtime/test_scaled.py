"""The scaled setup: two server processes sharing one PostgreSQL and one Redis. Collected only
when the run has both (CI's second pass, see conftest.py); the embedded default is one process."""

import asyncio
import itertools
import queue
import threading
import time
import uuid

import aiohttp
import pytest
import socketio

from server.demo import PASSWORD
from tests.realtime.test_account_sockets import _watch
from tests.realtime.test_live_server import _connect
from tests.support.live_server import ApiSession, live_servers
from tests.support.nginx import nginx_in_front
from tests.support.raw_sockets import open_many


@pytest.fixture(scope="module", params=["gthread", "gevent"])
def two_servers(request, tmp_path_factory):
    """gevent's greenlets, as the scaled recipe serves, and threads, which still work. Behind one
    proxy (nginx), as the recipe runs them."""
    folder, name = tmp_path_factory.mktemp("scaled"), f"scaled-{request.param}"
    proxied = {"TRUSTED_PROXIES": "1"}
    with live_servers(folder, name, 2, worker_class=request.param, overrides=proxied) as group:
        yield group.urls


def _board(session: ApiSession, period: str = "week") -> list[tuple]:
    body = session.get(f"/api/v1/leaderboards/{period}?limit=100").json()
    return [(e["rank"], e["advocate"]["id"], e["points"]) for e in body["entries"]], body["version"]


def test_a_share_through_one_process_reaches_a_watcher_on_the_other(two_servers):
    first, second = two_servers
    sharer = ApiSession(first, "advocate@demo.example", PASSWORD)
    watcher_http = ApiSession(second, "advocate2@demo.example", PASSWORD)
    inbox: queue.Queue = queue.Queue()
    watcher = _connect(second, watcher_http, inbox)
    try:
        assert watcher.call("leaderboard:join", {"period": "week", "scope": "company"}, timeout=5)["ok"]
        content_id = sharer.get("/api/v1/content/feed").json()["items"][0]["id"]
        body = {"content_id": content_id, "network": "linkedin", "client_id": "scaled-share-0001"}
        assert sharer.post("/api/v1/shares", body).status_code == 201
        name, delta = inbox.get(timeout=5)
        me = sharer.get("/api/v1/me").json()
        assert name == "leaderboard:delta"
        assert (me["id"], me["points"]["week"]) in [(c["id"], c["points"]) for c in delta["changes"]]
    finally:
        watcher.disconnect()
        for session in (sharer, watcher_http):
            session.close()


def test_a_browser_socket_through_nginx_on_another_port_than_80_gets_a_shares_update(two_servers):
    """The browser sends Origin http://host:port; nginx must pass the Host with its port, or
    Socket.IO's Origin check refuses every socket ("is not an accepted origin")."""
    with nginx_in_front(two_servers) as site:
        sharer = ApiSession(site, "advocate@demo.example", PASSWORD)
        watcher = ApiSession(site, "advocate2@demo.example", PASSWORD)
        try:
            asyncio.run(_watch_through_nginx(site, sharer, {"Cookie": watcher.cookie_header, "Origin": site}))
        finally:
            for session in (sharer, watcher):
                session.close()


async def _watch_through_nginx(site: str, sharer: ApiSession, browser: dict) -> None:
    async with aiohttp.ClientSession() as http:
        sockets, failures = await open_many(http, [site], [browser], 20, seconds=20)
        try:
            assert (len(sockets), failures[:1]) == (20, [])
            content_id = sharer.get("/api/v1/content/feed").json()["items"][0]["id"]
            body = {"content_id": content_id, "network": "linkedin", "client_id": "nginx-share-0001"}
            assert (await asyncio.to_thread(sharer.post, "/api/v1/shares", body)).status_code == 201
            await asyncio.wait_for(asyncio.gather(*(s.updated.wait() for s in sockets)), 10)
            me = sharer.get("/api/v1/me").json()
            for socket in sockets:
                assert (me["id"], me["points"]["week"]) in [(c["id"], c["points"]) for c in socket.changes()]
        finally:
            await asyncio.gather(*(s.close() for s in sockets))


def test_both_processes_return_identical_ranks(two_servers):
    sessions = [ApiSession(url, "manager@demo.example", PASSWORD) for url in two_servers]
    try:
        for period in ("week", "month", "quarter", "all_time"):
            boards = [_board(session, period) for session in sessions]
            assert boards[0] == boards[1] and boards[0][0]
    finally:
        for session in sessions:
            session.close()


def test_deactivation_through_one_process_drops_the_socket_held_by_the_other(two_servers):
    first, second = two_servers
    admin = ApiSession(first, "admin@demo.example", PASSWORD)
    advocate = ApiSession(second, "newcomer@demo.example", PASSWORD)
    socket, gone = _watch(second, advocate)
    try:
        advocate_id = advocate.get("/api/v1/me").json()["id"]
        for active in (False, True):  # reactivated afterwards: the module's servers are shared
            response = admin.http.patch(
                f"{first}/api/v1/people/{advocate_id}", json={"active": active}, timeout=5
            )
            assert response.status_code == 200
        assert gone.wait(timeout=3), "the socket on the other process is still open"
    finally:
        socket.disconnect()
        admin.close()
        advocate.close()


def test_a_burst_through_both_processes_reaches_a_watcher_once_per_interval(two_servers):
    """Each process coalesces every process's changes for its own sockets (relay.py): a watcher
    gets one message per board per interval (250 ms), not one from each process."""
    sharers = [ApiSession(url, email, PASSWORD) for url, email in zip(two_servers, SHARERS, strict=True)]
    watcher_http = ApiSession(two_servers[1], "advocate2@demo.example", PASSWORD)
    arrivals: list[tuple[float, dict]] = []
    watcher = socketio.Client(reconnection=False)
    watcher.on("leaderboard:delta", lambda data: arrivals.append((time.monotonic(), data)))
    watcher.connect(two_servers[1], headers={"Cookie": watcher_http.cookie_header}, transports=["websocket"])
    try:
        assert watcher.call("leaderboard:join", {"period": "week", "scope": "company"}, timeout=5)["ok"]
        threads = [threading.Thread(target=_share_feed, args=(sharer,)) for sharer in sharers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        _wait_for_quiet(arrivals)
        times = [at for at, _ in arrivals]
        assert len(times) >= 2, "the burst moved the board at least twice"
        assert min(b - a for a, b in itertools.pairwise(times)) > 0.15, times
        held = {c["id"]: c["points"] for _, delta in arrivals for c in delta["changes"]}
        for sharer in sharers:
            me = sharer.get("/api/v1/me").json()
            assert held[me["id"]] == me["points"]["week"]
    finally:
        watcher.disconnect()
        for session in (*sharers, watcher_http):
            session.close()


SHARERS = ("advocate@demo.example", "manager@demo.example")


def _share_feed(sharer: ApiSession) -> None:
    """Share four items of the feed as fast as the server answers."""
    for item in sharer.get("/api/v1/content/feed").json()["items"][:4]:
        body = {"content_id": item["id"], "network": "x", "client_id": f"burst-{uuid.uuid4().hex[:12]}"}
        assert sharer.post("/api/v1/shares", body).status_code == 201


def _wait_for_quiet(arrivals: list, quiet: float = 1.0) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        seen = len(arrivals)
        time.sleep(quiet)
        if len(arrivals) == seen:
            return
