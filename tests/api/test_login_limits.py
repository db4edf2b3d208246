"""The login limits count failed attempts only, per account and per address: a whole office
behind one address logs in on a Monday morning, while guessing one account's password, or many
accounts' from one address, is stopped with a message saying when to try again."""

from datetime import UTC, datetime

import pytest
import time_machine

from tests.factories import PASSWORD, UserFactory
from tests.support.json_client import JsonClient

OFFICE = {"REMOTE_ADDR": "203.0.113.7"}
MONDAY_MORNING = datetime(2026, 3, 2, 8, 55, tzinfo=UTC)


@pytest.fixture
def limits(app, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_ACCOUNT_FAILURE_LIMIT", "3 per 15 minutes")
    monkeypatch.setitem(app.config, "LOGIN_ADDRESS_FAILURE_LIMIT", "8 per 15 minutes")


def _log_in(app, email: str, password: str = PASSWORD):
    """A login from a fresh browser in the office."""
    browser = JsonClient(app.test_client())
    body = {"email": email, "password": password}
    return browser.post("/api/v1/auth/login", json=body, environ_base=OFFICE)


def test_forty_colleagues_behind_one_office_address_all_log_in(app, db, limits):
    colleagues = UserFactory.create_batch(40)
    with time_machine.travel(MONDAY_MORNING, tick=False):
        answers = [_log_in(app, person.email).status_code for person in colleagues]
    assert answers == [200] * 40


def test_wrong_passwords_lock_that_account_and_say_when_to_try_again(app, db, limits, advocate):
    colleague = UserFactory()
    with time_machine.travel(MONDAY_MORNING, tick=False):
        wrong = [_log_in(app, advocate.email, "guess").status_code for _ in range(3)]
        locked = _log_in(app, advocate.email)  # even the right password, until the window ends
        assert _log_in(app, colleague.email).status_code == 200  # same address, other account
    assert wrong == [401, 401, 401]
    assert locked.status_code == 429 and locked.headers["Retry-After"] in {"900", "901"}
    assert locked.get_json()["error"]["message"] == (
        "Too many wrong passwords for this email. Try again in 15 minutes, or use “Forgot password?”."
    )


def test_the_account_limit_counts_the_email_however_it_is_typed(app, db, limits, advocate):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        for email in (advocate.email, advocate.email.upper(), advocate.email.title()):
            assert _log_in(app, email, "guess").status_code == 401
        assert _log_in(app, advocate.email).status_code == 429


def test_failures_across_many_accounts_from_one_address_hit_the_address_limit(app, db, limits):
    people = UserFactory.create_batch(4)
    elsewhere = {"REMOTE_ADDR": "198.51.100.20"}
    with time_machine.travel(MONDAY_MORNING, tick=False):
        wrong = [_log_in(app, p.email, "guess").status_code for p in people for _ in range(2)]
        stopped = _log_in(app, "someone.else@example.test", "guess")
        assert wrong == [401] * 8
        assert stopped.status_code == 429
        assert stopped.get_json()["error"]["message"] == (
            "Too many failed logins from your network. Try again in 15 minutes."
        )
        browser = JsonClient(app.test_client())
        body = {"email": people[0].email, "password": PASSWORD}
        assert browser.post("/api/v1/auth/login", json=body, environ_base=elsewhere).status_code == 200
