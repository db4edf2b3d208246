"""Gather the board refreshes of concurrent requests in one process into batches.

A refresh after a share costs three queries and a Redis round trip however many advocates it
covers. While one batch runs, the requests that commit meanwhile gather into the next one, and
the first of them runs it for all when the running batch is done: at 200 shares a second one
refresh serves several shares, and a request alone (no batch running) is not delayed at all.
"""

import threading
from collections.abc import Callable


class _Batch:
    def __init__(self, previous: "_Batch | None"):
        self.previous, self.user_ids, self.done = previous, set(), threading.Event()
        self.result, self.error = None, None


class Gatherer:
    def __init__(self, work: Callable[[list[int]], dict]):
        self._work = work
        self._lock = threading.Lock()
        self._open: _Batch | None = None  # the batch callers join, not yet running
        self._newest: _Batch | None = None  # the batch the next one waits for

    def run(self, user_ids) -> dict:
        """`work` over these advocates and whoever gathered with them; returns its result (for
        every advocate in the batch) or raises its error."""
        with self._lock:
            batch, leads = self._open, self._open is None
            if leads:
                batch = self._open = self._newest = _Batch(self._newest)
            batch.user_ids.update(user_ids)
        if leads:
            self._lead(batch)
        else:
            batch.done.wait()
        if batch.error is not None:
            raise batch.error
        return batch.result

    def _lead(self, batch: _Batch) -> None:
        if batch.previous is not None:
            batch.previous.done.wait()  # one batch at a time: callers gather meanwhile
        with self._lock:
            self._open, batch.previous = None, None  # closed: later callers start the next one
        try:
            batch.result = self._work(sorted(batch.user_ids))
        except Exception as error:  # every caller in the batch hears of it, as they would alone
            batch.error = error
        finally:
            batch.done.set()
