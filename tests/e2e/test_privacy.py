"""Your data, at phone size: download my data, ask for deletion with the password (a wrong one
is named on the field), see it pending (admins too), then cancel it."""

import json

from playwright.sync_api import Page, expect

from tests.e2e.test_accessibility import serious_violations
from tests.e2e.test_advocacy_loop import log_in

PERSON = "advocate2@demo.example"


def _your_data(page: Page) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name="Your data").click()
    expect(page.get_by_role("heading", name="Your data", level=1)).to_be_visible()


def test_download_my_data(phone, screenshot):
    page = phone()
    log_in(page, PERSON)
    _your_data(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data").click()
    assert download.value.suggested_filename.startswith("amplify-my-data-")
    mine = json.loads(download.value.path().read_text())
    assert mine["profile"]["email"] == PERSON
    assert mine["shares"] and mine["ledger"] and "clicks" in mine
    screenshot(page, "privacy-your-data")
    assert serious_violations(page) == []


def test_ask_for_deletion_then_cancel(phone, screenshot):
    page = phone()
    log_in(page, PERSON)
    _your_data(page)
    page.get_by_role("button", name="Delete my account…").click()
    dialog = page.get_by_role("dialog", name="Delete your account?")
    expect(dialog).to_be_visible()
    password = dialog.get_by_label("Password")
    expect(password).to_be_focused()
    password.fill("not the password")
    dialog.get_by_role("button", name="Delete in 7 days").click()
    expect(dialog.get_by_text("That is not your password.")).to_be_visible()
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(password).to_be_focused()
    screenshot(page, "privacy-delete-dialog-wrong-password")
    assert serious_violations(page) == []
    password.fill("demo-password")
    dialog.get_by_role("button", name="Delete in 7 days").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("main").get_by_text("Your account will be deleted on")).to_be_visible()
    screenshot(page, "privacy-deletion-pending")

    admin = phone()
    log_in(admin, "admin@demo.example")
    admin.goto("/#/privacy")
    pending = admin.get_by_role("listitem").filter(has_text="advocate2@demo.example")
    expect(pending).to_be_visible()
    expect(admin.get_by_label("Keep raw clicks for (days)")).to_have_value("395")
    pending.scroll_into_view_if_needed()
    screenshot(admin, "privacy-admin-pending-deletions")
    assert serious_violations(admin) == []

    page.get_by_role("button", name="Cancel deletion").click()
    expect(page.get_by_role("button", name="Delete my account…")).to_be_visible()
    expect(page.get_by_role("heading", name="Delete my account")).to_be_focused()
    admin.reload()
    expect(admin.get_by_text("Nobody has asked for their account to be deleted.")).to_be_visible()
