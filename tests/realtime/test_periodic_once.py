"""Periodic tasks with two real server processes sharing the database and the task queue
(PostgreSQL and Redis when the run has them, else one SQLite database and queue file): both
schedulers fire for the same minute, each task runs once, and each person gets one digest or
reminder. The schedulers' clock is pinned (TASK_SCHEDULER_NOW) to a Monday morning."""

import json
import re
import time
from typing import NamedTuple

import pytest
from sqlalchemy import text

from tests.support.ledger import engine_for
from tests.support.live_server import ServerGroup, live_servers
from tests.support.periodic_world import add_world
from tests.support.push_service import PushService, Subscription

# Monday 3 March 2031: 09:00 in London (GMT) is the digest's hour, and February has ended.
PINNED = {"weekly_digest": "2031-03-03T09:00:10+00:00", "close_reminder": "2031-03-03T09:05:10+00:00"}
MONTH_BEFORE = "2031-02"
DUE_EACH_MINUTE = {"announce_due", "settle_challenges"}
FINAL = "('delivered', 'removed', 'failed', 'config_error')"  # push messages done with


class Run(NamedTuple):
    task: str
    service: PushService
    advocates: list[Subscription]  # digest on
    admins: list[Subscription]  # digest on, and they run the company's prizes
    group: ServerGroup

    @property
    def minute(self) -> str:
        return PINNED[self.task][:16]  # "2031-03-03T09:00"

    def lines(self, pattern: str) -> list[str]:
        return [
            line
            for log in self.group.logs
            for line in log.read_text().splitlines()
            if re.search(pattern, line)
        ]

    def ticks(self) -> list[str]:
        return self.lines(f"periodic tasks due at {self.minute.replace('T', ' ')}")

    def ran(self) -> list[str]:
        return self.lines(f"periodic task {self.task} for {self.minute}.* ran")


@pytest.fixture(scope="module", params=sorted(PINNED))
def run(request, tmp_path_factory):
    """Two servers whose schedulers both think it is the pinned minute, with phones to tell."""
    task = request.param
    with PushService() as service:
        advocates = [service.subscription() for _ in range(3)]
        admins = [service.subscription() for _ in range(2)]
        prepare = lambda env: add_world(env, MONTH_BEFORE, advocates, admins)  # noqa: E731
        folder, overrides = tmp_path_factory.mktemp("periodic"), {"TASK_SCHEDULER_NOW": PINNED[task]}
        with live_servers(folder, f"periodic-{task}", 2, prepare=prepare, overrides=overrides) as group:
            yield Run(task, service, advocates, admins, group)


def _wait_for(check, description: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {description}"
        time.sleep(0.1)


def _queued(run: Run) -> list[str]:
    """The periodic tasks each scheduler queued for the pinned minute, once both have fired."""
    _wait_for(lambda: len(run.ticks()) == 2, "both processes' schedulers")
    return [name for line in run.ticks() for name in line.split("queued here: ")[1].split(", ")]


def _unfinished_pushes(run: Run) -> int:
    engine = engine_for(run.group.database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text(f"SELECT count(*) FROM push_messages WHERE status NOT IN {FINAL}")
            ).scalar_one()
    finally:
        engine.dispose()


def _settle(run: Run) -> list[str]:
    """Wait until every run either scheduler queued has finished and its pushes are out."""
    queued = _queued(run)
    _wait_for(lambda: len(run.ran()) == queued.count(run.task), f"every {run.task} run queued")
    _wait_for(lambda: _unfinished_pushes(run) == 0, "the pushes")
    return queued


def test_both_schedulers_fire_and_each_task_runs_once_for_the_minute(run):
    queued = _settle(run)
    for name in DUE_EACH_MINUTE | {run.task}:
        assert queued.count(name) == 1, f"{name} in {queued}"
    assert len(run.ran()) == 1


def _told(service: PushService, phone: Subscription, prefix: str) -> int:
    return sum(json.loads(body)["title"].startswith(prefix) for body in service.delivered(phone))


def test_each_person_gets_one_digest_or_reminder(run):
    if run.task == "weekly_digest":
        prefix, told = "Your week", run.advocates + run.admins
    else:
        prefix, told = "February 2031 is ready to close", run.admins
    _settle(run)
    phones = run.advocates + run.admins
    assert [_told(run.service, p, prefix) for p in phones] == [int(p in told) for p in phones]
