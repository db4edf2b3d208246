"""A few hundred open apps against one server process served as `make run` serves it: the API
still answers, and every app gets the board update a share makes. (With one thread per open
socket, 64 of them took the whole server: nothing else was ever answered.)"""

import asyncio

import aiohttp
import pytest

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_server
from tests.support.raw_sockets import open_many

OPEN_APPS = 300
PATIENCE = 20  # seconds: generous, this is no timing test; a server out of threads never answers
WATCHERS = ("advocate2@demo.example", "manager@demo.example", "newcomer@demo.example")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("capacity"), "capacity") as url:
        yield url


def test_hundreds_of_open_apps_leave_the_api_answering_and_all_get_the_board_update(server_url):
    sharer = ApiSession(server_url, "advocate@demo.example", PASSWORD, timeout=PATIENCE)
    watchers = [ApiSession(server_url, email, PASSWORD) for email in WATCHERS]
    try:
        asyncio.run(_while_apps_are_open(server_url, sharer, watchers))
    finally:
        for session in (sharer, *watchers):
            session.close()


async def _while_apps_are_open(url: str, sharer: ApiSession, watchers: list[ApiSession]) -> None:
    headers = [{"Cookie": w.cookie_header} for w in watchers]
    timeout = aiohttp.ClientTimeout(total=PATIENCE)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as http:
        sockets, failures = await open_many(http, [url], headers, OPEN_APPS, PATIENCE * 3)
        try:
            assert (len(sockets), failures[:3]) == (OPEN_APPS, [])
            async with http.get(f"{url}/healthz") as health:
                assert health.status == 200
            async with http.get(f"{url}/api/v1/content/feed", headers=headers[0]) as feed:
                assert feed.status == 200
                content_id = (await feed.json())["items"][0]["id"]
            body = {"content_id": content_id, "network": "linkedin", "client_id": "capacity-share-1"}
            shared = await asyncio.to_thread(sharer.post, "/api/v1/shares", body)
            assert shared.status_code == 201
            await asyncio.wait_for(asyncio.gather(*(s.updated.wait() for s in sockets)), PATIENCE)
            assert [s for s in sockets if s.closed] == []
        finally:
            await asyncio.gather(*(s.close() for s in sockets))
