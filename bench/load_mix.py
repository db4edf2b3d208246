"""Load, a benchmark and not a test: a realistic mix on the scaled setup (two server processes
sharing PostgreSQL and Redis, as behind nginx) for 10 minutes.

The demo's advocates and `--people` more (300) take turns in the app, `--users` of them (50) at a
time, `--rate` requests a second in all (150); visits arrive at random (Poisson), so the rate is
steady and not in lockstep. Every visit reads the feed; then, each on its own chance: the
person's profile (`/me`, 30%), their points (`/me/progress`, 10%), a leaderboard (25%: the
board index, then this week's, month's or all-time board, company or team), opening an item
(15%), and sharing an item of the feed to a network (25%). Visitors follow each share's tracked
link 4 times over the next 30 s, each from an address of their own with a browser's user agent,
so every click counts and is scored. All along, `--clients` Socket.IO clients (200 people, half
on each process) watch this week's company board and their own points.

After `--warm-up` seconds (30) of the same load, the figures start: requests a second, p50 and
p99 by endpoint, errors (anything but 2xx and 3xx, no answer within `--timeout` (10 s), sockets
refused or dropped, error lines in the server logs; goal: none), CPU of the servers, PostgreSQL
and Redis, and each server process's memory (its gunicorn worker's RSS; the master only
supervises) at the start, every minute and at the end (goal: growth under 10%).

Like nginx in the scaled setup, the clients open a connection per request and say who the
visitor is in X-Forwarded-For (the servers trust one proxy, TRUSTED_PROXIES=1). The share and
click rate limits are raised so the benchmark measures the server, not the limiter (with
`--people 0` the 50 at a time share the demo's 35 accounts, more than anyone shares by hand).
The demo's newcomer must first acknowledge the guidelines, so would only get 403s: left out.
Advocates and socket clients run in processes of their own, so the servers' CPU is visible.

    scripts/with-services .venv/bin/python bench/load_mix.py [--seconds 600 --rate 150
        --users 50 --people 300 --clients 200 --worker-class gevent]
"""

import argparse
import asyncio
import multiprocessing
import os
import random
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.accounts import accounts_of
from bench.live_leaderboard import Watcher
from bench.meter import Meter
from server.content.models import NETWORKS
from server.demo import PASSWORD
from tests.support.advocates import add_advocates
from tests.support.live_server import ApiSession, live_servers

FEED, SHARES, CLICKS = "GET /api/v1/content/feed", "POST /api/v1/shares", "GET /s/<code>"
ME, PROGRESS, OPEN = "GET /api/v1/me", "GET /api/v1/me/progress", "POST /api/v1/content/<id>/open"
BOARDS, BOARD = "GET /api/v1/leaderboards", "GET /api/v1/leaderboards/<period>"
SOCKETS = "WS /socket.io connect + leaderboard:join"
ENDPOINTS = [FEED, ME, PROGRESS, BOARDS, BOARD, OPEN, SHARES, CLICKS, SOCKETS]
# A visit's chances beyond the feed read; each share brings CLICKS_PER_SHARE clicks.
CHANCES = {"me": 0.3, "progress": 0.1, "board": 0.25, "open": 0.15, "share": 0.25}
CLICKS_PER_SHARE, CLICK_SPREAD = 4, 30.0
REQUESTS_PER_VISIT = 1 + sum(CHANCES.values()) + CHANCES["board"] + CHANCES["share"] * CLICKS_PER_SHARE
WEBKIT = "AppleWebKit/537.36 (KHTML, like Gecko)"
BROWSERS = [
    f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) {WEBKIT} Chrome/131.0.0.0 Safari/537.36",
    f"Mozilla/5.0 (Linux; Android 14; Pixel 8) {WEBKIT} Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0",
]
OVERRIDES = {
    "TRUSTED_PROXIES": "1",
    "SHARE_RATE_LIMIT": "100000 per minute",
    "CLICK_RATE_LIMIT": "100000 per minute",
}


