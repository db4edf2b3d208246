"""Redis stopped in the middle of traffic, on a private redis-server (the run's shared one is left
alone; SQLite runs use one too). Sharing goes on and nothing is lost; boards say 503 at once;
when Redis is back, live updates and the pushes queued meanwhile resume, and ledger, scores and
rank store agree again."""

import queue
import time
from contextlib import contextmanager

from server.demo import PASSWORD
from tests.realtime.test_live_server import _connect
from tests.support import ledger
from tests.support.advocates import add_advocates, emails
from tests.support.databases import is_postgres
from tests.support.live_server import ApiSession, live_servers, run_flask
from tests.support.push_service import PushService
from tests.support.redis_server import PrivateRedis

ADVOCATES = 6
QUICK_RETRIES = {"PUSH_RETRY_BASE_SECONDS": "0.5", "PUSH_TIMEOUT": "2"}


class Sharers:
    """Advocates sharing in rounds, each round's answers kept to check against the ledger."""

    def __init__(self, urls: list[str]):
        people = emails(ADVOCATES, "redis")
        self.sessions = [ApiSession(urls[n % len(urls)], e, PASSWORD) for n, e in enumerate(people)]
        self.feeds = [[i["id"] for i in s.get("/api/v1/content/feed").json()["items"]] for s in self.sessions]
        self.answers = []

    def round(self, name: str) -> list[int]:
        codes = []
        for n, session in enumerate(self.sessions):
            content_id = self.feeds[n][len(self.answers) % len(self.feeds[n])]
            body = {"content_id": content_id, "network": "linkedin", "client_id": f"{name}-{n:04d}-x"}
            answer = session.post_until_answered("/api/v1/shares", body)
            self.answers.append(answer)
            codes.append(answer.status_code)
        return codes  # 200 can only mean a resend of a share already stored: never expected here


@contextmanager
def _installation(tmp_path):
    """Server processes (two on PostgreSQL) on a private Redis, and a push service."""
    prepare = lambda env: add_advocates(env, ADVOCATES, "redis")  # noqa: E731
    with PrivateRedis(tmp_path) as redis_server, PushService() as push:
        overrides = {"REDIS_URL": redis_server.url, **QUICK_RETRIES}
        count = 2 if is_postgres() else 1
        with live_servers(tmp_path, "redis-fault", count, prepare=prepare, overrides=overrides) as group:
            yield group, redis_server, push


def test_sharing_survives_redis_going_away_and_live_news_and_pushes_resume(tmp_path):
    with _installation(tmp_path) as (group, redis_server, push):
        sharers, inbox = Sharers(group.urls), queue.Queue()
        watcher_http = ApiSession(group.urls[-1], "manager@demo.example", PASSWORD)
        watcher = _connect(group.urls[-1], watcher_http, inbox)
        assert watcher.call("leaderboard:join", {"period": "week", "scope": "company"}, timeout=5)["ok"]
        phone = _phone(group.urls[0], push)
        admin = ApiSession(group.urls[0], "admin@demo.example", PASSWORD)
        assert sharers.round("before") == [201] * ADVOCATES
        assert inbox.get(timeout=10)[0] in ("leaderboard:delta", "points:update")
        redis_server.stop()
        assert sharers.round("during") == [201] * ADVOCATES
        _assert_board_says_unavailable(watcher_http)
        story = {"title": "While Redis was away", "url": "https://news.example.test/r"}
        assert admin.post("/api/v1/content", story).status_code == 201
        time.sleep(2)  # long enough for the task workers and Socket.IO's listener to lose Redis too
        _drain(inbox)
        redis_server.start()
        _assert_live_updates_resume(sharers, inbox)
        push.wait_for(lambda s: s.delivered(phone), timeout=30, description="the push held meanwhile")
        assert sharers.round("after") == [201] * ADVOCATES
        watcher.disconnect()
        _assert_ledger_has_every_answered_share(group.database_url, sharers.answers)
        check = run_flask(group.env, "check-ledger")
        assert check.returncode == 0, check.stdout + check.stderr


def _phone(url: str, push: PushService):
    owner = ApiSession(url, "advocate2@demo.example", PASSWORD)
    phone = push.subscription("ok")
    assert owner.post("/api/v1/push/devices", {**phone.info(), "label": "Phone"}).status_code == 201
    return phone


def _assert_board_says_unavailable(session: ApiSession) -> None:
    started = time.monotonic()
    answer = session.get("/api/v1/leaderboards/week")
    assert time.monotonic() - started < 5  # a clean answer, not a hang
    assert answer.status_code == 503, answer.text
    assert answer.json()["error"]["code"] == "unavailable" and answer.headers["Retry-After"]


def _assert_live_updates_resume(sharers: Sharers, inbox: queue.Queue) -> None:
    """Socket.IO's Redis listener reconnects with backoff; a share a little later reaches the watcher."""
    deadline = time.monotonic() + 30
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        assert sharers.round(f"back{rounds}")[:1] == [201]
        try:
            while True:
                name, _ = inbox.get(timeout=2)
                if name == "leaderboard:delta":
                    return
        except queue.Empty:
            continue
    raise AssertionError("no leaderboard:delta within 30 s of Redis coming back")


def _drain(inbox: queue.Queue) -> None:
    while not inbox.empty():
        inbox.get_nowait()


def _assert_ledger_has_every_answered_share(database_url: str, answers: list) -> None:
    awarded = ledger.share_awards(database_url)
    for answer in answers:
        body = answer.json()
        assert awarded[body["share"]["id"]] == sum(a["points"] for a in body["awards"])
