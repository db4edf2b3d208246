"""Put the app back to empty between tests (and between calls that changed the world)."""

from flask import Flask
from sqlalchemy import text

from server.extensions import db, limiter
from server.leaderboards.ranks import rank_store
from server.links.clicks import forget_cached
from server.organisation.models import forget_settings
from tests.support.databases import is_postgres


def reset(app: Flask) -> None:
    """Empty every table and everything kept beside them (rate limits, ranks, tasks, caches)."""
    db.session.remove()
    _empty_tables()
    limiter.reset()
    rank_store().clear()
    rank_store().replace_all({}, {})  # built, and as empty as the tables
    app.extensions["tasks"].huey.flush()  # no task outlives its test
    forget_settings()  # the organisation row went with them
    forget_cached()


def _empty_tables() -> None:
    tables = [t.name for t in reversed(db.metadata.sorted_tables)]
    with db.engine.begin() as conn:
        if is_postgres():
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))


def row_counts() -> dict[str, int]:
    """Rows per table: what a refused request must leave exactly as it was."""
    with db.engine.connect() as conn:
        return {
            table.name: conn.execute(text(f"SELECT count(*) FROM {table.name}")).scalar_one()
            for table in db.metadata.sorted_tables
        }
