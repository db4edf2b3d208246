"""An admin connects the company directory at a desk (1280x800): sees the SCIM address, makes a
token that is shown once (copied with its button, gone after), a directory uses it, and revoking
it (after a confirmation) shuts the directory out. At phone size the screen still fits and reads."""

import json
import urllib.error
import urllib.request
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations

ADMIN = "admin@demo.example"
DESK = {"viewport": {"width": 1280, "height": 800}}


@pytest.fixture
def desk(browser, server_url):
    context = browser.new_context(base_url=server_url, **DESK)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def _scim_status(url: str, token: str) -> int:
    request = urllib.request.Request(f"{url}/Users?count=1", headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            json.load(response)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_admin_makes_a_token_sees_it_once_and_revokes_it(desk, server_url, screenshot):
    page, name = desk, f"Entra ID {uuid.uuid4().hex[:6]}"
    log_in(page, ADMIN)
    page.goto("/#/directory")
    expect(page.get_by_role("heading", name="Directory sync", level=1)).to_be_visible()
    scim_url = page.get_by_label("SCIM base URL").input_value()
    assert scim_url == f"{server_url.rstrip('/')}/scim/v2"
    screenshot(page, "directory-desk")

    page.get_by_label("Which directory is this token for?").fill(name)
    page.get_by_role("button", name="Make token").click()
    expect(page.get_by_text("this is the only time it is shown")).to_be_visible()
    token = page.get_by_label("Token", exact=True).input_value()
    assert token.startswith("amp_scim_")
    page.locator(".directory-secret").get_by_role("button", name="Copy").click()
    expect(page.get_by_text("Copied. Paste it into your directory now.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == token
    row = page.locator(f"tr[data-token='{name}']")
    expect(row).to_contain_text("Active")
    assert serious_violations(page) == []
    screenshot(page, "directory-token-shown")

    assert _scim_status(scim_url, token) == 200  # a directory syncs with it
    page.get_by_role("button", name="I've copied it").click()
    expect(page.get_by_label("Token", exact=True)).to_have_count(0)
    page.reload()
    expect(row).to_contain_text("Active")
    assert token not in page.content()  # shown once: the list never carries it

    row.get_by_role("button", name="Revoke").click()
    dialog = page.get_by_role("alertdialog", name=f"Revoke {name}'s token?")
    expect(dialog).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "directory-revoke-confirm")
    dialog.get_by_role("button", name="Revoke token").click()
    expect(page.get_by_test_id("toast")).to_contain_text(f"{name}'s token is revoked.")
    expect(row).to_contain_text("Revoked")
    expect(row.get_by_role("button", name="Revoke")).to_have_count(0)
    screenshot(page, "directory-revoked")
    assert _scim_status(scim_url, token) == 401


def test_the_directory_screen_fits_a_phone(phone, screenshot):
    page = phone()
    log_in(page, ADMIN)
    page.goto("/#/directory")
    expect(page.get_by_role("heading", name="Directory sync", level=1)).to_be_visible()
    expect(page.get_by_label("SCIM base URL")).to_be_visible()
    assert fits_the_width(page)
    assert serious_violations(page) == []
    screenshot(page, "directory-phone")
