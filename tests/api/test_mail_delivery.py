"""Invitation and password mail through the task queue, against a mail server on loopback that
is stopped and started again: a mail server that is down is tried again with a doubling wait and
the link arrives once it is back; past the last try the invitation says why it was not delivered,
and sending it again works. The clock is fixed, and moved on to make each retry due."""

from datetime import timedelta

import pytest
from flask import current_app

from tests.api.accounts_helpers import token_from
from tests.support.json_client import JsonClient
from tests.support.live_server import free_port
from tests.support.smtp_server import SmtpServer

EMAIL = "nia@example.test"
WAIT = 60  # seconds before the second try; then 120, 240...


@pytest.fixture
def port(app, monkeypatch):
    """A mail server's port with nothing listening on it yet: the server is down."""
    port = free_port()
    settings = {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": port, "MAIL_SECURITY": "none", "MAIL_TIMEOUT": 2}
    settings |= {"MAIL_MAX_ATTEMPTS": 3, "MAIL_RETRY_BASE_SECONDS": WAIT}
    for key, value in settings.items():
        monkeypatch.setitem(app.config, key, value)
    return port


def _run() -> int:
    return current_app.extensions["tasks"].run_pending()


def _mail(admin_client) -> dict:
    """How the invitation's mail stands, as the People screen reads it."""
    [invitation] = [
        i for i in admin_client.get("/api/v1/invitations").get_json()["items"] if i["email"] == EMAIL
    ]
    return invitation["mail"]


def _invite(admin_client, team) -> dict:
    body = {"email": EMAIL, "role": "advocate", "team_id": team.id}
    response = admin_client.post("/api/v1/invitations", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def _accepted(app, message) -> int:
    token = token_from(message.get_content(), "invite")
    body = {"token": token, "display_name": "Nia", "password": "a long new password"}
    return JsonClient(app.test_client()).post("/api/v1/invitations/accept", json=body).status_code


def test_a_mail_server_that_is_down_is_tried_again_and_the_link_arrives_when_it_is_back(
    app, admin_client, team, clock, port
):
    invited = _invite(admin_client, team)
    assert (invited["emailed"], invited["link"], invited["mail"]["status"]) == (True, None, "queued")
    assert _run() == 1
    mail = _mail(admin_client)
    assert (mail["status"], mail["attempts"]) == ("retrying", 1)
    assert mail["error"] == f"The mail server (127.0.0.1:{port}) refused the connection: is it running?"
    assert _run() == 0  # not before its wait
    clock.shift(timedelta(seconds=WAIT))
    assert _run() == 1 and _mail(admin_client)["attempts"] == 2
    with SmtpServer(port) as smtp:  # back up
        clock.shift(timedelta(seconds=2 * WAIT))
        assert _run() == 1
        message = smtp.next_message()
    assert (message["To"], message["Subject"]) == (EMAIL, "You're invited to Amplify")
    assert _mail(admin_client) == {"status": "sent", "attempts": 3, "error": None, "next_attempt_at": None}
    assert _accepted(app, message) == 201


def test_past_the_last_try_admins_see_why_and_sending_again_delivers(app, admin_client, team, clock, port):
    invitation_id = _invite(admin_client, team)["id"]
    for wait in (0, WAIT, 2 * WAIT):
        clock.shift(timedelta(seconds=wait))
        assert _run() == 1
    mail = _mail(admin_client)
    assert (mail["status"], mail["attempts"], mail["next_attempt_at"]) == ("failed", 3, None)
    assert "refused the connection" in mail["error"]
    clock.shift(timedelta(hours=2))
    assert _run() == 0  # given up: nothing more is tried
    with SmtpServer(port) as smtp:
        again = admin_client.post(f"/api/v1/invitations/{invitation_id}/resend")
        assert again.status_code == 200 and again.get_json()["mail"]["status"] == "queued"
        assert _run() == 1
        message = smtp.next_message()
    assert _mail(admin_client)["status"] == "sent"
    assert _accepted(app, message) == 201


def test_a_password_reset_mail_waits_out_a_mail_server_restart(app, client, advocate, clock, port):
    response = client.post("/api/v1/auth/password-reset", json={"email": advocate.email})
    assert response.status_code == 202
    assert _run() == 1  # refused: the server is down
    with SmtpServer(port) as smtp:
        clock.shift(timedelta(seconds=WAIT))
        assert _run() == 1
        message = smtp.next_message()
    assert (message["To"], message["Subject"]) == (advocate.email, "Reset your Amplify password")
    assert token_from(message.get_content(), "reset")