class Tally:
    """Latencies and errors per endpoint, from the end of the warm-up on; errors before it apart."""

    def __init__(self):
        self.ms = {name: [] for name in ENDPOINTS}
        self.errors = dict.fromkeys(ENDPOINTS, 0)
        self.unanswered = dict.fromkeys(ENDPOINTS, 0)  # timeouts and broken connections
        self.warm_up_errors = dict.fromkeys(ENDPOINTS, 0)
        self.examples: list[str] = []
        self.measuring = False

    def add(self, name: str, ms: float | None, problem: str | None) -> None:
        if problem and len(self.examples) < 10:
            self.examples.append(f"{name}: {problem}")
        if not self.measuring:
            self.warm_up_errors[name] += problem is not None
            return
        if ms is not None:
            self.ms[name].append(ms)
        else:
            self.unanswered[name] += 1
        self.errors[name] += problem is not None


class Advocate:
    """One of the advocates using the app at a time, sending what the PWA sends; each visit is
    the next of its `people` opening the app (their server and headers)."""

    def __init__(self, number: int, people: list[tuple[str, dict]], http, tally: Tally, urls):
        self.people, self.http, self.tally, self.urls = people, http, tally, urls
        self.url, self.headers = people[0]
        self.deadline = float("inf")
        self.rng = random.Random(number)
        self.visits = self.shares = 0
        self.clicks: set[asyncio.Task] = set()
        self.client = f"load-{number:03d}-{os.getpid()}"

    async def call(self, name: str, method: str, url: str, headers: dict, body=None, parse=False):
        """Send one request and tally it; the answer's JSON when `parse`, else its status."""
        sent = time.monotonic()
        if sent >= self.deadline:  # the run is over: what is still in flight finishes, nothing new
            return None
        try:
            async with self.http.request(
                method, url, json=body, headers=headers, allow_redirects=False
            ) as response:
                answer = await response.json() if parse and response.status < 300 else await response.read()
        except (TimeoutError, aiohttp.ClientError) as error:
            self.tally.add(name, None, f"{type(error).__name__} {error}")
            return None
        ms = (time.monotonic() - sent) * 1000
        ok = 200 <= response.status < 400
        self.tally.add(name, ms, None if ok else f"{response.status} {str(answer)[:200]}")
        return (answer if parse else response.status) if ok else None

    async def visit(self) -> None:
        self.url, self.headers = self.people[self.visits % len(self.people)]
        self.visits += 1
        chance, api = self.rng.random, self.url + "/api/v1"
        feed = await self.call(FEED, "GET", api + "/content/feed", self.headers, parse=True)
        if chance() < CHANCES["me"]:
            await self.call(ME, "GET", api + "/me", self.headers)
        if chance() < CHANCES["progress"]:
            await self.call(PROGRESS, "GET", api + "/me/progress", self.headers)
        if chance() < CHANCES["board"]:
            await self.view_board(api)
        items = feed["items"] if feed else []
        if items and chance() < CHANCES["open"]:
            await self.call(OPEN, "POST", f"{api}/content/{self.rng.choice(items)['id']}/open", self.headers)
        if items and chance() < CHANCES["share"]:
            await self.share(api, self.rng.choice(items))

    async def view_board(self, api: str) -> None:
        await self.call(BOARDS, "GET", api + "/leaderboards", self.headers)
        period = self.rng.choices(["week", "month", "all_time"], [6, 3, 1])[0]
        scope = self.rng.choices(["company", "team"], [7, 3])[0]
        board = f"{api}/leaderboards/{period}?scope={scope}&page=1&limit=25"
        await self.call(BOARD, "GET", board, self.headers)

    async def share(self, api: str, item: dict) -> None:
        network = self.rng.choice(NETWORKS)
        self.shares += 1
        body = {"content_id": item["id"], "network": network, "client_id": f"{self.client}-{self.shares:06d}"}
        if await self.call(SHARES, "POST", api + "/shares", self.headers, body) == 201:
            path = urlsplit(item["share_links"][network]).path
            for _ in range(CLICKS_PER_SHARE):
                task = asyncio.get_running_loop().create_task(self.click(path))
                self.clicks.add(task)
                task.add_done_callback(self.clicks.discard)

    async def click(self, path: str) -> None:
        """A visitor follows the link a little later, from their own address: it counts."""
        await asyncio.sleep(self.rng.uniform(0, CLICK_SPREAD))
        address = f"10.{self.rng.randrange(2, 255)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"
        headers = {"X-Forwarded-For": address, "User-Agent": self.rng.choice(BROWSERS)}
        await self.call(CLICKS, "GET", self.urls[hash(address) % 2] + path, headers)

    async def run(self, started: float, interval: float, deadline: float) -> None:
        """Visit at random times, on average every `interval` seconds, until `deadline`."""
        self.deadline, at = deadline, started + self.rng.uniform(0, interval)
        while True:
            now = time.monotonic()
            at = max(at, now - interval)  # behind schedule (a saturated server): no bursts to catch up
            if at >= deadline:
                break
            await asyncio.sleep(at - now)
            await self.visit()
            at += self.rng.expovariate(1 / interval)
        await asyncio.gather(*list(self.clicks))


