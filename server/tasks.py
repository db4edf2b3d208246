"""The task queue: Huey, stored in SQLite in the instance folder by default (no extra server) and
in Redis when REDIS_URL is set, so several server processes share one queue.

Tasks are run by daemon threads inside each serving process (`TASK_WORKERS`, default 2; started
from gunicorn's post_worker_init hook in gunicorn.conf.py, so `flask` commands never start
them). They use Huey's public API: dequeue and execute, move scheduled tasks that are due into
the queue, and run the periodic ones.

Features register their own tasks with the `task` and `periodic` decorators, and queue them with
`queue().send(function, ...)`: this module imports no feature, so none has to import it lazily.
"""

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app
from huey import RedisHuey, SqliteHuey

from server import periodic_claims

log = logging.getLogger(__name__)
MAX_RUN = 1000
MAX_IDLE = 5.0  # seconds a worker waits between tries while the queue's storage is unreachable


class TaskQueue:
    def __init__(self, app: Flask):
        self.app = app
        name = app.config["TASK_QUEUE_NAME"]
        if app.config["TASK_QUEUE_URL"]:
            # Non-blocking reads, like SQLite's: a worker polls (start_workers' `poll`), and
            # run_pending returns as soon as the queue is empty instead of after a 1 s BRPOP.
            self.huey = RedisHuey(name, url=app.config["TASK_QUEUE_URL"], utc=True, blocking=False)
        else:
            path = Path(app.instance_path) / "tasks.sqlite3"
            path.parent.mkdir(parents=True, exist_ok=True)
            self.huey = SqliteHuey(name, filename=str(path), utc=True)
        self._timed: set[str] = set()  # periodic tasks given the minute they were scheduled for
        self._register()
        self._threads: list[threading.Thread] = []
        # Tasks the storage refused (Redis away), in order: the scheduler thread sends them again.
        self._held: deque = deque()
        # Set when this process queues a task: an idle worker starts it at once instead of at its
        # next poll (which still finds what other processes queue in a shared Redis).
        self._queued = threading.Event()
        self._stopping = threading.Event()

    def _register(self) -> None:
        """A Huey task for each function the features registered (see `task` and `periodic`)."""
        app, huey = self.app, self.huey
        self._tasks = {}
        for entry in _registered.values():
            run = _at_minute(app, entry) if entry.at_minute else _in_app(app, entry.function)
            if entry.every is None:
                self._tasks[entry.name] = huey.task(name=entry.name)(run)
            else:
                huey.periodic_task(entry.every, name=entry.name)(run)
            if entry.at_minute:
                self._timed.add(entry.name)

    def send(self, function, *args) -> None:
        """Queue `function(*args)`, a registered task; when the storage is unreachable, hold it and
        queue it once it answers. Callers have committed what the task will read, so only the
        queueing can fail here."""
        task = self._huey_task(function)
        self._enqueue(lambda: task(*args), f"{task.name}{args}")

    def at(self, function, moment: datetime, *args) -> None:
        """Run `function(*args)` at `moment` (aware), or as soon as possible when it has passed."""
        task = self._huey_task(function)
        # Aware: Huey reads a naive eta as the machine's local time, and drops its microseconds.
        eta = moment.astimezone(UTC)
        self._enqueue(lambda: task.schedule(args=args, eta=eta), f"{task.name}{args} at {eta}")

    def _huey_task(self, function):
        # A registered function, or a Huey task itself (tests declare their own).
        name = getattr(function, "task_name", None)
        return function if name is None else self._tasks[name]

    def _enqueue(self, put, what: str) -> None:
        if self._held:  # keep the order: nothing jumps ahead of what is already held
            self._held.append((put, what))
            return
        try:
            put()
        except Exception as error:  # Redis (or the SQLite file) unreachable: try again later
            log.warning("task queue unreachable, holding %s: %s", what, error)
            self._held.append((put, what))
            return
        self._queued.set()

    def _release_held(self) -> None:
        while self._held:
            put, what = self._held[0]
            try:
                put()
            except Exception:
                return  # still unreachable; the scheduler tries again in a second
            self._held.popleft()
            log.info("task queue reachable again: queued %s", what)

    def start_workers(self, count: int, poll: float = 0.5) -> None:
        if self._threads or count <= 0:
            return
        for n in range(count):
            self._spawn(f"tasks-worker-{n}", self._work, poll)
        self._spawn("tasks-scheduler", self._schedule, 1.0)
        log.info("task queue: %d worker thread(s) on %s", count, type(self.huey.storage).__name__)

    def stop_workers(self) -> None:
        """End the worker and scheduler threads after what they are running (tests use it)."""
        self._stopping.set()
        self._queued.set()
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        self._stopping.clear()

    def run_pending(self, until: datetime | None = None) -> int:
        """Run everything due by `until` (default now) in this thread; returns how many ran.
        Tests and `flask tasks-run` use it; serving processes have their worker threads.
        "Now" is read once: a retry scheduled a second ahead by a task in this run must wait for
        the next run even when this one takes longer than that second on a busy machine."""
        moment = _naive(until or datetime.now(UTC))
        ran = 0
        for _ in range(MAX_RUN):
            self._move_due(moment)
            task = self.huey.dequeue()
            if task is None:
                return ran
            # Huey queues a task scheduled ahead at once; executing it early puts it back on
            # the schedule, which is not a run.
            ran += self.huey.ready_to_run(task, moment)
            self.huey.execute(task, timestamp=moment)
        raise RuntimeError(f"still tasks due after {MAX_RUN}: a task keeps rescheduling itself")

    def _move_due(self, moment: datetime | None) -> None:
        """Queue the scheduled tasks due by `moment` (naive UTC, Huey's clock; None: now)."""
        for task in self.huey.read_schedule(moment):
            self.huey.enqueue(task)

    def _work(self, poll: float) -> None:
        idle = poll
        while not self._stopping.is_set():
            try:
                task = self.huey.dequeue()
            except Exception as error:  # storage unreachable: wait longer each time, not spin
                log.warning("task queue unreachable, retrying in %.1f s: %s", idle, error)
                time.sleep(idle)
                idle = min(idle * 2, MAX_IDLE)
                continue
            idle = poll
            if task is None:
                self._queued.wait(poll)
                self._queued.clear()  # before the next dequeue: a task queued after it wakes us again
                continue
            try:
                self.huey.execute(task)
            except Exception:  # one bad task must not stop the worker
                log.exception("task failed")

    def _schedule(self, interval: float) -> None:
        last_minute = None
        while not self._stopping.is_set():
            try:
                self._release_held()
                self._move_due(None)
                # Periodic tasks are crontab-matched per minute: check each minute once.
                now = self._scheduler_now().replace(tzinfo=None, second=0, microsecond=0)
                if now != last_minute:
                    last_minute = now
                    self.queue_periodic(now)
            except Exception:
                log.exception("task scheduler failed")
            self._stopping.wait(interval)

    def queue_periodic(self, minute: datetime) -> list[str]:
        """Queue the periodic tasks due at `minute` (naive UTC) that no other process queued first;
        returns their names. Every serving process's scheduler calls this each minute."""
        due, queued = self.huey.read_periodic(minute), []
        for task in due:
            if periodic_claims.first_to_queue(self.huey, task.name, minute):
                args = (minute.replace(tzinfo=UTC).isoformat(),) if task.name in self._timed else ()
                run = type(task)(args=args)
                self._enqueue(lambda run=run: self.huey.enqueue(run), f"{task.name} for {minute}")
                queued.append(task.name)
        here = ", ".join(queued) or "none"
        log.info("periodic tasks due at %s: %d; queued here: %s", minute, len(due), here)
        return queued

    def _scheduler_now(self) -> datetime:
        # TASK_SCHEDULER_NOW pins the periodic clock, so real processes can be tested at a fixed
        # minute (09:00 on a Monday) whatever the real date.
        pinned = self.app.config.get("TASK_SCHEDULER_NOW")
        return datetime.fromisoformat(pinned).astimezone(UTC) if pinned else datetime.now(UTC)

    def _spawn(self, name: str, target, arg) -> None:
        thread = threading.Thread(target=target, args=(arg,), name=name, daemon=True)
        thread.start()
        self._threads.append(thread)


