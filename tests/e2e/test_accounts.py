"""Accounts at phone size: joining by invitation, a forgotten password, deactivation that signs
an open session out, and axe on the account screens."""

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_advocacy_loop import log_in

NEW_PASSWORD = "a fresh passphrase for e2e"
LINK = re.compile(r"https?://\S+/#/(invite|reset)/[A-Za-z0-9_-]+")


def _fresh_email(label: str) -> str:
    return f"{label}-{uuid.uuid4().hex[:8]}@demo.example"


def _api(page: Page, method: str, path: str, body: dict | None = None):
    """Call the API as the person signed in on `page`, sending CSRF like the PWA."""
    token = page.request.get("/api/v1/auth/csrf").json()["csrf_token"]
    response = page.request.fetch(path, method=method, data=body, headers={"X-CSRFToken": token})
    assert response.ok, response.text()
    return response.json() if response.status != 204 else None


def _team_id(page: Page, name: str) -> int:
    return next(t["id"] for t in page.request.get("/api/v1/teams").json()["items"] if t["name"] == name)


def _joined(admin: Page, newcomer: Page, email: str) -> None:
    """An advocate invited by the admin and signed in on `newcomer`, through the API."""
    body = {"email": email, "role": "advocate", "team_id": _team_id(admin, "Sales")}
    token = _api(admin, "POST", "/api/v1/invitations", body)["link"].rsplit("/", 1)[1]
    accept = {"token": token, "display_name": "Temp Advocate", "password": NEW_PASSWORD}
    _api(newcomer, "POST", "/api/v1/invitations/accept", accept)


def _open_people(page: Page) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.locator("#account-panel").get_by_role("link", name="People").click()  # not the side navigation's
    expect(page.get_by_role("heading", name="People", level=1)).to_be_visible()


def _open_invitations(page: Page) -> None:
    """People's Invitations section, where the invite form is (at any width: no menu involved)."""
    page.evaluate("location.hash = '#/people/invitations'")
    expect(page.get_by_role("heading", name="Invite someone")).to_be_visible()


def _open_person(page: Page, email: str):
    """Find someone on the People screen by email and open their panel."""
    page.get_by_label("Search people").fill(email)
    row = f"li[data-person-email='{email}'] button, tr[data-person-email='{email}'] button"
    page.locator(row).first.click()
    panel = page.locator(f"aside[data-person-email='{email}']")
    expect(panel).to_be_visible()
    return panel


def test_an_admin_invites_and_the_new_advocate_lands_on_the_feed(phone, screenshot):
    admin = phone()
    log_in(admin, "admin@demo.example")
    _open_people(admin)
    admin.get_by_role("link", name="Invitations").click()
    email = _fresh_email("nia")
    admin.get_by_label("Work email").fill(email)
    admin.get_by_label("Role").select_option("advocate")
    admin.get_by_label("Team").select_option(label="Sales")
    admin.get_by_role("button", name="Send invitation").click()
    link_box = admin.get_by_label(f"Invitation link for {email}")
    expect(link_box).to_be_visible()
    link = link_box.input_value()
    assert LINK.fullmatch(link)
    screenshot(admin, "people-invited")

    newcomer = phone()
    newcomer.goto(link)
    expect(newcomer.get_by_role("heading", name="Join Amplify")).to_be_visible()
    expect(newcomer.get_by_text(re.compile("invited as an advocate in Sales"))).to_be_visible()
    screenshot(newcomer, "invitation-join")
    newcomer.get_by_label("Your name").fill("Nia Newcomer")
    newcomer.get_by_label("Password").fill("short")
    newcomer.get_by_role("button", name="Create my account").click()
    expect(newcomer.get_by_text("Use at least 10 characters.")).to_be_visible()
    newcomer.get_by_label("Password").fill(NEW_PASSWORD)
    newcomer.get_by_role("button", name="Create my account").click()
    expect(newcomer.locator("[data-testid=points-total]")).to_be_visible()
    expect(newcomer.locator("article[data-content-id]").first).to_be_visible()
    assert "/invite/" not in newcomer.url
    screenshot(newcomer, "invitation-joined-feed")

    again = phone()
    again.goto(link)
    expect(again.get_by_text(re.compile("already been used"))).to_be_visible()


