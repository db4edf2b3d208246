"""Database wiring: SQLite tuned for a server of threads or greenlets."""

import sqlite3

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from server import sqlite_writers


def _sqlite_pragmas(dbapi_connection, connection_record) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    # WAL lets readers run while a writer commits; the busy timeout makes writers wait, not fail.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def init_app(app: Flask) -> None:
    if not event.contains(Engine, "connect", _sqlite_pragmas):
        event.listen(Engine, "connect", _sqlite_pragmas)
    sqlite_writers.init()
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        # Survive a database restart: test pooled connections before handing them out. Keep as
        # many as the requests in flight: a connection past the pool is opened for one request
        # and closed after it, and a PostgreSQL connection costs a process start on the server.
        options = {"pool_pre_ping": True, "pool_size": app.config["DATABASE_POOL_SIZE"], "max_overflow": 10}
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", options)
