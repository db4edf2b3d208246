"""PostgreSQL stopped and started again under a running server, on a private cluster (so SQLite
runs test it too, and the run's shared PostgreSQL is left alone): while it is down requests fail
at once with the JSON envelope (503, so the PWA keeps a share to send again), never hang; once it
is back the same server process answers again, with nothing lost."""

import time

import requests

from server.demo import PASSWORD
from tests.support import ledger
from tests.support.live_server import ApiSession, live_servers, run_flask
from tests.support.postgres_server import PrivatePostgres

QUICK = 10  # seconds: an answer slower than this while the database is down counts as a hang


def test_requests_fail_cleanly_while_postgres_restarts_and_recover_without_restarting_the_app(tmp_path):
    with PrivatePostgres() as postgres:
        overrides = {"DATABASE_URL": postgres.url("amplify")}
        with live_servers(tmp_path, "pg-fault", 1, overrides=overrides) as group:
            advocate = ApiSession(group.urls[0], "advocate@demo.example", PASSWORD, timeout=QUICK)
            content_id = advocate.get("/api/v1/content/feed").json()["items"][0]["id"]
            assert _share(advocate, content_id, "pg-before-0001").status_code == 201
            postgres.stop()
            _assert_unavailable(advocate.post, "/api/v1/shares", _body(content_id, "pg-during-0001"))
            _assert_unavailable(advocate.get, "/api/v1/me")
            assert requests.get(group.urls[0] + "/healthz", timeout=QUICK).status_code == 503
            postgres.start()
            _wait_until_healthy(group.urls[0])
            # The share the PWA kept while the database was down, sent again: it counts now.
            assert _share(advocate, content_id, "pg-during-0001").status_code == 201
            assert _share(advocate, content_id, "pg-after-00001").status_code == 201
            stored = [
                cid
                for _, cid in ledger.shares_of(group.database_url, advocate.get("/api/v1/me").json()["id"])
            ]
            assert {"pg-before-0001", "pg-during-0001", "pg-after-00001"} <= set(stored)
            check = run_flask(group.env, "check-ledger")
            assert check.returncode == 0, check.stdout + check.stderr


def _body(content_id: int, client_id: str) -> dict:
    return {"content_id": content_id, "network": "linkedin", "client_id": client_id}


def _share(session: ApiSession, content_id: int, client_id: str):
    return session.post_until_answered("/api/v1/shares", _body(content_id, client_id))


def _assert_unavailable(call, *args) -> None:
    started = time.monotonic()
    answer = call(*args)  # the session's timeout turns a hang into a failure
    assert time.monotonic() - started < QUICK
    assert answer.status_code == 503, answer.text
    assert answer.json()["error"]["code"] == "unavailable"
    assert answer.headers["Retry-After"]


def _wait_until_healthy(url: str) -> None:
    deadline = time.monotonic() + 30
    while requests.get(url + "/healthz", timeout=QUICK).status_code != 200:
        assert time.monotonic() < deadline, "the server did not come back after PostgreSQL did"
        time.sleep(0.2)