@dataclass(frozen=True)
class Registration:
    name: str
    function: Callable
    every: Callable | None = None  # periodic: a crontab (when); None for a task that is queued
    at_minute: bool = False  # periodic: told the minute it was scheduled for


_registered: dict[str, Registration] = {}


def task(name: str):
    """Register the decorated function to run as the task `name`: `queue().send(function, ...)`
    or `queue().at(function, moment, ...)` queues it. Features register their own tasks, so this
    module imports none of them."""
    return _registering(lambda function: Registration(name, function))


def periodic(name: str, every: Callable, at_minute: bool = False):
    """Register the decorated function to run `every` (a crontab), once across all processes.
    With `at_minute` it is given the minute it was scheduled for (an ISO string)."""
    return _registering(lambda function: Registration(name, function, every, at_minute))


def _registering(entry_for):
    def register(function):
        entry = entry_for(function)
        if entry.name in _registered and _registered[entry.name].function is not function:
            raise ValueError(f"two functions registered as the task {entry.name!r}")
        _registered[entry.name] = entry
        if entry.every is None:
            function.task_name = entry.name
        return function

    return register


def _in_app(app: Flask, function):
    def run(*args):
        with app.app_context():
            return function(*args)

    run.__name__ = function.__name__
    return run


def _at_minute(app: Flask, entry: Registration):
    # Told the minute it was scheduled for, not when a worker got to it: a digest queued for
    # 09:00 and run at 09:01 is still the 09:00 one.
    def run(minute=None):
        with app.app_context():
            done = entry.function(datetime.fromisoformat(minute) if minute else None)
        log.info("periodic task %s for %s ran: %s", entry.name, minute, done)
        return done

    run.__name__ = entry.function.__name__
    return run


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def init_app(app: Flask) -> None:
    logging.getLogger("huey").setLevel(logging.WARNING)  # one INFO line per task otherwise
    app.extensions["tasks"] = TaskQueue(app)


def queue() -> TaskQueue:
    return current_app.extensions["tasks"]