def advocates(urls, accounts, args, control) -> None:
    """In a load process: say "warm" when the warm-up ends, then send back the tally."""
    control.send(asyncio.run(_advocates(urls, accounts, args, control)))


async def _advocates(urls, accounts, args, control):
    tally, interval = Tally(), args.users * REQUESTS_PER_VISIT / args.rate
    # One connection per request, as nginx talks to its upstreams in the scaled setup.
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    timeout = aiohttp.ClientTimeout(total=args.timeout)
    async with aiohttp.ClientSession(
        connector=connector, cookie_jar=aiohttp.DummyCookieJar(), timeout=timeout
    ) as http:
        people = [_person(k, account, urls) for k, account in enumerate(accounts)]
        # Each of the advocates at a time takes turns with its share of the people.
        turns = [people[n :: args.users] or [people[n % len(people)]] for n in range(args.users)]
        using = [Advocate(n, turns[n], http, tally, urls) for n in range(args.users)]
        started = time.monotonic()
        warm, deadline = started + args.warm_up, started + args.warm_up + args.seconds
        runs = asyncio.gather(*(advocate.run(started, interval, deadline) for advocate in using))
        await asyncio.sleep(args.warm_up)
        tally.measuring, cpu = True, time.process_time()
        control.send("warm")
        await runs
    return {
        "ms": tally.ms,
        "errors": tally.errors,
        "unanswered": tally.unanswered,
        "warm_up_errors": tally.warm_up_errors,
        "examples": tally.examples,
        "seconds": args.seconds,
        "cpu": (time.process_time() - cpu) / (time.monotonic() - warm),
    }


def _person(k: int, account: tuple[str, str], urls: list[str]) -> tuple[str, dict]:
    """A person's server (nginx's ip_hash keeps them on one) and headers: login, phone, address."""
    cookie, csrf = account
    address = f"10.1.{k // 256}.{k % 256}"
    headers = {"Cookie": cookie, "X-CSRFToken": csrf, "X-Forwarded-For": address}
    return urls[k % 2], {**headers, "User-Agent": BROWSERS[k % len(BROWSERS)]}


class Client(Watcher):
    """A socket client that counts what it receives and notices when its socket drops."""

    def __init__(self, url: str, cookie: str):
        super().__init__(url, cookie, timed=False)
        self.deltas = self.updates = 0
        self.dropped = self.stopping = False

    def on_delta(self, changes: list, now: float) -> None:
        self.deltas += 1
        super().on_delta(changes, now)

    async def _read_forever(self) -> None:
        try:
            while True:
                packet = await self._next()
                self.updates += packet.startswith(('42["points:update"', '42["progress:update"'))
        except (TypeError, aiohttp.ClientError, ConnectionError):  # closed: receive_str got a close
            self.dropped = not self.stopping


def sockets(urls, cookies, numbers, control) -> None:
    """In a client process: connect and join, say "ready", hold on until "stop", send back counts."""
    control.send(asyncio.run(_sockets(urls, cookies, numbers, control)))


async def _sockets(urls, cookies, numbers, control):
    clients = [Client(urls[n % 2], cookies[n % len(cookies)]) for n in numbers]
    joins, refused = [], []

    async def join(client: Client, http) -> None:
        sent = time.monotonic()
        try:
            await asyncio.wait_for(client.start(http, {"entries": []}), 10)
            joins.append((time.monotonic() - sent) * 1000)
        except (AssertionError, TimeoutError, TypeError, aiohttp.ClientError) as error:
            refused.append(f"{type(error).__name__} {error}"[:200])

    cpu, started = time.process_time(), time.monotonic()
    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0), cookie_jar=aiohttp.DummyCookieJar()
    ) as http:
        for first in range(0, len(clients), 50):
            await asyncio.gather(*(join(client, http) for client in clients[first : first + 50]))
        control.send("ready")
        await asyncio.get_running_loop().run_in_executor(None, control.recv)  # "stop"
        for client in clients:
            client.stopping = True
        await asyncio.gather(*(c.ws.close() for c in clients if c.ws is not None))
    return {
        "joins": joins,
        "refused": refused,
        "dropped": sum(c.dropped for c in clients),
        "deltas": sum(c.deltas for c in clients),
        "updates": sum(c.updates for c in clients),
        "cpu": (time.process_time() - cpu) / (time.monotonic() - started),
    }


