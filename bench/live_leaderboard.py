"""Live leaderboards end to end on the scaled setup: two server processes, PostgreSQL, Redis.

1,000 Socket.IO clients watch this week's company board, half on each process, while advocates
share at a fixed rate through both (at most `--in-flight` requests at once, like a pool of senders).
Each share's clock starts when the fixed rate sends it, whether or not a sender is free then (a
person who taps Share does not wait for the load generator). For every share and every watched
client, latency is the time from then until that client holds the new score: coalescing
included, and a newer score arriving first counts for the older one. A share that got no 201
(timed out, refused, failed) is a miss for every client, and misses are in the percentiles as
slower than any arrival, so a p99 can read "miss". Shares come from a separate
process and the clients are spread over `--client-processes`, so the clients' timing is not
disturbed. At the end every client's board must equal a fresh snapshot. The clients speak the few
Engine.IO/Socket.IO packets they need on a bare websocket: python-socketio's client spends a task
and a timer per message, CPU that the servers under test need on a 2-core machine.

    scripts/with-services .venv/bin/python bench/live_leaderboard.py [--rate 200 --seconds 60]
        [--worker-class gevent,gthread]
"""

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.accounts import accounts_of
from bench.meter import Meter, machine_busy_seconds
from server.demo import PASSWORD
from tests.support.live_server import ApiSession, live_servers

BOARD = {"period": "week", "scope": "company"}
# Each advocate here shares several times a second, far past the per-advocate share limit a real
# server keeps: raise it out of reach (each share still pays for the check).
UNREACHED_LIMITS = {"SHARE_RATE_LIMIT": "1000000 per minute"}


class Watcher:
    """One client: the board as it believes it is, and when each score arrived."""

    def __init__(self, url: str, cookie: str, timed: bool):
        self.url, self.cookie, self.timed = url, cookie, timed
        self.points: dict[int, int] = {}
        self.versions: dict[int, int] = {}
        self.arrivals: list[tuple[int, int, float]] = []  # (advocate, points, when)
        self.ws = None

    def on_delta(self, changes: list, now: float) -> None:
        versions, points = self.versions, self.points
        for change in changes:
            member, version = change["id"], change["version"]
            if version > versions.get(member, 0):
                versions[member], points[member] = version, change["points"]
                if self.timed:
                    self.arrivals.append((member, change["points"], now))

    async def start(self, http: aiohttp.ClientSession, snapshot: dict) -> None:
        """Open the socket, join the board (packet 421, acknowledged by 431), then keep reading."""
        self.points = {e["advocate"]["id"]: e["points"] for e in snapshot["entries"]}
        url = self.url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
        self.ws = await http.ws_connect(url, headers={"Cookie": self.cookie}, autoping=False)
        assert (await self.ws.receive_str()).startswith("0"), "no Engine.IO open packet"
        await self.ws.send_str("40")
        assert (await self.ws.receive_str()).startswith("40"), "Socket.IO connect refused"
        await self.ws.send_str("421" + json.dumps(["leaderboard:join", BOARD]))
        while not (packet := await self._next()).startswith("431"):
            pass
        assert json.loads(packet[3:])[0]["ok"], packet
        asyncio.get_running_loop().create_task(self._read_forever())

    async def _next(self) -> str:
        """The next packet that is not a ping (answered) or a board delta (applied)."""
        while True:
            packet = await self.ws.receive_str()
            if packet == "2":
                await self.ws.send_str("3")
            elif packet.startswith('42["leaderboard:delta"'):
                self.on_delta(json.loads(packet[2:])[1]["changes"], time.monotonic())
            else:
                return packet

    async def _read_forever(self) -> None:
        try:
            while True:
                await self._next()
        except (TypeError, aiohttp.ClientError, ConnectionError):  # closed: receive_str got a close
            return


def watch(urls, cookies, numbers, timed: int, snapshot: dict, control) -> None:
    """In a client process: connect and join the watchers numbered `numbers`, say so on `control`,
    watch until told to stop, then send back each one's board and timed arrivals."""
    control.send(asyncio.run(_watch(urls, cookies, numbers, timed, snapshot, control)))


async def _watch(urls, cookies, numbers, timed, snapshot, control):
    watchers = [Watcher(urls[n % 2], cookies[n % len(cookies)], n < timed) for n in numbers]
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar()) as http:
        for first in range(0, len(watchers), 50):
            await asyncio.gather(*(w.start(http, snapshot) for w in watchers[first : first + 50]))
        control.send("ready")
        await asyncio.get_running_loop().run_in_executor(None, control.recv)  # "stop"
        await asyncio.gather(*(w.ws.close() for w in watchers))
    return [({k: v for k, v in w.points.items() if v > 0}, w.arrivals if w.timed else None) for w in watchers]


