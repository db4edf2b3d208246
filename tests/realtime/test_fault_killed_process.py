"""A server process killed (SIGKILL) in the middle of a burst of shares: nothing is half-written.
Every share stored has all its awards, every answered share is stored with what it answered, the
phones' retries of unanswered ones count once, and ledger, scores and rank store still agree."""

import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.support import ledger
from tests.support.advocates import add_advocates, emails
from tests.support.databases import is_postgres
from tests.support.live_server import ApiSession, live_servers, run_flask, wait_until_healthy, worker_pid

ADVOCATES, SHARES_EACH = 30, 8
KILL_AFTER = 60  # answers, so the kill lands in full flow
THREADS = 16 if is_postgres() else 8
SCALED = is_postgres() and bool(os.environ.get("REDIS_URL"))


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    prepare = lambda env: add_advocates(env, ADVOCATES, "burst")  # noqa: E731
    folder = tmp_path_factory.mktemp("killed")
    with live_servers(folder, "killed", 2 if SCALED else 1, prepare=prepare) as group:
        yield group


class Burst:
    """Shares sent from many threads; the answered ones with their answers, the rest kept to
    resend, like the PWA's outbox does."""

    def __init__(self, urls: list[str]):
        people = enumerate(emails(ADVOCATES, "burst"))
        self.jobs = [job for n, email in people for job in _taps(urls[n % len(urls)], email, n)]
        self.answers, self.unanswered = {}, []
        self.lock, self.flowing = threading.Lock(), threading.Event()

    def send(self, job: tuple[ApiSession, int, dict]) -> None:
        session, me, body = job
        try:
            answer = session.post("/api/v1/shares", body)
        except requests.ConnectionError:  # the process died with the request in it
            with self.lock:
                self.unanswered.append(job)
            return
        with self.lock:
            self.answers[(me, body["client_id"])] = answer
            if len(self.answers) >= KILL_AFTER:
                self.flowing.set()


def _taps(url: str, email: str, advocate: int) -> list[tuple[ApiSession, int, dict]]:
    """One advocate's shares: (their session, their id, the request body)."""
    session = ApiSession(url, email, "demo-password", timeout=60)
    me = session.get("/api/v1/me").json()["id"]
    feed = [item["id"] for item in session.get("/api/v1/content/feed").json()["items"]]
    bodies = [
        {"content_id": feed[n % len(feed)], "network": "x", "client_id": f"burst-{advocate:03d}-{n:02d}"}
        for n in range(SHARES_EACH)
    ]
    return [(session, me, body) for body in bodies]


def test_a_process_killed_mid_burst_leaves_no_half_written_award(servers):
    victim = servers.pids[0]
    burst = Burst(servers.urls)  # with two processes, the other one serves on throughout
    with ThreadPoolExecutor(THREADS) as pool:
        # Taps go in turn across advocates, so each one's shares spread over the whole burst.
        order = sorted(burst.jobs, key=lambda job: job[2]["client_id"][-2:])
        sent = [pool.submit(burst.send, job) for job in order]
        assert burst.flowing.wait(timeout=120)
        os.kill(worker_pid(victim), signal.SIGKILL)
        [future.result() for future in sent]
    assert burst.unanswered, "the kill should have cut some requests off"
    refused = [(a.status_code, a.text) for a in burst.answers.values() if a.status_code != 201]
    assert refused == []
    wait_until_healthy(servers.urls[0])  # gunicorn's master has started a new worker
    for session, me, body in burst.unanswered:  # the phone sends what it never heard back about
        answer = session.post_until_answered("/api/v1/shares", body)
        assert answer.status_code in (200, 201), answer.text
        burst.answers[(me, body["client_id"])] = answer
    _assert_stored_exactly_as_answered(servers.database_url, burst.answers)
    check = run_flask(servers.env, "check-ledger")
    assert check.returncode == 0, check.stdout + check.stderr


def _assert_stored_exactly_as_answered(database_url: str, answers: dict) -> None:
    awarded = ledger.share_awards(database_url)
    for (_, client_id), answer in answers.items():
        body = answer.json()
        assert body["share"]["client_id"] == client_id
        assert awarded[body["share"]["id"]] == sum(a["points"] for a in body["awards"])
    stored = {(me, cid) for me, _ in answers for _, cid in ledger.shares_of(database_url, me)}
    assert stored == set(answers)  # one share per tap: no more, no fewer
    assert ledger.orphan_share_awards(database_url) == []
