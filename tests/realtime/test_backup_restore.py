"""Backup and restore exactly as docs/operations.md tells operators: a backup taken while the server runs,
the database destroyed, the backup restored, the rank store rebuilt, and the ledger checked.
SQLite runs use the sqlite3 shell (`.backup`, `.restore`); PostgreSQL runs pg_dump/pg_restore."""

import subprocess
from pathlib import Path

from sqlalchemy import text

from tests.support import ledger
from tests.support.databases import is_postgres
from tests.support.live_server import ApiSession, live_servers, run_flask


def _share(url: str, client_id: str) -> None:
    session = ApiSession(url, "advocate@demo.example", "demo-password")
    content_id = session.get("/api/v1/content/feed").json()["items"][0]["id"]
    body = {"content_id": content_id, "network": "linkedin", "client_id": client_id}
    assert session.post("/api/v1/shares", body).status_code == 201
    session.close()


def test_a_backup_taken_while_serving_restores_a_destroyed_database(tmp_path):
    backup = tmp_path / ("amplify.dump" if is_postgres() else "amplify-backup.db")
    with live_servers(tmp_path, "backup", 1) as group:
        _share(group.urls[0], "before-backup-01")
        _back_up(group.database_url, backup)
        kept = ledger.all_time_sums(group.database_url)
        _share(group.urls[0], "after-backup-01")  # lost with the database; the backup predates it
        assert ledger.all_time_sums(group.database_url) != kept
    _destroy(group.database_url)
    _restore(group.database_url, backup)
    assert ledger.all_time_sums(group.database_url) == kept
    _check_ranks_need_rebuilding(group.env)
    rebuilt = run_flask(group.env, "rebuild-ranks")
    assert rebuilt.returncode == 0, rebuilt.stderr
    checked = run_flask(group.env, "check-ledger")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _check_ranks_need_rebuilding(env: dict) -> None:
    """In Redis the boards outlive the database: after a restore they still hold the share the
    backup lost, which check-ledger reports until rebuild-ranks. In process they go with the server."""
    checked = run_flask(env, "check-ledger")
    if env.get("REDIS_URL"):
        assert checked.returncode == 1 and "rank: board" in checked.stdout, checked.stdout
    else:
        assert checked.returncode == 0 and "inside each server process" in checked.stdout, checked.stdout


def _sqlite_path(database_url: str) -> Path:
    return Path(database_url.removeprefix("sqlite:///"))


def _run(*command) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def _back_up(database_url: str, backup: Path) -> None:
    if is_postgres():
        _run("pg_dump", "-Fc", "-f", backup, database_url)
    else:
        _run("sqlite3", _sqlite_path(database_url), f".backup '{backup}'")


def _destroy(database_url: str) -> None:
    if is_postgres():
        engine = ledger.engine_for(database_url)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE ledger_entries, scores CASCADE"))
        engine.dispose()
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{_sqlite_path(database_url)}{suffix}").unlink(missing_ok=True)


def _restore(database_url: str, backup: Path) -> None:
    if is_postgres():
        _run("pg_restore", "--clean", "--if-exists", "--no-owner", "-d", database_url, backup)
    else:
        _run("sqlite3", _sqlite_path(database_url), f".restore '{backup}'")
