"""Live leaderboards end to end on the scaled setup: two server processes, PostgreSQL, Redis.

1,000 Socket.IO clients watch this week's company board, half on each process, while advocates
share at a fixed rate through both. For every committed share and every watched client,
latency is the time from sending the share request (an upper bound on its commit time) until
that client holds the new score: coalescing included, and a newer score arriving first counts
for the older one. Shares come from a separate process so the clients' timing is not disturbed. At the end
every client's board must equal a fresh snapshot.

    scripts/with-services .venv/bin/python bench/live_leaderboard.py [--rate 200 --seconds 60]
"""

import argparse
import asyncio
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import psycopg
import requests
import socketio

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_servers

BOARD = {"period": "week", "scope": "company"}


class Watcher:
    """One client: the board as it believes it is, and when each score arrived."""

    def __init__(self, url: str, cookie: str, timed: bool):
        self.url, self.cookie, self.timed = url, cookie, timed
        self.points: dict[int, int] = {}
        self.versions: dict[int, int] = {}
        self.arrivals: list[tuple[int, int, float]] = []  # (advocate, points, when)
        self.client = socketio.AsyncClient(reconnection=False)
        self.client.on("leaderboard:delta", self.on_delta)

    async def on_delta(self, delta):
        now = time.monotonic()
        for change in delta["changes"]:
            if change["version"] > self.versions.get(change["id"], 0):
                self.versions[change["id"]] = change["version"]
                self.points[change["id"]] = change["points"]
                if self.timed:
                    self.arrivals.append((change["id"], change["points"], now))

    async def start(self, snapshot: dict):
        await self.client.connect(self.url, headers={"Cookie": self.cookie}, transports=["websocket"])
        ack = await self.client.call("leaderboard:join", BOARD, timeout=30)
        assert ack["ok"], ack
        self.points = {e["advocate"]["id"]: e["points"] for e in snapshot["entries"]}


def share_load(urls, sharers, items, rate: float, seconds: float) -> list[tuple[int, int, float]]:
    """Share at `rate` a second through both processes; (advocate, new week points, sent at)."""
    commits, lock, count, durations, statuses = [], threading.Lock(), int(rate * seconds), [], {}
    sessions = [(ApiSession(urls[n % 2], email, PASSWORD), email) for n, email in enumerate(sharers)]
    ids = {email: session.get("/api/v1/me").json()["id"] for session, email in sessions}
    started = time.monotonic()

    def one(n: int) -> None:
        time.sleep(max(0.0, started + n / rate - time.monotonic()))
        session, email = sessions[n % len(sessions)]
        body = {"content_id": items[n % len(items)], "network": "x", "client_id": f"bench-{n:07d}"}
        sent = time.monotonic()
        try:
            response = session.post("/api/v1/shares", body)
        except requests.RequestException:
            return  # timed out: the server is saturated; counted as not committed
        durations.append((time.monotonic() - sent) * 1000)
        with lock:
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        if response.status_code == 201:
            with lock:
                commits.append((ids[email], response.json()["points"]["week"], sent))

    with ThreadPoolExecutor(max_workers=48) as pool:
        list(pool.map(one, range(count)))
    took = time.monotonic() - started
    print(f"shares: {len(commits):,} committed of {count:,} in {took:.1f} s = {len(commits) / took:.0f}/s")
    print(f"answers by status: {dict(sorted(statuses.items()))}")
    cuts = statistics.quantiles(durations, n=100)
    print(f"share requests: median {cuts[49]:.0f} ms, p99 {cuts[98]:.0f} ms")
    return commits


def latencies(commits, watchers) -> list[float]:
    """Commit-to-arrival in ms, for every commit at every timed watcher."""
    samples = []
    for watcher in (w for w in watchers if w.timed):
        arrived: dict[int, list[tuple[int, float]]] = {}
        for advocate, points, when in watcher.arrivals:
            arrived.setdefault(advocate, []).append((points, when))
        for advocate, points, committed in commits:
            # Scores only grow here, so the first arrival at or above this one is when the client
            # had it; one from before the request (a share that earned nothing) counts as 0 ms.
            held = [when for got, when in arrived.get(advocate, ()) if got >= points]
            samples.append(max(min(held) - committed, 0) * 1000 if held else float("inf"))
    return samples


async def run(group, args) -> None:
    urls = group.urls
    with psycopg.connect(group.database_url.replace("+psycopg", "")) as conn:
        sharers = [email for (email,) in conn.execute("SELECT email FROM users WHERE team_id IS NOT NULL")]
    # Every share must move the board: the demo's caps would stop most of them earning anything.
    admin = ApiSession(urls[0], "admin@demo.example", PASSWORD)
    flat = {"rules": [{"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10}]}
    assert admin.post("/api/v1/rules/publish", {"document": flat}).status_code == 201
    emails = [f"{p}@demo.example" for p in ("advocate", "advocate2", "manager")]
    sessions = [ApiSession(urls[n % 2], email, PASSWORD) for n, email in enumerate(emails)]
    items = [item["id"] for item in sessions[0].get("/api/v1/content/feed").json()["items"]]
    snapshot = sessions[0].get("/api/v1/leaderboards/week?limit=100").json()
    watchers = [
        Watcher(urls[n % 2], sessions[n % len(sessions)].cookie_header, n < args.timed)
        for n in range(args.clients)
    ]
    for first in range(0, len(watchers), 50):
        await asyncio.gather(*(w.start(snapshot) for w in watchers[first : first + 50]))
    print(f"{len(watchers):,} clients watching this week's company board across 2 processes")
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as load:
        job = load.submit(share_load, urls, sharers, items, args.rate, args.seconds)
        commits = await asyncio.wrap_future(job)
    await asyncio.sleep(2)  # the last coalesced messages
    final = sessions[0].get("/api/v1/leaderboards/week?limit=100").json()
    truth = {e["advocate"]["id"]: e["points"] for e in final["entries"]}
    right = sum(1 for w in watchers if {k: v for k, v in w.points.items() if v > 0} == truth)
    samples = latencies(commits, watchers)
    lost = sum(1 for s in samples if s == float("inf"))
    found = sorted(s for s in samples if s != float("inf"))
    print(
        f"commit to arrival ({args.timed} watched clients x {len(commits):,} commits = {len(samples):,}): "
        f"median {statistics.median(found):.0f} ms, p99 {statistics.quantiles(found, n=100)[98]:.0f} ms, "
        f"max {found[-1]:.0f} ms, never arrived {lost}"
    )
    print(f"clients whose board equals the final snapshot: {right:,} of {len(watchers):,}")
    await asyncio.gather(*(w.client.disconnect() for w in watchers))
    await asyncio.sleep(0.5)  # let the clients' connections close before the loop does


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--timed", type=int, default=50, help="clients whose every arrival is timed")
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=600, help="gunicorn threads per process")
    args = parser.parse_args()
    if not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")):
        sys.exit(f"Needs PostgreSQL and Redis: run `scripts/with-services .venv/bin/python {__file__}`")
    with live_servers(Path(tempfile.mkdtemp()), "bench", 2, threads=args.threads) as group:
        asyncio.run(run(group, args))


if __name__ == "__main__":
    main()