def share_load(urls, sharers, items, rate: float, seconds: float, in_flight: int) -> tuple[list[tuple], int]:
    """Share at `rate` a second through both processes: each committed share's (advocate, new
    week points, when it was sent), and how many shares were sent."""
    sessions = [ApiSession(urls[n % 2], email, PASSWORD) for n, email in enumerate(sharers)]
    ids = [session.get("/api/v1/me").json()["id"] for session in sessions]
    return asyncio.run(_share_load(sessions, ids, items, rate, seconds, in_flight))


async def _share_load(sessions, ids, items, rate, seconds, in_flight):
    commits, durations, statuses, count = [], [], {}, int(rate * seconds)
    senders = asyncio.Semaphore(in_flight)
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=5)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=aiohttp.DummyCookieJar()) as http:
        started = time.monotonic()

        async def one(n: int) -> None:
            sent = started + n / rate  # the fixed rate sends it now, free sender or not
            await asyncio.sleep(max(0.0, sent - time.monotonic()))
            async with senders:
                await send(n, sent)

        async def send(n: int, sent: float) -> None:
            session, advocate = sessions[n % len(sessions)], ids[n % len(sessions)]
            headers = {"Cookie": session.cookie_header, "X-CSRFToken": session.http.headers["X-CSRFToken"]}
            body = {"content_id": items[n % len(items)], "network": "x", "client_id": f"bench-{n:07d}"}
            try:
                async with http.post(
                    session.base_url + "/api/v1/shares", json=body, headers=headers, timeout=timeout
                ) as response:
                    answer = await response.json() if response.status == 201 else None
            except (TimeoutError, aiohttp.ClientError) as error:
                durations.append(math.inf)  # no answer: a miss, slower than any answer
                name = "timed out" if isinstance(error, TimeoutError) else "no answer"
                statuses[name] = statuses.get(name, 0) + 1
                return
            durations.append((time.monotonic() - sent) * 1000)
            statuses[response.status] = statuses.get(response.status, 0) + 1
            if answer is not None:
                commits.append((advocate, answer["points"]["week"], sent))

        await asyncio.gather(*(one(n) for n in range(count)))
    took = time.monotonic() - started
    print(f"shares: {len(commits):,} committed of {count:,} in {took:.1f} s = {len(commits) / took:.0f}/s")
    print(f"answers by status: {dict(sorted(statuses.items(), key=str))}")
    print(
        f"share requests, from when each was sent: median {_ms(percentile(durations, 0.5))}, "
        f"p99 {_ms(percentile(durations, 0.99))}"
    )
    return commits, count


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest rank: misses (infinity) count as slower than everything else."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _ms(value: float) -> str:
    return "miss" if value == math.inf else f"{value:.0f} ms"


def latencies(commits, timed_arrivals, uncommitted: int) -> list[float]:
    """Send-to-arrival in ms for every share at every timed watcher; infinity for a miss: a share
    committed that never arrived, or one of the `uncommitted` shares that got no 201."""
    samples = [math.inf] * (uncommitted * len(timed_arrivals))
    for arrivals in timed_arrivals:
        arrived: dict[int, list[tuple[int, float]]] = {}
        for advocate, points, when in arrivals:
            arrived.setdefault(advocate, []).append((points, when))
        for advocate, points, committed in commits:
            # Scores only grow here, so the first arrival at or above this one is when the client
            # had it; one from before the request (a share that earned nothing) counts as 0 ms.
            held = [when for got, when in arrived.get(advocate, ()) if got >= points]
            samples.append(max(min(held) - committed, 0) * 1000 if held else math.inf)
    return samples


