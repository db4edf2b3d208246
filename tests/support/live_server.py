"""A real server process on loopback: migrated, seeded with the demo, served by gunicorn."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import requests

from server.config import ROOT
from tests.support import seeded
from tests.support.databases import configured_url, fresh_database

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _environment(folder: Path, name: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        FLASK_APP="wsgi",
        INSTANCE_PATH=str(folder),
        # Rate-limit keys (failed logins per account and per address) are hashed with the secret,
        # and with Redis every server of the run counts in one place: a secret per server group
        # keeps one test's wrong passwords from locking an account in another's server.
        SECRET_KEY=f"live-test-secret-{name}-{os.getpid()}",
        DATABASE_URL=fresh_database(name, folder),
        LOGIN_RATE_LIMIT="1000 per minute",
        # Servers of one test share rank keys in Redis; other tests' servers never see them.
        RANK_PREFIX=f"test:{name}:{os.getpid()}:rank:",
        SOCKETIO_CHANNEL=f"test-{name}-{os.getpid()}",
        TASK_QUEUE_NAME=f"test-{name}-{os.getpid()}",
        # Web Push goes to a push service the tests run on loopback.
        PUSH_SERVICE_HOSTS="127.0.0.1",
        PUSH_ALLOW_HTTP="1",
    )
    if os.environ.get("REDIS_URL"):
        env["REDIS_URL"] = os.environ["REDIS_URL"]
    return env


class ServerGroup(NamedTuple):
    urls: list[str]
    database_url: str
    logs: list[Path]  # each process's output: where mail goes when MAIL_SERVER is not set
    env: dict  # what the servers run with: `flask` commands given it see the same database and Redis
    pids: list[int]  # each gunicorn master; its worker serves the requests


def worker_pid(master_pid: int) -> int:
    """The gunicorn worker serving a server's requests (the master respawns it when it dies)."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    assert len(children) == 1, f"expected one worker under {master_pid}, found {children}"
    return int(children[0])


def run_flask(env: dict, *command: str) -> subprocess.CompletedProcess:
    """Run a `flask` command against the servers' database and Redis, as an operator would."""
    return subprocess.run([BIN / "flask", *command], env=env, cwd=ROOT, capture_output=True, text=True)


@contextmanager
def live_server(folder: Path, name: str = "live", overrides: dict | None = None):
    """Yield the base URL of a seeded server; stop it afterwards."""
    with live_servers(folder, name, 1, overrides=overrides) as group:
        yield group.urls[0]


@contextmanager
def live_servers(
    folder: Path,
    name: str,
    count: int,
    threads: int = 32,
    worker_class: str = "gevent",
    prepare: Callable[[dict], None] | None = None,
    overrides: dict | None = None,
):
    """Yield the URLs of `count` server processes sharing one seeded database (and Redis, when
    REDIS_URL is set): the scaled setup, minus the load balancer. `worker_class` is gunicorn's:
    "gevent" (greenlets, as `make run` serves) or "gthread" (`threads` threads per process).
    `prepare(env)` runs after seeding, before any server starts (to add people, say); `overrides`
    are environment variables to set or, given as None, to leave out (REDIS_URL, say)."""
    env = _environment(folder, name)
    env.update({variable: value for variable, value in (overrides or {}).items() if value is not None})
    for variable in [variable for variable, value in (overrides or {}).items() if value is None]:
        del env[variable]
    # A database the caller chose (a private PostgreSQL) is seeded in place; the run's own is copied.
    seeded.prepare(env, None if "DATABASE_URL" in (overrides or {}) else configured_url() or "sqlite")
    if prepare:
        prepare(env)
    started = []
    try:
        for index in range(count):
            log_path = folder / f"{name}-server-{index}.log"
            started.append(_start(env, log_path, threads, worker_class))
            wait_until_healthy(started[-1][0], started[-1][1], log_path)
        urls, pids = [url for url, _, _ in started], [process.pid for _, process, _ in started]
        logs = [folder / f"{name}-server-{index}.log" for index in range(count)]
        yield ServerGroup(urls, env["DATABASE_URL"], logs, env, pids)
    finally:
        for _, process, log in started:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:  # still finishing work after a load test: stop it
                process.kill()
                process.wait()
            log.close()


def _start(env: dict, log_path: Path, threads: int, worker_class: str):
    port = free_port()
    log = open(log_path, "w")  # noqa: SIM115 - closed by live_servers
    command = [BIN / "gunicorn", "--worker-class", worker_class, "--workers", "1"]
    if worker_class != "gevent":  # gevent: Socket.IO picks its gevent mode itself, as in `make run`
        command += ["--threads", str(threads)]
    command += ["--no-control-socket", "--bind", f"127.0.0.1:{port}", "wsgi:app"]
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    return f"http://127.0.0.1:{port}", process, log


def wait_until_healthy(url: str, process: subprocess.Popen | None = None, log: Path | None = None) -> None:
    """Wait until the server at `url` answers /healthz (30 s at most)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited early:\n{log.read_text()}")
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            # The port is bound before the worker has imported the app, so the
            # first probes can be refused or time out while it boots.
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server did not become healthy:\n{log.read_text() if log else url}")


class ApiSession:
    """A logged-in HTTP session against a live server, sending CSRF like the PWA."""

    def __init__(self, base_url: str, email: str, password: str, timeout: float = 5):
        self.base_url, self.http, self.timeout = base_url, requests.Session(), timeout
        token = self.http.get(f"{base_url}/api/v1/auth/csrf", timeout=timeout).json()["csrf_token"]
        self.http.headers["X-CSRFToken"] = token
        response = self.post("/api/v1/auth/login", {"email": email, "password": password})
        response.raise_for_status()

    def get(self, path: str):
        return self.http.get(self.base_url + path, timeout=self.timeout)

    def post(self, path: str, body: dict):
        return self.http.post(self.base_url + path, json=body, timeout=self.timeout)

    def post_until_answered(self, path: str, body: dict, attempts: int = 3):
        """POST, sending again when the connection drops before any answer, as the PWA does with
        a share (its client id makes that safe). gunicorn closes a kept-alive connection idle for
        2 s, and a request sent on it at that instant is reset."""
        for attempt in range(attempts):
            try:
                return self.post(path, body)
            except requests.ConnectionError:
                if attempt == attempts - 1:
                    raise

    @property
    def cookie_header(self) -> str:
        return "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)

    def close(self) -> None:
        self.http.close()
