"""Counted clicks are buffered in the process and written in batches, so a redirect never waits
for the database: a visitor gets their 302 after a hash and a list append.

Every `CLICK_FLUSH_MS` (100 ms by default; 0 writes each click inline, as the tests do) a
background thread writes the batch in one transaction: new (visitor, link, day) rows with
INSERT ... ON CONFLICT DO NOTHING RETURNING, repeats as hit counts, the daily rollups, and one
scoring task for the batch's new clicks. On a clean shutdown the buffer is flushed; a hard kill loses at
most the last interval's clicks (they earn points, they are not money)."""

import atexit
import logging
import threading
import time
from collections import Counter
from datetime import datetime

from flask import Flask
from sqlalchemy import bindparam, update
from sqlalchemy.dialects import postgresql, sqlite

from server.analytics import rollups
from server.extensions import db
from server.links import clicks
from server.models import Click, User

log = logging.getLogger(__name__)
Key = tuple[int, int, str, object, str]  # user_id, content_id, network, day, visitor
CHUNK = 1000  # clicks per transaction


class ClickRecorder:
    def __init__(self, app: Flask):
        self.app, self.interval = app, app.config["CLICK_FLUSH_MS"] / 1000
        self._pending: list[tuple[Key, datetime]] = []
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def add(self, key: Key, at: datetime) -> None:
        if self.interval <= 0:
            self._write([(key, at)])
            return
        with self._lock:
            self._pending.append((key, at))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="click-recorder", daemon=True)
                self._thread.start()
                atexit.register(self.flush)

    def flush(self) -> None:
        with self._lock:
            batch, self._pending = self._pending, []
        if batch:
            with self.app.app_context():
                self._write(batch)

    def _run(self) -> None:
        while True:
            time.sleep(self.interval)
            try:
                self.flush()
            except Exception:  # keep recording; the failed batch is logged
                log.exception("writing a batch of clicks failed")

    def _write(self, batch: list[tuple[Key, datetime]]) -> None:
        for start in range(0, len(batch), CHUNK):
            self._write_chunk(batch[start : start + CHUNK])

    def _write_chunk(self, batch: list[tuple[Key, datetime]]) -> None:
        hits, first = Counter(key for key, _ in batch), {}
        for key, at in batch:
            first.setdefault(key, at)
        new = _insert_new(first, hits)
        repeats = [_named(key, hits=hits[key]) for key in hits if key not in new]
        if repeats:  # one statement for all of them: its compiled form is reused every flush
            db.session.execute(ADD_HITS, repeats)
        _roll_up(hits, new, first)
        db.session.commit()
        if new:  # one task per flush: every enqueue is a commit to the queue's own database
            self.app.extensions["tasks"].send(clicks.score, sorted(new.values()))


CLICKS = Click.__table__
KEY_COLUMNS = ("user_id", "content_id", "network", "day", "visitor")
ADD_HITS = (
    update(CLICKS)
    .where(*(CLICKS.c[name] == bindparam(f"key_{name}") for name in KEY_COLUMNS))
    .values(hits=CLICKS.c.hits + bindparam("hits"))
)


def _named(key: Key, **values) -> dict:
    return {**{f"key_{name}": part for name, part in zip(KEY_COLUMNS, key, strict=True)}, **values}


def _insert_new(first: dict, hits: Counter) -> dict:
    """Insert the keys no row has yet; returns {key: id} for those (the counted clicks)."""
    rows = [
        {**dict(zip(KEY_COLUMNS, key, strict=True)), "clicked_at": at, "hits": hits[key]}
        for key, at in first.items()
    ]
    dialect = postgresql if db.engine.dialect.name == "postgresql" else sqlite
    # A list of parameters for one fixed statement (not a VALUES list of the batch's length):
    # SQLAlchemy compiles it once and batches the rows itself, RETURNING included.
    statement = dialect.insert(CLICKS).on_conflict_do_nothing()
    returned = db.session.execute(statement.returning(CLICKS.c.id, *CLICKS.c[KEY_COLUMNS]), rows)
    return {(u, c, n, d, v): click_id for click_id, u, c, n, d, v in returned}


def _roll_up(hits: Counter, new: dict, first: dict) -> None:
    """One rollup change per (advocate, content, network, day) of the batch, not one per click."""
    totals: dict = {}
    for key, count in hits.items():
        user_id, content_id, network, day, _ = key
        at, clicks, unique = totals.get((user_id, content_id, network, day), (first[key], 0, 0))
        totals[(user_id, content_id, network, day)] = (at, clicks + count, unique + int(key in new))
    users = {
        user.id: user
        for user in db.session.scalars(db.select(User).filter(User.id.in_({k[0] for k in totals})))
    }
    rollups.add_many(
        [
            rollups.Change(
                at, users[user_id], content_id, network, {"clicks": clicks, "unique_clickers": unique}
            )
            for (user_id, content_id, network, _), (at, clicks, unique) in totals.items()
        ]
    )