def run(group, args) -> None:
    urls = group.urls
    sharers = accounts_of(group)
    # Every share must move the board: the demo's caps would stop most of them earning anything.
    admin = ApiSession(urls[0], "admin@demo.example", PASSWORD)
    flat = {"rules": [{"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10}]}
    assert admin.post("/api/v1/rules/publish", {"document": flat}).status_code == 201
    emails = [f"{p}@demo.example" for p in ("advocate", "advocate2", "manager")]
    sessions = [ApiSession(urls[n % 2], email, PASSWORD) for n, email in enumerate(emails)]
    # Content targeted to one team would refuse everyone else's shares (403): only company-wide items.
    feed = sessions[0].get("/api/v1/content/feed").json()["items"]
    items = [item["id"] for item in feed if not item["target_team_ids"]]
    snapshot = sessions[0].get("/api/v1/leaderboards/week?limit=100").json()
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as load:
        controls = _start_watchers(spawn, urls, [s.cookie_header for s in sessions], snapshot, args)
        print(f"{args.clients:,} clients watching this week's company board across 2 processes")
        meter, machine = Meter(group), machine_busy_seconds()
        meter.start_cpu()
        commits, sent = load.submit(
            share_load, urls, sharers, items, args.rate, args.seconds, args.in_flight
        ).result()
        print_cpu(meter.cpu_shares(), machine, len(commits) / (time.monotonic() - meter.cpu_at[0]))
    time.sleep(2)  # the last coalesced messages
    final = sessions[0].get("/api/v1/leaderboards/week?limit=100").json()
    truth = {e["advocate"]["id"]: e["points"] for e in final["entries"]}
    for control in controls:
        control.send("stop")
    watched = [result for control in controls for result in control.recv()]
    right = sum(1 for board, _ in watched if board == truth)
    timed = [arrivals for _, arrivals in watched if arrivals is not None]
    samples = latencies(commits, timed, sent - len(commits))
    missed = sum(1 for s in samples if s == math.inf)
    arrived = [s for s in samples if s != math.inf]
    print(
        f"share to arrival ({len(timed)} watched clients x {sent:,} shares = {len(samples):,}): "
        f"median {_ms(percentile(samples, 0.5))}, p99 {_ms(percentile(samples, 0.99))}, "
        f"slowest arrival {_ms(max(arrived, default=math.inf))}, misses {missed:,} "
        f"({(sent - len(commits)) * len(timed):,} of them shares without a 201)"
    )
    print(f"clients whose board equals the final snapshot: {right:,} of {len(watched):,}")


def print_cpu(cores: dict[str, float], machine_before: tuple[float, float], shares_per_second: float) -> None:
    """Where the machine's CPU went while sharing, and each share's cost: what says whether the
    rate asked for fits this machine at all."""
    (busy_before, total_before), (busy, total) = machine_before, machine_busy_seconds()
    count = os.cpu_count()
    busy_cores = (busy - busy_before) / (total - total_before) * count
    servers = sum(share for name, share in cores.items() if name.startswith("server"))
    shown = ", ".join(f"{name} {share:.2f}" for name, share in cores.items())
    rest = busy_cores - sum(cores.values())
    print(f"CPU while sharing, in cores: {shown}, the rest (clients, sharer, system) {rest:.2f}")
    print(f"machine busy: {busy_cores:.2f} of {count} cores")
    per_share = servers / shares_per_second * 1000
    print(f"server CPU per committed share: {per_share:.1f} ms (the live updates to every client included)")


def _start_watchers(spawn, urls, cookies, snapshot, args) -> list:
    """Spread the watchers over `--client-processes`; return once every one has joined."""
    controls = []
    for k in range(args.client_processes):
        mine, theirs = spawn.Pipe()
        numbers = list(range(k, args.clients, args.client_processes))
        spawn.Process(target=watch, args=(urls, cookies, numbers, args.timed, snapshot, theirs)).start()
        controls.append(mine)
    for control in controls:
        assert control.recv() == "ready"
    return controls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--timed", type=int, default=50, help="clients whose every arrival is timed")
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--threads", type=int, default=600, help="gunicorn threads per process (gthread)")
    parser.add_argument(
        "--worker-class",
        default="gevent,gthread",
        help="gunicorn worker classes to compare, one run each on fresh servers: gevent, gthread",
    )
    parser.add_argument("--in-flight", type=int, default=48, help="share requests sent at once, at most")
    parser.add_argument("--client-processes", type=int, default=2, help="processes the clients share")
    args = parser.parse_args()
    if not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")):
        sys.exit(f"Needs PostgreSQL and Redis: run `scripts/with-services .venv/bin/python {__file__}`")
    for worker_class in args.worker_class.split(","):
        print(f"--- gunicorn --worker-class {worker_class} (load average {os.getloadavg()[0]:.1f})")
        folder, name = Path(tempfile.mkdtemp()), f"bench-{worker_class}"
        with live_servers(
            folder, name, 2, threads=args.threads, worker_class=worker_class, overrides=UNREACHED_LIMITS
        ) as group:
            run(group, args)


if __name__ == "__main__":
    main()
