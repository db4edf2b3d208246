"""One run of each periodic task per scheduled minute, however many server processes schedule.

Huey's answer to several schedulers is to run all but one with periodic tasks turned off; every
serving process here is alike, so instead each scheduler claims (task, minute) in the queue's own
storage before queueing it, and only the first claim succeeds. `huey.lock_task` would not do: it
stops two runs overlapping, not a second run after the first has finished.
"""

import os
from datetime import datetime, timedelta

from huey import Huey
from huey.storage import RedisStorage

# Longer than any two processes' clocks disagree, so a late scheduler still finds the claim.
KEEP = timedelta(hours=1)
PREFIX = "periodic:"


def first_to_queue(huey: Huey, name: str, minute: datetime) -> bool:
    """Claim periodic task `name` for `minute` (naive UTC); True for the one process that may queue it."""
    key = f"{PREFIX}{minute:%Y-%m-%dT%H:%M}:{name}"
    storage = huey.storage
    if isinstance(storage, RedisStorage):
        claimed = storage.conn.set(f"{huey.name}.{key}", os.getpid(), nx=True, ex=int(KEEP.total_seconds()))
        return bool(claimed)
    if not huey.put_if_empty(key, os.getpid()):  # SQLite: a row in Huey's own key-value table
        return False
    _forget_before(storage, minute - KEEP)
    return True


def _forget_before(storage, moment: datetime) -> None:
    """Drop SQLite claims older than `moment`: Redis expires its own, SQLite keeps rows for ever."""
    oldest = f"{PREFIX}{moment:%Y-%m-%dT%H:%M}"
    storage.sql(
        "delete from kv where queue = ? and key like ? and key < ?",
        (storage.name, f"{PREFIX}%", oldest),
        commit=True,
    )
