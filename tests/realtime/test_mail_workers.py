"""Invitation mail from a real server process: its task queue's worker threads try a mail server
that is down again and again on their own, and the link arrives once the mail server is back."""

import time

import pytest

from server.demo import PASSWORD
from tests.support.live_server import ApiSession, free_port, live_server
from tests.support.smtp_server import SmtpServer

EMAIL = "returning@example.test"


@pytest.fixture(scope="module")
def mail_port():
    return free_port()  # nothing listens there until the test starts a mail server on it


@pytest.fixture(scope="module")
def server(tmp_path_factory, mail_port):
    # Tries half a second, 1, 2, 4 and 8 s apart: the test brings the mail server back after two.
    mail = {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(mail_port), "MAIL_SECURITY": "none"}
    mail |= {"MAIL_TIMEOUT": "2", "MAIL_MAX_ATTEMPTS": "6", "MAIL_RETRY_BASE_SECONDS": "0.5"}
    with live_server(tmp_path_factory.mktemp("mail-workers"), "mail-workers", mail) as url:
        yield url


def _mail(admin: ApiSession) -> dict:
    return next(i["mail"] for i in admin.get("/api/v1/invitations").json()["items"] if i["email"] == EMAIL)


def _wait_for(admin: ApiSession, check, description: str) -> dict:
    deadline = time.monotonic() + 20
    while not check(mail := _mail(admin)):
        assert time.monotonic() < deadline, f"timed out waiting for {description}: {mail}"
        time.sleep(0.1)
    return mail


def test_a_mail_server_down_for_two_tries_still_gets_the_invitation(server, mail_port):
    admin = ApiSession(server, "admin@demo.example", PASSWORD)
    try:
        teams = admin.get("/api/v1/teams").json()["items"]
        body = {"email": EMAIL, "role": "advocate", "team_id": teams[0]["id"]}
        assert admin.post("/api/v1/invitations", body).status_code == 201
        waiting = _wait_for(admin, lambda m: m["attempts"] >= 2, "two refused tries")
        assert waiting["status"] == "retrying" and "refused the connection" in waiting["error"]
        with SmtpServer(mail_port) as smtp:
            message = smtp.next_message(timeout=20)
            sent = _wait_for(admin, lambda m: m["status"] == "sent", "the mail to be recorded as sent")
        assert message["To"] == EMAIL and "#/invite/" in message.get_content()
        assert sent["attempts"] >= 3 and sent["error"] is None
    finally:
        admin.close()
