"""The task queue: when scheduled tasks run, and what the synchronous runner (used by tests and
`flask tasks-run`) counts as run."""

import os
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

ran: list[int] = []


@pytest.fixture
def queue(app, db):
    queue = app.extensions["tasks"]
    queue.huey.flush()  # only this test's tasks in the queue
    ran.clear()
    return queue


@pytest.fixture(scope="module")
def retry_soon(app):
    """A task that, on its first attempt, asks for a retry sooner than it takes to finish."""
    queue = app.extensions["tasks"]

    @queue.huey.task(name="test_retry_soon")
    def retry_soon(attempt):
        ran.append(attempt)
        if attempt == 0:
            queue.at(retry_soon, datetime.now(UTC) + timedelta(seconds=0.2), 1)
            time.sleep(0.4)  # this run outlasts the retry's wait

    return retry_soon


def test_a_task_scheduled_ahead_during_a_run_waits_for_the_next_run(queue, retry_soon):
    """A push delivery told to retry a second later must not be retried by the same run because
    that run took more than a second (PostgreSQL on a loaded CI machine)."""
    retry_soon(0)
    assert (queue.run_pending(), ran) == (1, [0])
    assert queue.run_pending(until=datetime.now(UTC) + timedelta(seconds=1)) == 1
    assert ran == [0, 1]


@pytest.fixture
def new_york():
    """The server's machine clock set to a zone that is not UTC."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_task_runs_at_its_moment_whatever_the_machines_time_zone(queue, retry_soon, new_york):
    moment = datetime(2026, 7, 1, 9, 30, 15, 250_000, tzinfo=UTC)
    queue.at(retry_soon, moment, 1)
    [task] = queue.huey.pending()
    assert task.eta == moment.replace(tzinfo=None)  # Huey's clock: naive UTC
    assert queue.run_pending(until=moment - timedelta(milliseconds=1)) == 0
    assert (queue.run_pending(until=moment), ran) == (1, [1])


@pytest.fixture(scope="module")
def noted(app):
    """A task that notes its argument and says it ran."""
    queue, done = app.extensions["tasks"], threading.Event()

    @queue.huey.task(name="test_noted")
    def noted(n):
        ran.append(n)
        done.set()

    return noted, done


def test_an_idle_worker_starts_a_task_queued_in_its_process_without_waiting_for_its_poll(queue, noted):
    """A new content item's pushes go as soon as they are queued, not up to a poll later."""
    task, done = noted
    queue.start_workers(1, poll=3600)  # a poll that would never come within the test
    try:
        queue.send(task, 1)
        assert done.wait(timeout=30)
        done.clear()
        time.sleep(0.2)  # the worker finds the queue empty and waits
        queue.send(task, 2)
        assert done.wait(timeout=30), "the idle worker did not wake for a task queued here"
        assert ran == [1, 2]
    finally:
        queue.stop_workers()


def test_features_register_their_own_tasks_and_a_name_is_taken_once(queue):
    from server import tasks
    from server.push import batches as push_delivery

    assert push_delivery.deliver_batch.task_name == "deliver_messages"
    assert queue._huey_task(push_delivery.deliver_batch).name == "deliver_messages"

    def impostor(message_ids):
        return None

    with pytest.raises(ValueError, match="deliver_messages"):
        tasks.task("deliver_messages")(impostor)
