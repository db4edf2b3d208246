"""Board refreshes of concurrent requests gather into one batch while another batch runs."""

import threading
import time

from server.realtime.gather import Gatherer


class Work:
    """Stands in for a board refresh: records each batch, can be held running until released."""

    def __init__(self):
        self.batches, self.running, self.release = [], threading.Event(), threading.Event()
        self.release.set()
        self.fail_for: set[int] = set()

    def __call__(self, user_ids):
        self.batches.append(user_ids)
        self.running.set()
        assert self.release.wait(5)
        if self.fail_for & set(user_ids):
            raise RuntimeError("rank store refused")
        return {user_id: {"week": user_id * 10} for user_id in user_ids}


def _in_threads(gatherer, calls):
    """Run each call's `gatherer.run` in a thread; return the threads and what each got."""
    results = {}

    def call(ids):
        try:
            results[tuple(ids)] = gatherer.run(ids)
        except RuntimeError as error:
            results[tuple(ids)] = error

    threads = [threading.Thread(target=call, args=(ids,)) for ids in calls]
    for thread in threads:
        thread.start()
    return threads, results


def _first_batch_held():
    """A gatherer whose first batch (advocate 1) is running and held until `work.release`."""
    work = Work()
    gatherer = Gatherer(work)
    work.release.clear()
    first, first_result = _in_threads(gatherer, [[1]])
    assert work.running.wait(5)
    return work, gatherer, first, first_result


def _gathered(gatherer, calls):
    """Start the calls in threads and wait until every one has joined the open batch."""
    threads, results = _in_threads(gatherer, calls)
    everyone = {user_id for ids in calls for user_id in ids}
    _wait_until(lambda: gatherer._open is not None and gatherer._open.user_ids == everyone)
    return threads, results


def _wait_until(condition):
    deadline = time.monotonic() + 5
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert condition()


def test_a_request_alone_runs_at_once_with_its_own_advocates():
    work = Work()
    assert Gatherer(work).run([3, 1, 3]) == {1: {"week": 10}, 3: {"week": 30}}
    assert work.batches == [[1, 3]]


def test_requests_arriving_while_a_batch_runs_share_the_next_batch():
    work, gatherer, first, first_result = _first_batch_held()
    waiting, results = _gathered(gatherer, [[2], [5, 4], [3], [2]])
    assert work.batches == [[1]]  # nothing else runs while the first batch does
    work.release.set()
    for thread in first + waiting:
        thread.join(5)
    assert work.batches == [[1], [2, 3, 4, 5]]
    assert first_result[(1,)] == {1: {"week": 10}}
    for ids, got in results.items():
        assert all(got[user_id] == {"week": user_id * 10} for user_id in ids)


def test_a_failed_batch_fails_each_of_its_callers_and_the_next_batch_runs():
    work, gatherer, first, first_result = _first_batch_held()
    work.fail_for = {2}
    waiting, results = _gathered(gatherer, [[2], [3]])
    work.release.set()
    for thread in first + waiting:
        thread.join(5)
    assert first_result == {(1,): {1: {"week": 10}}}
    assert all(isinstance(got, RuntimeError) for got in results.values()) and len(results) == 2
    assert gatherer.run([8]) == {8: {"week": 80}}
    assert work.batches == [[1], [2, 3], [8]]
