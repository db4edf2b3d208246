"""Leaderboard answers at scale: the rank store (in process and Redis) against SQL, side by side.

100,000 advocates and 5 million ledger rows in PostgreSQL. For sampled advocates across the
board, time the whole server-side answer (top 25, the caller's rank and neighbours, names) from
each rank store backend, then the same answer from indexed SQL over the scores, the bare
`count(*)` rank query alone, and a `GROUP BY` over the ledger.

    scripts/with-services .venv/bin/python bench/rank_queries.py   (what `make bench` runs)
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server import create_app
from server.extensions import db
from server.leaderboards import service as leaderboards
from server.leaderboards.ranks import rank_store, sync
from server.models import User
from tests.support.databases import fresh_database


def build_data(url: str, advocates: int, rows: int) -> None:
    """Advocates in 50 teams, ledger rows over the past year, and the scores summed from them."""
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("INSERT INTO organisations (name, timezone) VALUES ('Bench', 'UTC')")
        conn.execute("INSERT INTO teams (name) SELECT 'Team ' || n FROM generate_series(1, 50) n")
        conn.execute(
            """INSERT INTO users (email, display_name, role, team_id, active, password_hash, created_at,
                                  department, location, public_ranking)
               SELECT 'a' || n || '@bench.example', 'Advocate ' || n, 'advocate', 1 + n %% 50, true, 'x',
                      now(), 'Dept ' || n %% 10, 'City ' || n %% 5, true
               FROM generate_series(1, %s) n""",
            (advocates,),
        )
        # Uneven activity, like real programmes: a few people earn most of the points.
        conn.execute(
            """INSERT INTO ledger_entries (user_id, points, reason, event_type, event_id, rule_id,
                                           rule_version, occurred_at, created_at)
               SELECT 1 + floor(%s * power(random(), 2))::int, 1 + floor(random() * 25)::int,
                      '+n: bench', 'share', 'bench:' || n, 'share.base', 1,
                      now() - random() * interval '365 days', now()
               FROM generate_series(1, %s) n""",
            (advocates, rows),
        )
        for period, key in [
            ("all_time", "'all'"),
            ("quarter", """to_char(occurred_at, 'YYYY-"Q"Q')"""),
            ("month", "to_char(occurred_at, 'YYYY-MM')"),
            ("week", """to_char(occurred_at, 'IYYY-"W"IW')"""),
        ]:
            conn.execute(
                f"""INSERT INTO scores (user_id, period, period_key, points, reached_at, updated_at)
                    SELECT user_id, '{period}', {key} AS period_key, sum(points), max(occurred_at), now()
                    FROM ledger_entries GROUP BY user_id, 3"""
            )
        conn.execute("ANALYZE")


def timed(calls, repeat: int = 1) -> list[float]:
    """Milliseconds per call."""
    samples = []
    for call in calls:
        for _ in range(repeat):
            started = time.perf_counter()
            call()
            samples.append((time.perf_counter() - started) * 1000)
    return samples


def summary(name: str, samples: list[float]) -> float:
    median, p99 = statistics.median(samples), statistics.quantiles(samples, n=100)[98]
    print(f"  {name:<38} median {median:7.3f} ms   p99 {p99:7.3f} ms   ({len(samples):,} answers)")
    return median


def store_answers(app, viewers: list[int]) -> list[float]:
    with app.app_context():
        rank_store().clear()
        started = time.perf_counter()
        entries = sync.rebuild()
        took = time.perf_counter() - started
        print(f"  (rebuilt {entries:,} board entries from the scores in {took:.1f} s)")

    def answer(user_id) -> float:
        # A fresh app context per answer, like a request: its own session, nothing cached
        # between answers. The clock starts once the signed-in user is loaded, as Flask-Login
        # does for every request before the view runs.
        with app.app_context():
            user = db.session.get(User, user_id)
            started = time.perf_counter()
            board = leaderboards.board_for(user, "all_time", "company")
            leaderboards.standings(user, board, 1, 25)
            return (time.perf_counter() - started) * 1000

    answer(viewers[0])  # warm the process-wide caches (rule book, compiled scripts)
    return [answer(v) for v in viewers]


TOP = """SELECT s.user_id, s.points, u.display_name FROM scores s JOIN users u ON u.id = s.user_id
         WHERE s.period = 'all_time' AND s.period_key = 'all' AND s.points > 0 AND u.active
         ORDER BY s.points DESC, s.reached_at, s.user_id LIMIT 25"""
MINE = "SELECT points FROM scores WHERE user_id = %s AND period = 'all_time' AND period_key = 'all'"
# The bare rank query, as fast as SQL gets: an index-only count (deactivated people not excluded).
COUNT = """SELECT count(*) FROM scores WHERE period = 'all_time' AND period_key = 'all' AND points > %s"""
ACTIVE_COUNT = """SELECT count(*) FROM scores s JOIN users u ON u.id = s.user_id
                  WHERE s.period = 'all_time' AND s.period_key = 'all' AND s.points > %s AND u.active"""
AROUND = """SELECT s.user_id, s.points, u.display_name FROM scores s JOIN users u ON u.id = s.user_id
            WHERE s.period = 'all_time' AND s.period_key = 'all' AND s.points > 0 AND u.active
            ORDER BY s.points DESC, s.reached_at, s.user_id OFFSET %s LIMIT 5"""
GROUPED = """SELECT user_id, sum(points) AS total FROM ledger_entries GROUP BY user_id ORDER BY total DESC"""


def sql_answers(url: str, viewers: list[int]) -> tuple[list[float], list[float]]:
    """The same answer from indexed SQL over the scores, and the count(*) rank query alone."""
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        mine = {v: conn.execute(MINE, (v,)).fetchone()[0] for v in viewers}

        def answer(viewer):
            conn.execute(TOP).fetchall()
            above = conn.execute(ACTIVE_COUNT, (mine[viewer],)).fetchone()[0]
            conn.execute(AROUND, (max(above - 2, 0),)).fetchall()

        full = timed([lambda v=v: answer(v) for v in viewers])
        count = timed([lambda v=v: conn.execute(COUNT, (mine[v],)).fetchone() for v in viewers])
        return full, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--advocates", type=int, default=100_000)
    parser.add_argument("--ledger-rows", type=int, default=5_000_000)
    parser.add_argument("--viewers", type=int, default=2_000)
    args = parser.parse_args()
    base, redis_url = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL")
    if not base.startswith("postgres") or not redis_url:
        sys.exit(f"Needs PostgreSQL and Redis: run `scripts/with-services .venv/bin/python {__file__}`")
    folder = Path("/tmp")
    url = fresh_database("rank_bench", folder)
    settings = {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "REDIS_URL": None}
    memory_app = create_app({**settings, "RANK_STORE_URL": None})
    redis_app = create_app({**settings, "RANK_STORE_URL": redis_url, "RANK_PREFIX": "bench:rank:"})
    with memory_app.app_context():
        from flask_migrate import upgrade

        upgrade()
    started = time.perf_counter()
    build_data(url, args.advocates, args.ledger_rows)
    print(
        f"{args.advocates:,} advocates, {args.ledger_rows:,} ledger rows in PostgreSQL "
        f"(built in {time.perf_counter() - started:.0f} s); all-time company board\n"
    )
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        ranked = [row[0] for row in conn.execute(TOP.replace("LIMIT 25", ""))]
    # Viewers spread evenly down the board, from the top to the last ranked.
    viewers = [ranked[i * (len(ranked) - 1) // (args.viewers - 1)] for i in range(args.viewers)]
    random.Random(7).shuffle(viewers)

    print("whole answer: top 25 + the caller's rank + two neighbours each side + names")
    memory = summary("rank store, in process", store_answers(memory_app, viewers))
    shared = summary("rank store, Redis", store_answers(redis_app, viewers))
    sql_full, sql_count = sql_answers(url, viewers)
    sql = summary("indexed SQL over scores", sql_full)
    count = summary("SQL count(*) rank query alone", sql_count)
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        grouped = summary("GROUP BY over the ledger", timed([lambda: conn.execute(GROUPED).fetchall()], 5))
    print("\nratios of medians (how many times faster the rank store answers):")
    for name, ours in (("in process", memory), ("Redis", shared)):
        print(
            f"  {name:<11} vs SQL count(*) rank query {count / ours:6.1f}x   vs whole SQL answer "
            f"{sql / ours:6.1f}x   vs GROUP BY over the ledger {grouped / ours:8.0f}x"
        )


if __name__ == "__main__":
    main()