def _log_errors(logs: list[Path]) -> list[str]:
    """The servers' error lines: failed tasks, worker timeouts, unhandled errors."""
    pattern = re.compile(r" (ERROR|CRITICAL) |\[(ERROR|CRITICAL)\]")
    return [
        line for log in logs for line in log.read_text(errors="replace").splitlines() if pattern.search(line)
    ]


def _percentile(values: list[float], q: float) -> float:
    """Nearest rank: the value at or below which a fraction `q` of `values` lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))] if ordered else float("nan")


def run(group, args) -> None:
    urls, emails = group.urls, accounts_of(group)
    with ThreadPoolExecutor(4) as pool:  # logins hash passwords: both servers, a few at a time
        sessions = list(pool.map(lambda n: ApiSession(urls[n % 2], emails[n], PASSWORD), range(len(emails))))
    accounts = [(s.cookie_header, s.http.headers["X-CSRFToken"]) for s in sessions]
    print(
        f"{len(accounts)} people; {args.users} advocates at a time at {args.rate:g} requests/s "
        f"({REQUESTS_PER_VISIT:.2f} a visit); {args.clients} socket clients; "
        f"{args.warm_up:g} s warm-up, then {args.seconds:g} s measured",
        flush=True,
    )
    spawn = multiprocessing.get_context("spawn")
    socket_controls = _start_sockets(spawn, urls, [cookie for cookie, _ in accounts], args)
    mine, theirs = spawn.Pipe()
    load = spawn.Process(target=advocates, args=(urls, accounts, args, theirs), daemon=True)
    load.start()
    assert mine.recv() == "warm"
    meter = Meter(group)
    meter.sample(0)
    meter.start_cpu()
    started = time.monotonic()
    while load.is_alive() and not mine.poll(min(60.0, args.seconds + 5)):
        meter.sample(time.monotonic() - started)
    if not mine.poll(1):
        raise RuntimeError("the advocates' process ended without its figures: see its traceback above")
    meter.sample(time.monotonic() - started)
    cpu = meter.cpu_shares()
    tally = mine.recv()
    load.join()
    for control in socket_controls:
        control.send("stop")
    held = [control.recv() for control in socket_controls]
    report(tally, held, meter, cpu, _log_errors(group.logs), args)


def _start_sockets(spawn, urls, cookies, args) -> list:
    """Spread the socket clients over `--client-processes`; return once every one has joined."""
    controls = []
    for k in range(args.client_processes):
        mine, theirs = spawn.Pipe()
        numbers = list(range(k, args.clients, args.client_processes))
        spawn.Process(target=sockets, args=(urls, cookies, numbers, theirs), daemon=True).start()
        controls.append(mine)
    for control in controls:
        assert control.recv() == "ready"
    return controls


def report(tally: dict, held: list[dict], meter: Meter, cpu: dict, logged: list[str], args) -> None:
    joins = [ms for h in held for ms in h["joins"]]
    refused = [why for h in held for why in h["refused"]]
    tally["ms"][SOCKETS], tally["errors"][SOCKETS] = joins, len(refused)
    tally["unanswered"][SOCKETS] = len(refused)
    seconds, missed = tally["seconds"], []
    print(f"\n--- {seconds:.0f} s measured, gunicorn --worker-class {args.worker_class}, 2 processes")
    print(f"{'endpoint':42} {'count':>8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'rate':>7}")
    for name in ENDPOINTS:
        ms, errors = tally["ms"][name], tally["errors"][name]
        count = len(ms) + tally["unanswered"][name]
        rate = "" if name == SOCKETS else f"{count / seconds:7.1f}"
        print(
            f"{name:42} {count:8,} {rate:>7} {_percentile(ms, 0.5):8.1f} {_percentile(ms, 0.99):8.1f} "
            f"{errors:7,} {errors / max(count, 1):7.2%}"
        )
    http = [name for name in ENDPOINTS if name != SOCKETS]
    total = sum(len(tally["ms"][name]) for name in http) + sum(tally["unanswered"][name] for name in http)
    errors = sum(tally["errors"][name] for name in http)
    every = [ms for name in http for ms in tally["ms"][name]]
    print(
        f"{'all HTTP':42} {total:8,} {total / seconds:7.1f} {_percentile(every, 0.5):8.1f} "
        f"{_percentile(every, 0.99):8.1f} {errors:7,} {errors / max(total, 1):7.2%}"
    )
    print(f"asked for {args.rate:g} requests/s, sent {total / seconds:.1f} (slow answers hold visits back)")
    warm_up = sum(tally["warm_up_errors"].values())
    dropped = sum(h["dropped"] for h in held)
    print(
        f"sockets: {len(joins)} of {args.clients} joined, {len(refused)} refused, {dropped} dropped during "
        f"the run; received {sum(h['deltas'] for h in held):,} board deltas and "
        f"{sum(h['updates'] for h in held):,} points or progress updates"
    )
    print(f"errors during the warm-up: {warm_up}")
    for example in tally["examples"] + refused[:5]:
        print(f"  e.g. {example}")
    print(f"server logs: {len(logged)} errors (the whole run)")
    for line in list(dict.fromkeys(line[:200] for line in logged))[:5]:
        print(f"  e.g. {line}")
    shares = ", ".join(f"{name} {share:.0%}" for name, share in cpu.items())
    clients = ", ".join(f"{h['cpu']:.0%}" for h in held)
    print(
        f"CPU, share of one core: {shares}; advocates' process {tally['cpu']:.0%}, socket clients "
        f"{clients} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    if errors + warm_up + len(refused) + dropped + len(logged):
        missed.append(
            f"errors: {errors + warm_up} HTTP, {len(refused)} sockets refused, {dropped} dropped, "
            f"{len(logged)} in the server logs"
        )
    missed += _memory_report(meter)
    for line in missed:
        print(f"goal missed: {line}")
    print("goals: PASS" if not missed else "goals: FAIL")


def _memory_report(meter: Meter) -> list[str]:
    (_, first), (_, last) = meter.samples[0], meter.samples[-1]
    missed = ["a server's worker was restarted: memory figures are not its own"] if meter.restarted else []
    print(f"{'server process (gunicorn worker RSS)':42} {'start MB':>9} {'end MB':>9} {'growth':>8}  goal")
    for n, (start, end) in enumerate(zip(first, last, strict=True)):
        growth = end / start - 1
        verdict = "PASS" if growth < 0.10 else "FAIL"
        print(f"{f'server {n}':42} {start / 1024:9,.1f} {end / 1024:9,.1f} {growth:8.1%}  {verdict} (< 10%)")
        if growth >= 0.10:
            missed.append(f"server {n} grew {growth:.1%} (goal: under 10%)")
    return missed


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--seconds", type=float, default=600, help="measured, after the warm-up")
    parser.add_argument("--warm-up", type=float, default=30)
    parser.add_argument("--rate", type=float, default=150, help="HTTP requests a second, all endpoints")
    parser.add_argument("--users", type=int, default=50, help="advocates using the app at a time")
    parser.add_argument("--people", type=int, default=300, help="advocates added to the demo's 35")
    parser.add_argument("--timeout", type=float, default=10, help="seconds before a request counts as failed")
    parser.add_argument("--clients", type=int, default=200, help="Socket.IO clients, open all along")
    parser.add_argument("--client-processes", type=int, default=1, help="processes the socket clients share")
    parser.add_argument("--worker-class", default="gevent", help="gunicorn's: gevent or gthread")
    parser.add_argument("--threads", type=int, default=256, help="gunicorn threads per process (gthread)")
    args = parser.parse_args()
    if not (os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL")):
        sys.exit(f"Needs PostgreSQL and Redis: run `scripts/with-services .venv/bin/python {__file__}`")
    folder, name = Path(tempfile.mkdtemp()), f"load-{args.worker_class}"
    prepare = (lambda env: add_advocates(env, args.people)) if args.people else None
    with live_servers(
        folder,
        name,
        2,
        threads=args.threads,
        worker_class=args.worker_class,
        prepare=prepare,
        overrides=OVERRIDES,
    ) as group:
        run(group, args)


if __name__ == "__main__":
    main()
