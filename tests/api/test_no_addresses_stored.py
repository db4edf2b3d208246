"""No raw IP address is stored anywhere or written to the app's log: after a realistic week
(login, share, clicks through the WSGI fast path and the Flask route, a push device, a suggestion,
kudos, a rate limit breached) made from distinctive addresses behind a trusted proxy, neither the
visitor's nor the proxy's address is in any row of any table, in any file of the instance folder
(the SQLite database, the task queue) or in any log record."""

import logging
from pathlib import Path

import pytest
from werkzeug.middleware.proxy_fix import ProxyFix

from server.extensions import db as database
from server.links.fast import TrackedLinks
from tests.factories import PASSWORD
from tests.support.advocacy_flow import PHONE, live
from tests.support.json_client import JsonClient

VISITOR = "203.0.113.199"  # what X-Forwarded-For says: the person
PROXY = "10.254.77.33"  # REMOTE_ADDR: the reverse proxy
FROM_BEHIND_PROXY = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": VISITOR}
LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture
def behind_proxy(app, monkeypatch):
    """The app as `TRUSTED_PROXIES=1` builds it: ProxyFix outermost."""
    monkeypatch.setitem(app.config, "TRUSTED_PROXIES", 1)
    monkeypatch.setattr(app, "wsgi_app", ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1))
    return app


def _signed_in(app, user) -> JsonClient:
    client = JsonClient(app.test_client())
    body = {"email": user.email, "password": PASSWORD}
    assert client.post("/api/v1/auth/login", json=body, environ_base=FROM_BEHIND_PROXY).status_code == 200
    return client


def _everything_stored() -> str:
    text = []
    for table in database.metadata.sorted_tables:
        rows = database.session.execute(database.select(table)).all()
        text.extend(f"{table.name}: {row}" for row in rows)
    return "\n".join(text)


def _instance_files(app) -> bytes:
    return b"".join(p.read_bytes() for p in Path(app.instance_path).rglob("*") if p.is_file())


def _a_week_from_behind_the_proxy(app, advocate, manager, admin, push_service, monkeypatch) -> None:
    visitor = JsonClient(app.test_client())
    ada, max_, rae = (_signed_in(app, user) for user in (advocate, manager, admin))
    lived = live(ada, max_, rae, visitor, advocate, push_service.subscription(), FROM_BEHIND_PROXY)
    # A person's click through the Flask route: the fast path hands over when it fails.
    with monkeypatch.context() as patched:
        patched.setattr(TrackedLinks, "_viewer", lambda *_: 1 / 0)
        response = visitor.get(lived.link, headers={"User-Agent": LAPTOP}, environ_base=FROM_BEHIND_PROXY)
        assert response.status_code == 302
    # Breaching a per-address limit makes flask-limiter log the limit's key.
    monkeypatch.setitem(app.config, "LOGIN_ADDRESS_FAILURE_LIMIT", "1 per minute")
    wrong = {"email": advocate.email, "password": "wrong password"}
    answers = [visitor.post("/api/v1/auth/login", json=wrong, environ_base=FROM_BEHIND_PROXY) for _ in "12"]
    assert [a.status_code for a in answers] == [401, 429]
    assert (
        visitor.get(lived.link, headers={"User-Agent": PHONE}, environ_base=FROM_BEHIND_PROXY).status_code
        == 302
    )
    app.extensions["tasks"].run_pending()  # the clicks' scoring tasks, through the queue


def test_no_address_is_stored_or_logged(
    behind_proxy, advocate, manager, admin, push_service, monkeypatch, caplog, db
):
    caplog.set_level(logging.DEBUG)
    _a_week_from_behind_the_proxy(behind_proxy, advocate, manager, admin, push_service, monkeypatch)
    stored = _everything_stored()
    assert "My own words" in stored and "clicks: (" in stored  # the scan sees what the week wrote
    assert VISITOR not in stored and PROXY not in stored
    files = _instance_files(behind_proxy)
    assert b"My own words" in files or database.engine.dialect.name != "sqlite"
    assert VISITOR.encode() not in files and PROXY.encode() not in files
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "exceeded" in logged  # the rate limiter did log its line
    assert VISITOR not in logged and PROXY not in logged
