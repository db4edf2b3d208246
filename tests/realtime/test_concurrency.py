"""Concurrent shares against real server processes (two sharing PostgreSQL and Redis when the run
has them, else one on SQLite): a replayed share awards once however many copies race, and a
thousand shares at once leave ledger, scores, rank store and the boards the API answers agreeing."""

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.support import ledger
from tests.support.advocates import add_advocates
from tests.support.databases import is_postgres
from tests.support.live_server import ApiSession, live_servers, run_flask

ADVOCATES = 100
SHARES_EACH = 10  # well inside SHARE_RATE_LIMIT (60 a minute per advocate)
NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")
# SQLite has one writer at a time: past a few threads, more only queue for its lock.
CLIENT_THREADS = 32 if is_postgres() else 12
TIMEOUT = 30  # a request can queue behind many others here; it must not be given up on
SCALED = is_postgres() and bool(os.environ.get("REDIS_URL"))


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    prepare = lambda env: add_advocates(env, ADVOCATES + 1, "crowd")  # noqa: E731 - the last one replays
    folder = tmp_path_factory.mktemp("concurrency")
    with live_servers(folder, "concurrency", 2 if SCALED else 1, prepare=prepare) as group:
        yield group


def _cloned(session: ApiSession, base_url: str) -> tuple[str, requests.Session]:
    """A new connection carrying the same login: concurrent requests of one advocate."""
    http = requests.Session()
    http.cookies.update(session.http.cookies)
    http.headers["X-CSRFToken"] = session.http.headers["X-CSRFToken"]
    return base_url, http


def test_fifty_concurrent_replays_of_one_share_award_it_once(servers):
    email = f"crowd{ADVOCATES:04d}@load.example.test"
    sharer = ApiSession(servers.urls[0], email, "demo-password", TIMEOUT)
    me = sharer.get("/api/v1/me").json()
    content_id = sharer.get("/api/v1/content/feed").json()["items"][0]["id"]
    body = {"content_id": content_id, "network": "linkedin", "client_id": "replayed-0001"}
    copies = [_cloned(sharer, servers.urls[n % len(servers.urls)]) for n in range(50)]
    start = threading.Barrier(len(copies))

    def send(copy: tuple[str, requests.Session]):
        base_url, http = copy
        start.wait()  # every copy leaves at once
        return http.post(base_url + "/api/v1/shares", json=body, timeout=TIMEOUT)

    with ThreadPoolExecutor(len(copies)) as pool:
        answers = list(pool.map(send, copies))
    assert sorted(a.status_code for a in answers) == [200] * 49 + [201], [a.text for a in answers]
    assert len({a.json()["share"]["id"] for a in answers}) == 1
    assert len({str(a.json()["awards"]) for a in answers}) == 1
    [(share_id, _)] = ledger.shares_of(servers.database_url, me["id"])
    awarded = ledger.share_awards(servers.database_url)[share_id]
    assert awarded == sum(award["points"] for award in answers[0].json()["awards"]) > 0
    assert ledger.all_time_sums(servers.database_url)[me["id"]] == awarded
    assert sharer.get("/api/v1/me").json()["points"]["all_time"] == awarded


def test_a_thousand_concurrent_shares_leave_ledger_scores_and_ranks_agreeing(servers):
    sessions = _log_in(servers.urls, [f"crowd{n:04d}@load.example.test" for n in range(ADVOCATES)])
    feeds = [[item["id"] for item in s.get("/api/v1/content/feed").json()["items"]] for s in sessions]
    jobs = [
        (s, feed[n % len(feed)], n)
        for n in range(SHARES_EACH)
        for s, feed in zip(sessions, feeds, strict=True)
    ]

    def share(job):
        session, content_id, n = job
        network, client_id = NETWORKS[n % len(NETWORKS)], f"crowd-share-{n:04d}"
        body = {"content_id": content_id, "network": network, "client_id": client_id}
        return session.post_until_answered("/api/v1/shares", body).status_code

    with ThreadPoolExecutor(CLIENT_THREADS) as pool:
        codes = list(pool.map(share, jobs))
    # 200: a share resent after its connection dropped had been stored the first time.
    assert set(codes) <= {200, 201} and len(codes) == ADVOCATES * SHARES_EACH
    crowd = {s.get("/api/v1/me").json()["id"] for s in sessions}
    counts = ledger.share_counts(servers.database_url)
    assert {user: counts.get(user) for user in crowd} == dict.fromkeys(crowd, SHARES_EACH)
    check = run_flask(servers.env, "check-ledger")
    assert check.returncode == 0, check.stdout + check.stderr
    sums = ledger.all_time_sums(servers.database_url)
    for url in servers.urls:  # each process answers from the rank store it shares, or its own
        board = _whole_board(ApiSession(url, "manager@demo.example", "demo-password"))
        assert crowd <= set(board)
        assert board == {user: points for user, points in sums.items() if user in board}


def _log_in(urls: list[str], emails: list[str]) -> list[ApiSession]:
    """Each advocate signed in on one of the processes, in turn."""
    with ThreadPoolExecutor(CLIENT_THREADS) as pool:
        log_in = lambda n: ApiSession(urls[n % len(urls)], emails[n], "demo-password", TIMEOUT)  # noqa: E731
        return list(pool.map(log_in, range(len(emails))))


def _whole_board(session: ApiSession) -> dict[int, int]:
    """Every entry of the company's all-time board, page by page: advocate id -> points."""
    board, page, pages = {}, 1, 1
    while page <= pages:
        answer = session.get(f"/api/v1/leaderboards/all_time?limit=100&page={page}").json()
        board.update({e["advocate"]["id"]: e["points"] for e in answer["entries"]})
        page, pages = page + 1, answer["pages"]
    session.close()
    return board
