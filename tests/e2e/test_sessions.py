"""Sessions in the browser: the person signs out their other devices from Your data (phone),
an admin signs a person out everywhere from People (desktop), and each signed-out device lands
on the login screen by itself. Also the login card's demo hint, shown only while the demo is
seeded, and accepting the guidelines without a "Level up" to the starting level."""

import re

import pytest
import sqlalchemy
from playwright.sync_api import Page, expect
from werkzeug.security import generate_password_hash

from tests.e2e.conftest import _database_url_of
from tests.e2e.test_accounts import _fresh_email, _joined, _open_people, _open_person
from tests.e2e.test_advocacy_loop import log_in
from tests.support.live_server import live_servers

DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False}
DEMO_HINT = "Demo: advocate@demo.example / demo-password"


def _signed_in_again(page: Page, email: str) -> None:
    """A second device of the person: their email and the password _joined gave them."""
    page.goto("/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "a fresh passphrase for e2e")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("[data-testid=points-total]")).to_be_visible()


def _live(page: Page) -> None:
    """On the leaderboard with its socket connected, as a phone left open on the desk."""
    page.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(page.locator(".live-badge.is-live")).to_be_visible()


def test_a_person_signs_out_everywhere_else_from_their_phone(phone, screenshot):
    admin, phone_a, phone_b = phone(), phone(), phone()
    log_in(admin, "admin@demo.example")
    email = _fresh_email("devices")
    _joined(admin, phone_a, email)
    _signed_in_again(phone_b, email)
    _live(phone_b)

    phone_a.goto("/#/privacy")
    devices = phone_a.locator(".device-sessions li")
    expect(devices).to_have_count(2)
    expect(devices.filter(has_text="This device")).to_have_count(1)
    expect(devices.filter(has_text=re.compile("Last used"))).to_have_count(1)
    screenshot(phone_a, "sessions-devices")
    phone_a.get_by_role("button", name="Sign out everywhere else").click()
    expect(phone_a.get_by_test_id("toast").filter(has_text="Signed out on 1 other device.")).to_be_visible()
    expect(devices).to_have_count(1)
    expect(phone_a.get_by_text("Only this device is signed in.")).to_be_visible()
    screenshot(phone_a, "sessions-signed-out-elsewhere")

    # Nobody touches the other phone: its dropped socket sends it to the login screen.
    expect(phone_b.locator("input[name=email]")).to_be_visible(timeout=5_000)
    screenshot(phone_b, "sessions-other-phone-signed-out")
    phone_a.reload()
    expect(phone_a.locator(".device-sessions li")).to_have_count(1)  # this one is still signed in


@pytest.fixture
def desktop(browser, server_url):
    context = browser.new_context(base_url=server_url, **DESKTOP)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def test_an_admin_signs_a_person_out_everywhere_from_people(desktop, phone, screenshot):
    admin, person = desktop, phone()
    log_in(admin, "admin@demo.example")
    email = _fresh_email("lost-phone")
    _joined(admin, person, email)
    person.goto("/")
    _live(person)

    _open_people(admin)
    card = _open_person(admin, email)
    card.get_by_role("button", name="Sign out everywhere").click()
    toast = admin.get_by_test_id("toast").filter(has_text="Temp Advocate is signed out on every device.")
    expect(toast).to_be_visible()
    card.scroll_into_view_if_needed()
    screenshot(admin, "sessions-admin-signed-out-person")
    expect(person.locator("input[name=email]")).to_be_visible(timeout=5_000)
    expect(card.get_by_text("Active", exact=True)).to_be_visible()  # signed out, not deactivated
    _signed_in_again(person, email)


def test_accepting_the_guidelines_toasts_points_and_no_level_up(phone, screenshot):
    admin, person = phone(), phone()
    log_in(admin, "admin@demo.example")
    _joined(admin, person, _fresh_email("first-steps"))
    person.goto("/#/guidelines")
    person.get_by_role("button", name="I have read and accept the guidelines").click()
    toasts = person.get_by_test_id("toast")
    expect(toasts.filter(has_text=re.compile(r"\+\d+ points"))).to_be_visible()
    expect(person.get_by_test_id("guidelines-accepted")).to_be_visible()
    screenshot(person, "sessions-guidelines-accepted-no-level-up")
    # Joining a board answers on the same socket after any progress push the points sent.
    _live(person)
    expect(toasts.filter(has_text=re.compile(r"\+\d+ points"))).to_be_visible()  # still up
    expect(toasts.filter(has_text="Level up")).to_have_count(0)


def test_the_login_card_shows_the_demo_sign_in_while_the_demo_is_seeded(phone, screenshot):
    page = phone()
    page.goto("/")
    expect(page.locator(".login-hint")).to_have_text(DEMO_HINT)
    screenshot(page, "login-demo-hint")


def _no_demo_password(env: dict) -> None:
    """A company whose demo advocate has a password of its own: the demo is not here to try."""
    engine = sqlalchemy.create_engine(_database_url_of(env["DATABASE_URL"]))
    with engine.begin() as connection:
        connection.execute(
            sqlalchemy.text("UPDATE users SET password_hash = :hash WHERE email = 'advocate@demo.example'"),
            {"hash": generate_password_hash("a private passphrase", method="scrypt")},
        )
    engine.dispose()


@pytest.fixture(scope="module")
def real_company_url(tmp_path_factory):
    with live_servers(tmp_path_factory.mktemp("real"), "real", 1, prepare=_no_demo_password) as group:
        yield group.urls[0]


def test_a_real_companys_login_card_shows_no_demo_sign_in(phone_at, real_company_url, screenshot):
    page = phone_at(real_company_url)
    page.goto("/")
    expect(page.get_by_role("button", name="Log in")).to_be_visible()
    page.wait_for_load_state("networkidle")  # the demo question has been answered
    expect(page.locator(".login-hint")).to_have_count(0)
    expect(page.get_by_text("demo-password")).to_have_count(0)
    screenshot(page, "login-no-demo-hint")


def test_wrong_passwords_lock_the_account_with_a_message_saying_when_to_try_again(phone, screenshot):
    admin, person, colleague = phone(), phone(), phone()
    log_in(admin, "admin@demo.example")
    email, colleagues_email = _fresh_email("locked"), _fresh_email("colleague")
    _joined(admin, person, email)
    _joined(admin, colleague, colleagues_email)
    page = phone()
    page.goto("/")
    page.fill("input[name=email]", email)
    for attempt in range(5):  # LOGIN_ACCOUNT_FAILURE_LIMIT: 5 per 15 minutes
        page.fill("input[name=password]", f"not my password {attempt}")
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_text("That email and password do not match an account.")).to_be_visible()
        expect(page.get_by_role("button", name="Log in")).to_be_enabled()
    page.fill("input[name=password]", "a fresh passphrase for e2e")  # even the right one waits
    page.get_by_role("button", name="Log in").click()
    locked = re.compile(r"Too many wrong passwords for this email\. Try again in 1[45] minutes")
    expect(page.get_by_text(locked)).to_be_visible()
    screenshot(page, "login-account-locked")
    _signed_in_again(phone(), colleagues_email)  # the same address, another account: in
