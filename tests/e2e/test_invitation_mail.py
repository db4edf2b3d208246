"""Invitation mail an admin can trust, at desktop size: with the mail server down past the last
try, the invitation on the People screen says the email was not delivered and why, and Send again
delivers a working link once the mail server is back."""

import time

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import log_in
from tests.e2e.test_accounts import LINK, _fresh_email, _open_invitations
from tests.support.live_server import free_port, live_server
from tests.support.smtp_server import SmtpServer

DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False}


@pytest.fixture(scope="module")
def mail_port():
    return free_port()  # nothing listens there until a test starts a mail server on it


@pytest.fixture(scope="module")
def mailing_server(tmp_path_factory, mail_port):
    """A server whose mail server is down: two quick tries, half a second apart."""
    mail = {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(mail_port), "MAIL_SECURITY": "none"}
    mail |= {"MAIL_TIMEOUT": "2", "MAIL_MAX_ATTEMPTS": "2", "MAIL_RETRY_BASE_SECONDS": "0.5"}
    with live_server(tmp_path_factory.mktemp("mail"), "mail", mail) as url:
        yield url


@pytest.fixture
def admin(browser, mailing_server):
    context = browser.new_context(base_url=mailing_server, **DESKTOP)
    context.set_default_timeout(10_000)
    page = context.new_page()
    log_in(page, "admin@demo.example")
    yield page
    context.close()


def _mail_of(page: Page, email: str) -> dict:
    """The invitation's mail as the API tells admins."""
    items = page.request.get("/api/v1/invitations").json()["items"]
    return next(i["mail"] for i in items if i["email"] == email)


def _wait_for_mail(page: Page, email: str, status: str) -> dict:
    deadline = time.monotonic() + 15
    while (mail := _mail_of(page, email))["status"] != status:
        assert time.monotonic() < deadline, f"mail still {mail}"
        time.sleep(0.2)
    return mail


def test_an_undelivered_invitation_says_why_and_send_again_delivers_it(admin, mail_port, screenshot):
    _open_invitations(admin)
    email = _fresh_email("unmailed")
    admin.get_by_label("Work email").fill(email)
    admin.get_by_label("Role").select_option("advocate")
    admin.get_by_label("Team").select_option(label="Sales")
    admin.get_by_role("button", name="Send invitation").click()
    # The toast, not the live region that repeats it for screen readers a moment later.
    expect(admin.get_by_test_id("toast").get_by_text(f"Invitation on its way to {email}.")).to_be_visible()
    mail = _wait_for_mail(admin, email, "failed")
    assert mail["attempts"] == 2 and "refused the connection" in mail["error"]

    admin.reload()  # as an admin opening People later
    card = admin.locator(f"[data-invitation-email='{email}']")
    expect(card.get_by_text(f"Email not delivered: {mail['error']}")).to_be_visible()
    send_again = card.get_by_role("button", name="Send again")
    expect(send_again).to_be_visible()
    card.evaluate("card => card.scrollIntoView({block: 'center'})")  # clear of the bottom bar
    screenshot(admin, "people-invitation-mail-failed-1280x800")

    with SmtpServer(mail_port) as smtp:
        send_again.click()
        message = smtp.next_message(timeout=10)
        _wait_for_mail(admin, email, "sent")
    assert message["To"] == email and LINK.search(message.get_content())
    admin.reload()
    expect(card.get_by_text("Email delivered to the mail server.")).to_be_visible()
    expect(card.get_by_role("button", name="Resend")).to_be_visible()
