"""One writer at a time per SQLite file within a process, waited for in Python.

SQLite makes a second writer wait inside C (busy_timeout). Under gevent that holds up the whole
process: a greenlet that yields while it holds the write lock (a contended lock, a socket emit)
never gets to its commit, and the waiter fails with "database is locked" after the timeout.
Waiting on a Python lock instead (a gevent lock once the worker has patched threading) lets the
holder run on to its commit. Other processes (a `flask` command) are still waited for by SQLite.
"""

import threading

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

WAIT_SECONDS = 15  # as the busy timeout; past it, SQLite's own wait decides
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
_HELD = "sqlite_writer_lock"  # in the pooled connection's info while its transaction writes
_locks: dict[str, threading.Lock] = {}


def init() -> None:
    """Listen once per process: every SQLite engine's writes take their file's lock."""
    if not event.contains(Engine, "before_cursor_execute", _before_execute):
        event.listen(Engine, "before_cursor_execute", _before_execute)
        event.listen(Engine, "commit", _release)
        event.listen(Engine, "rollback", _release)
        event.listen(Pool, "reset", _release_record)
        event.listen(Pool, "invalidate", _release_record)


def _before_execute(conn, cursor, statement, parameters, context, executemany) -> None:
    if conn.dialect.name != "sqlite" or _HELD in conn.info:
        return
    if not statement.lstrip()[:8].upper().startswith(_WRITES):
        return
    lock = _lock_for(conn.engine.url.database or "")
    if lock.acquire(timeout=WAIT_SECONDS):
        conn.info[_HELD] = lock


def _release(conn) -> None:
    # Called just before the DBAPI commit or rollback, which yields to no other greenlet: the
    # next writer cannot start before this one's commit is done.
    lock = conn.info.pop(_HELD, None)
    if lock is not None:
        lock.release()


def _release_record(dbapi_connection, connection_record, *_) -> None:
    lock = connection_record.info.pop(_HELD, None)
    if lock is not None:
        lock.release()


def _lock_for(path: str) -> threading.Lock:
    # Made on first use, in the serving process after gevent has patched threading.
    lock = _locks.get(path)
    return lock if lock is not None else _locks.setdefault(path, threading.Lock())
