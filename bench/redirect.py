"""Tracked-link redirects under load, side by side with a bare Flask redirect route.

Both apps run under the same gunicorn setup (one gthread worker, 64 threads) on loopback. 1,000
concurrent visitors, each with its own user agent, follow tracked links of the seeded demo, each
link at most once and none a warm-up visitor followed: every click of ours is a new visitor (the
counting path, not the repeat path), and the run fails unless the database then holds exactly
that many new visitors' clicks. Reported: median and p99 latency and requests per second of
each, and the ratio. Every visitor comes from loopback, one address, so the per-address click
limit is raised far out of reach: each click still pays for the limit check, which is what a
real visitor pays, but none is refused.

    .venv/bin/python bench/redirect.py [--visitors 1000 --requests 20000]
"""

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.demo import PASSWORD
from tests.support.ledger import engine_for
from tests.support.live_server import BIN, ApiSession, free_port, live_servers

ROOT = Path(__file__).resolve().parent.parent
THREADS = 64  # per gunicorn worker, both apps alike
UNREACHED_LIMIT = {"CLICK_RATE_LIMIT": "100000000 per minute"}


async def _visit(
    paths: list[str], base: str, visitors: int, total: int, who: str
) -> tuple[list[float], float]:
    """`visitors` people named after `who` (no two runs share one), each following different links."""
    latencies: list[float] = []
    per_visitor = max(1, total // visitors)
    if per_visitor > len(paths):
        sys.exit(f"{per_visitor} clicks per visitor but {len(paths)} links: some would be repeats")
    connector = aiohttp.TCPConnector(limit=visitors)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def visitor(n: int) -> None:
            agent = f"Mozilla/5.0 (Linux; Android 14; Bench {who} {n}) AppleWebKit/537.36 Chrome/131.0 Mobile"
            for i in range(per_visitor):
                started = time.perf_counter()
                async with session.get(
                    base + paths[(n + i) % len(paths)], headers={"User-Agent": agent}, allow_redirects=False
                ) as response:
                    await response.read()
                    assert response.status == 302, response.status
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(visitor(n) for n in range(visitors)))
        elapsed = time.perf_counter() - started
    return latencies, len(latencies) / elapsed


def _report(name: str, latencies: list[float], rate: float) -> tuple[float, float, float]:
    cuts = statistics.quantiles(latencies, n=100)
    median, p99 = statistics.median(latencies), cuts[98]
    print(f"  {name:<22} median {median * 1000:7.2f} ms  p99 {p99 * 1000:7.2f} ms  {rate:7,.0f} requests/s")
    return median, p99, rate


def _clicks(database_url: str) -> tuple[int, int]:
    """(visitor-link-day rows, clicks in all) as stored: new visitors, and every counted click."""
    engine = engine_for(database_url)
    try:
        with engine.connect() as connection:
            rows, hits = connection.execute(text("SELECT count(*), sum(hits) FROM clicks")).one()
    finally:
        engine.dispose()
    return rows, hits or 0


def _check_counted(database_url: str, before: tuple[int, int], sent: int) -> None:
    """Every click sent is stored as a new visitor's: the figure measured the counting path."""
    # Clicks are written in batches a moment after their redirect (links/recorder.py).
    for _ in range(100):
        rows, hits = (now - then for now, then in zip(_clicks(database_url), before, strict=True))
        if rows >= sent:
            break
        time.sleep(0.2)
    print(f"  counted: {hits:,} clicks by {rows:,} new visitors, of {sent:,} sent")
    if not rows == hits == sent:
        sys.exit(
            f"expected {sent:,} clicks, each by a new visitor: the figures above measured something else"
        )


def _bare_server(threads: int):
    port = free_port()
    command = [BIN / "gunicorn", "--worker-class", "gthread", "--workers", "1", "--threads", str(threads)]
    command += [
        "--no-control-socket",
        "--bind",
        f"127.0.0.1:{port}",
        "--chdir",
        str(ROOT / "bench"),
        "bare_redirect:app",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    return f"http://127.0.0.1:{port}", process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visitors", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=20_000)
    args = parser.parse_args()
    os.environ.setdefault("TASK_WORKERS", "2")
    with (
        tempfile.TemporaryDirectory() as folder,
        live_servers(
            Path(folder),
            "redirect-bench",
            1,
            threads=THREADS,
            worker_class="gthread",
            overrides=UNREACHED_LIMIT,
        ) as group,
    ):
        url = group.urls[0]
        advocate = ApiSession(url, "advocate@demo.example", PASSWORD)
        links = [
            link
            for item in advocate.get("/api/v1/content/feed").json()["items"]
            for link in item["share_links"].values()
        ]
        paths = [link.split(url, 1)[1] for link in links]
        bare_url, bare_process = _bare_server(THREADS)
        try:
            print(f"{args.visitors:,} concurrent visitors, {args.requests:,} requests, {len(paths)} links")
            before = _clicks(group.database_url)
            asyncio.run(_visit(paths, bare_url, 50, 2000, "warm-up"))  # warm both
            warm_up = len(asyncio.run(_visit(paths, url, 50, 2000, "warm-up"))[0])
            bare = _report(
                "bare Flask redirect",
                *asyncio.run(_visit(paths, bare_url, args.visitors, args.requests, "timed")),
            )
            timed = asyncio.run(_visit(paths, url, args.visitors, args.requests, "timed"))
            ours = _report("tracked link (ours)", *timed)
            print(
                f"  ours vs bare: median {ours[0] / bare[0]:.2f}x, p99 {ours[1] / bare[1]:.2f}x, "
                f"requests/s {bare[2] / ours[2]:.2f}x fewer (goal: within 1.5x)"
            )
            _check_counted(group.database_url, before, warm_up + len(timed[0]))
        finally:
            bare_process.terminate()
            bare_process.wait()


if __name__ == "__main__":
    main()
