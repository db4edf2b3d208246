"""What a benchmark's servers cost while it runs, from /proc: each server worker's memory and CPU,
PostgreSQL's (its backends included), Redis's, and the whole machine's."""

import contextlib
import os
import time
from pathlib import Path

import psycopg
import redis

from tests.support.live_server import worker_pid


class Meter:
    """The server workers' memory, and CPU of the workers, PostgreSQL and Redis, from /proc."""

    def __init__(self, group):
        self.masters, self.workers = group.pids, [worker_pid(master) for master in group.pids]
        self.postmaster = _postmaster(group.database_url)
        self.redis = redis.Redis.from_url(os.environ["REDIS_URL"])
        self.samples: list[tuple[float, list[int]]] = []  # (seconds into the run, RSS in kB)
        self.cpu_at, self.restarted = None, False

    def sample(self, at: float) -> None:
        if [worker_pid(master) for master in self.masters] != self.workers:
            self.restarted = True  # gunicorn replaced a worker (a timeout, say): its log says why
            print("a server's worker was replaced: figures from here on are the new worker's")
            self.workers = [worker_pid(master) for master in self.masters]
        rss = [_status_kb(pid, "VmRSS") for pid in self.workers]
        self.samples.append((at, rss))
        shown = "   ".join(f"server {n}: {kb / 1024:,.1f} MB" for n, kb in enumerate(rss))
        print(f"memory at {at:4.0f} s   {shown}   (load average {os.getloadavg()[0]:.1f})", flush=True)

    def cpu_seconds(self) -> dict[str, float]:
        seconds = {f"server {n}": _cpu_seconds(pid) for n, pid in enumerate(self.workers)}
        seconds["PostgreSQL"] = _tree_cpu_seconds(self.postmaster)
        info = self.redis.info("cpu")
        seconds["Redis"] = info["used_cpu_sys"] + info["used_cpu_user"]
        return seconds

    def start_cpu(self) -> None:
        self.cpu_at = (time.monotonic(), self.cpu_seconds())

    def cpu_shares(self) -> dict[str, float]:
        """CPU since start_cpu, each as a fraction of one core."""
        (started, before), now = self.cpu_at, self.cpu_seconds()
        return {name: (now[name] - before[name]) / (time.monotonic() - started) for name in now}


def _postmaster(database_url: str) -> int:
    """PostgreSQL's main process (scripts/with-services runs it here, as a superuser's server)."""
    with psycopg.connect(database_url.replace("+psycopg", "")) as conn:
        folder = conn.execute("SHOW data_directory").fetchone()[0]
    return int(Path(folder, "postmaster.pid").read_text().split()[0])


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(f"{field} not in /proc/{pid}/status")


def _cpu_seconds(pid: int, reaped: bool = False) -> float:
    """User and system time; with `reaped`, that of its children that have exited too."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(f) for f in fields[11 : 15 if reaped else 13])  # utime stime cutime cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _tree_cpu_seconds(pid: int) -> float:
    """A process and its children (PostgreSQL's backends), those that exited included."""
    total = _cpu_seconds(pid, reaped=True)
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        with contextlib.suppress(FileNotFoundError):  # exited just now: the parent counts it next
            total += _cpu_seconds(int(child), reaped=True)
    return total


def machine_busy_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of every core since boot, from /proc/stat's first line."""
    ticks = [int(field) for field in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle and iowait
    hertz = os.sysconf("SC_CLK_TCK")
    return (sum(ticks) - idle) / hertz, sum(ticks) / hertz
