"""Fresh databases for tests: a SQLite file, or a new PostgreSQL database beside DATABASE_URL."""

import os
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url


def configured_url() -> str | None:
    return os.environ.get("DATABASE_URL") or None


def is_postgres() -> bool:
    return (configured_url() or "").startswith("postgres")


def fresh_database(name: str, folder: Path) -> str:
    """Return the URL of an empty database called `name` (dropped and recreated on PostgreSQL)."""
    if not is_postgres():
        return f"sqlite:///{folder / (name + '.db')}"
    base = make_url(configured_url().replace("postgres://", "postgresql://", 1))
    # Parallel workers (pytest-xdist) each get their own: gw0, gw1, ...
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    database = f"{base.database}_{name}" + (f"_{worker}" if worker else "")
    admin = base.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')
    return base.set(database=database).render_as_string(hide_password=False)
