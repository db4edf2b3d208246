"""Analytics dashboards over a year of data: 10,000 advocates, about 10 million clicks.

The daily rollups (`daily_activity`) are generated directly (one row per advocate, content,
network and day with shares, clicks and unique clickers), as a year of sharing would leave
them, then the dashboard endpoints are timed server-side through the app: the year's overview
for everyone and for one team, programme health, and a CSV export. Needs PostgreSQL:

    scripts/with-services .venv/bin/python bench/analytics_dashboard.py [--advocates 10000]
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade

from server import create_app
from server.extensions import db
from server.models import NETWORKS
from server.runtime import freeze_heap
from tests.support.databases import fresh_database
from tests.support.json_client import JsonClient

END = date(2026, 11, 26)


def _copy(url: str, table: str, columns: tuple, rows) -> None:
    buffer = io.StringIO()
    for row in rows:
        buffer.write("\t".join("\\N" if v is None else str(v) for v in row) + "\n")
    buffer.seek(0)
    with (
        psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn,
        conn.cursor() as cur,
        cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        copy.write(buffer.read())


def _populate(url: str, advocates: int, shares_each: int, clicks_per_share: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    teams = [(n, f"Team {n}") for n in range(1, 9)]
    _copy(url, "teams", ("id", "name"), teams)
    hashed = "scrypt:32768:8:1$bench$" + "0" * 64
    users = [
        (
            n,
            f"a{n}@bench.example",
            f"Advocate {n}",
            "advocate",
            n % 8 + 1,
            "true",
            hashed,
            "2026-01-01 00:00:00",
            "true",
        )
        for n in range(1, advocates + 1)
    ]
    users.append(
        (
            advocates + 1,
            "admin@bench.example",
            "Admin",
            "admin",
            None,
            "true",
            hashed,
            "2026-01-01 00:00:00",
            "true",
        )
    )
    _copy(
        url,
        "users",
        (
            "id",
            "email",
            "display_name",
            "role",
            "team_id",
            "active",
            "password_hash",
            "created_at",
            "public_ranking",
        ),
        users,
    )
    content = [
        (
            n,
            f"Story {n}",
            f"https://news.example/{n}",
            "",
            "{}",
            "[]",
            "published",
            "2026-01-01 00:00:00",
            "2026-01-01 00:00:00",
        )
        for n in range(1, 501)
    ]
    _copy(
        url,
        "content",
        ("id", "title", "url", "summary", "captions", "tags", "status", "publish_at", "created_at"),
        content,
    )
    rows, total_clicks = {}, 0
    for user in range(1, advocates + 1):
        for _ in range(shares_each):
            day = END - timedelta(days=rng.randrange(365))
            key = (day, user, rng.randrange(1, 501), rng.choice(NETWORKS))
            clicks = rng.randint(0, 2 * clicks_per_share)
            old = rows.get(key, (0, 0, 0))
            rows[key] = (old[0] + 1, old[1] + clicks, old[2] + int(clicks * 0.8))
            total_clicks += clicks
    activity = (
        (n, day, user, user % 8 + 1, content_id, network, *figures)
        for n, ((day, user, content_id, network), figures) in enumerate(rows.items(), start=1)
    )
    _copy(
        url,
        "daily_activity",
        ("id", "day", "user_id", "team_id", "content_id", "network", "shares", "clicks", "unique_clickers"),
        activity,
    )
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute("ANALYZE")
    print(f"generated: {advocates:,} advocates, {len(rows):,} rollup rows, {total_clicks:,} clicks")
    return total_clicks


def _time(client: JsonClient, path: str, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--advocates", type=int, default=10_000)
    parser.add_argument("--shares-each", type=int, default=60)
    parser.add_argument("--clicks-per-share", type=int, default=17)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("needs PostgreSQL: scripts/with-services .venv/bin/python bench/analytics_dashboard.py")
    with tempfile.TemporaryDirectory() as folder:
        url = fresh_database("dashboards", Path(folder))
        app = create_app(
            {
                "INSTANCE_PATH": folder,
                "SQLALCHEMY_DATABASE_URI": url,
                "REDIS_URL": None,
                "TASK_QUEUE_URL": None,
            }
        )
        with app.app_context():
            upgrade()
            db.session.execute(
                db.text(
                    "INSERT INTO organisations (name, timezone, ranking) "
                    "VALUES ('Bench', 'UTC', 'competition')"
                )
            )
            db.session.commit()
        _populate(url, args.advocates, args.shares_each, args.clicks_per_share)
        client = JsonClient(app.test_client())
        with app.app_context():
            from server.analytics.rollups import rebuild_summaries
            from server.models import User

            started = time.perf_counter()
            rebuild_summaries()  # the totals and monthly rollups, as the migration builds them
            admin = db.session.scalar(db.select(User).filter_by(role="admin"))
            admin.set_password("bench password")
            db.session.commit()
            db.session.execute(db.text("ANALYZE"))
            db.session.commit()
            print(f"summaries rebuilt from the daily rollup in {time.perf_counter() - started:.1f} s")
        freeze_heap()  # as gunicorn.conf.py does once a serving process has loaded the app
        client.login("admin@bench.example", "bench password")
        year = f"from={END - timedelta(days=364)}&to={END}"
        print(f"server-side latency through the app, {args.runs} runs each (goal: p99 under 200 ms):")
        for name, path in [
            ("overview, a year, everyone", f"/api/v1/analytics/overview?{year}"),
            ("overview, a year, one team", f"/api/v1/analytics/overview?{year}&team_id=3"),
            ("overview, last 30 days", "/api/v1/analytics/overview"),
            ("programme health", "/api/v1/analytics/health"),
            ("CSV by advocate, a year", f"/api/v1/analytics/export/by_advocate.csv?{year}"),
        ]:
            _time(client, path, 2)  # warm
            samples = _time(client, path, args.runs)
            cuts = statistics.quantiles(samples, n=100)
            print(f"  {name:<30} median {statistics.median(samples):8.1f} ms  p99 {cuts[98]:8.1f} ms")
        # Other work on the machine moves every figure: say how busy it was.
        print("load average (1, 5, 15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