def test_a_forgotten_password_is_reset_from_the_link_in_the_server_log(phone, server, screenshot):
    admin, person = phone(), phone()
    log_in(admin, "admin@demo.example")
    email = _fresh_email("reset")
    _joined(admin, person, email)

    page = phone()
    page.goto("/")
    page.get_by_role("link", name="Forgot password?").click()
    expect(page.get_by_role("heading", name="Forgot your password?")).to_be_visible()
    page.get_by_label("Work email").fill(email)
    page.get_by_role("button", name="Send reset link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    screenshot(page, "password-forgot-sent")

    # No MAIL_SERVER: the message is in the server's log, where the operator finds it.
    message = server.logs[0].read_text().split(f"To: {email}")[-1]
    page.goto(LINK.search(message).group(0))
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    page.get_by_label("New password").fill("brand new passphrase")
    screenshot(page, "password-reset-form")
    page.get_by_role("button", name="Save new password").click()
    expect(page.get_by_role("heading", name="Password changed")).to_be_visible()
    page.get_by_role("link", name="Log in").click()

    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "brand new passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("[data-testid=points-total]")).to_be_visible()
    assert "/reset/" not in page.url


def test_deactivation_signs_an_open_session_out_at_once(phone, screenshot):
    admin, advocate = phone(), phone()
    log_in(admin, "admin@demo.example")
    email = _fresh_email("leaver")
    _joined(admin, advocate, email)
    advocate.goto("/")
    expect(advocate.locator("[data-testid=points-total]")).to_be_visible()
    advocate.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(advocate.locator(".live-badge.is-live")).to_be_visible()  # the socket is connected

    _open_people(admin)
    card = _open_person(admin, email)
    card.get_by_role("button", name="Deactivate").click()
    expect(card.get_by_text("signed out everywhere at once")).to_be_visible()
    screenshot(admin, "people-confirm-deactivate")
    card.get_by_role("button", name="Yes, deactivate").click()
    expect(card.get_by_text("Deactivated")).to_be_visible()

    # Nobody touches the advocate's phone: the dropped socket sends it to the login screen.
    expect(advocate.locator("input[name=email]")).to_be_visible(timeout=5_000)
    screenshot(advocate, "deactivated-signed-out")
    card.get_by_role("button", name="Reactivate").click()
    expect(card.get_by_text("Active", exact=True)).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_account_screens_have_no_serious_violations(browser, server_url, scheme, screenshot):
    context = browser.new_context(
        base_url=server_url, color_scheme=scheme, viewport={"width": 360, "height": 640}, is_mobile=True
    )
    admin = context.new_page()
    log_in(admin, "admin@demo.example")
    body = {"email": _fresh_email(f"axe-{scheme}"), "role": "advocate", "team_id": _team_id(admin, "Sales")}
    invite_link = _api(admin, "POST", "/api/v1/invitations", body)["link"]
    people = admin.request.get("/api/v1/people", params={"q": "newcomer@demo.example"}).json()["items"]
    newcomer = next(p for p in people if p["email"] == "newcomer@demo.example")
    reset_link = _api(admin, "POST", f"/api/v1/people/{newcomer['id']}/reset-link")["link"]  # left unused
    _api(admin, "POST", "/api/v1/auth/logout")
    found = {}
    for name, url, heading in [
        ("forgot", "/#/forgot", "Forgot your password?"),
        ("invite", invite_link, "Join Amplify"),
        ("reset", reset_link, "Choose a new password"),
        ("bad-link", "/#/reset/" + "x" * 43, "This link can't be used"),
    ]:
        admin.goto(url)
        expect(admin.get_by_role("heading", name=heading)).to_be_visible()
        found[name] = serious_violations(admin)
        screenshot(admin, f"account-{name}-{scheme}")
    context.close()
    assert found == {name: [] for name in found}
