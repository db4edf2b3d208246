"""Forgotten passwords: no account enumeration, single-use links that expire, sessions ended."""

import logging
from datetime import timedelta

import pytest

from server.models import PasswordReset
from server.models.types import utcnow
from tests.api.accounts_helpers import token_from
from tests.factories import PASSWORD, UserFactory
from tests.support.json_client import JsonClient
from tests.support.smtp_server import SmtpServer

NEW_PASSWORD = "a much longer passphrase"


@pytest.fixture
def mail_log(caplog):
    caplog.set_level(logging.INFO, logger="server.mail.service")
    return caplog


def _ask(client, email):
    return client.post("/api/v1/auth/password-reset", json={"email": email})


def _complete(client, token, password=NEW_PASSWORD):
    return client.post("/api/v1/auth/password-reset/complete", json={"token": token, "password": password})


def _emailed_token(client, email, mail_log) -> str:
    assert _ask(client, email).status_code == 202
    return token_from(mail_log.text, "reset")


def test_the_answer_is_the_same_whether_or_not_the_account_exists(client, advocate, db, mail_log):
    gone = UserFactory(active=False)
    answers = [_ask(client, email) for email in (advocate.email, "nobody@example.test", gone.email)]
    assert {a.status_code for a in answers} == {202}
    assert len({a.get_data() for a in answers}) == 1
    assert mail_log.text.count("#/reset/") == 1 and advocate.email in mail_log.text
    assert [r.user_id for r in db.session.scalars(db.select(PasswordReset))] == [advocate.id]


def test_the_link_sets_a_new_password_once_and_only_a_hash_is_stored(app, client, advocate, db, mail_log):
    token = _emailed_token(client, advocate.email.upper(), mail_log)
    stored = db.session.scalar(db.select(PasswordReset))
    assert token not in stored.token_hash and len(stored.token_hash) == 64
    check = client.post("/api/v1/auth/password-reset/check", json={"token": token})
    assert check.status_code == 200 and check.get_json()["email"] == advocate.email
    assert _complete(client, token).status_code == 204
    again = _complete(client, token, "another fine passphrase")
    assert again.status_code == 410 and again.get_json()["error"]["code"] == "reset_used"
    fresh = JsonClient(app.test_client())
    assert (
        fresh.post("/api/v1/auth/login", json={"email": advocate.email, "password": PASSWORD}).status_code
        == 401
    )
    fresh.login(advocate.email, NEW_PASSWORD)


def test_the_link_expires_after_an_hour(client, advocate, db, mail_log, monkeypatch):
    token = _emailed_token(client, advocate.email, mail_log)
    later = utcnow() + timedelta(minutes=61)
    monkeypatch.setattr("server.accounts.password_resets.utcnow", lambda: later)
    response = _complete(client, token)
    assert response.status_code == 410
    assert response.get_json()["error"]["code"] == "reset_expired"


def test_a_reset_ends_every_other_session_of_that_person(
    app, client, advocate, advocate_client, db, mail_log
):
    other_device = JsonClient(app.test_client())
    other_device.login(advocate.email, PASSWORD)
    token = _emailed_token(client, advocate.email, mail_log)
    assert _complete(client, token).status_code == 204
    assert advocate_client.get("/api/v1/me").status_code == 401
    assert other_device.get("/api/v1/me").status_code == 401


def test_the_new_password_must_follow_the_rules_with_errors_naming_the_field(client, advocate, db, mail_log):
    token = _emailed_token(client, advocate.email, mail_log)
    for weak, words in [
        ("short", "at least 10"),
        ("password123", "attackers"),
        ("aaaaaaaaaaaa", "different"),
    ]:
        response = _complete(client, token, weak)
        assert response.status_code == 422
        assert words in response.get_json()["error"]["fields"]["password"][0]
    assert _complete(client, token).status_code == 204  # refused attempts did not spend the link


def test_unknown_and_malformed_requests_are_refused_by_name(client, db):
    assert _ask(client, "not-an-email").get_json()["error"]["fields"] == {
        "email": ["Not a valid email address."]
    }
    unknown = _complete(client, "x" * 43)
    assert unknown.status_code == 404 and unknown.get_json()["error"]["code"] == "reset_not_found"
    assert _complete(client, "short").get_json()["error"]["fields"]["token"]


def test_requests_are_rate_limited_per_address(client, advocate, app, monkeypatch):
    monkeypatch.setitem(app.config, "PASSWORD_RESET_RATE_LIMIT", "2 per minute")
    statuses = [
        _ask(client, email).status_code for email in (advocate.email, "a@example.test", "b@example.test")
    ]
    assert statuses == [202, 202, 429]


def test_admins_make_a_reset_link_for_a_person(app, admin_client, manager_client, advocate, db):
    response = admin_client.post(f"/api/v1/people/{advocate.id}/reset-link")
    assert response.status_code == 201
    token = token_from(response.get_json()["link"], "reset")
    assert manager_client.post(f"/api/v1/people/{advocate.id}/reset-link").status_code == 403
    assert _complete(JsonClient(app.test_client()), token).status_code == 204
    JsonClient(app.test_client()).login(advocate.email, NEW_PASSWORD)


def test_a_deactivated_persons_link_stops_working(admin_client, client, advocate, db, mail_log):
    token = _emailed_token(client, advocate.email, mail_log)
    admin_client.patch(f"/api/v1/people/{advocate.id}", json={"active": False})
    assert _complete(client, token).status_code == 404
    assert admin_client.post(f"/api/v1/people/{advocate.id}/reset-link").status_code == 409


def test_with_smtp_configured_the_link_goes_by_mail_and_not_to_the_log(
    app, client, advocate, db, mail_log, monkeypatch
):
    with SmtpServer() as smtp:
        settings = {
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": smtp.port,
            "MAIL_SECURITY": "none",
            "MAIL_FROM": "Amplify <amplify@example.test>",
        }
        for key, value in settings.items():
            monkeypatch.setitem(app.config, key, value)
        assert _ask(client, advocate.email).status_code == 202
        app.extensions["tasks"].run_pending()  # the mail goes through the task queue
        message = smtp.next_message()
    assert message["To"] == advocate.email and message["Subject"] == "Reset your Amplify password"
    token = token_from(message.get_content(), "reset")
    assert "#/reset/" not in mail_log.text
    assert _complete(client, token).status_code == 204
