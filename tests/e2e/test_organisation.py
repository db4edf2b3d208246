"""An admin sets up the company at a desk (1280x800): name, logo, a colour refused for contrast and
its suggestion used, the timezone; two teams with managers, one renamed, one merged into the
other. Signed out, the login screen shows the logo and name; at phone size the settings screen
still fits and reads."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations

ADMIN = "admin@demo.example"
COMPANY = "Northwind Trading"
TOO_LIGHT = "#7fb3ff"


@pytest.fixture
def original_settings(desk):
    """Put the organisation back as it was, so later journeys see the demo company."""
    page = desk()
    log_in(page, ADMIN)
    before = _api(page, "GET", "/organisation")
    yield before
    keep = ("name", "timezone", "logo_url", "brand_colour", "accent_colour")
    _api(page, "PATCH", "/organisation", {key: before[key] for key in keep})


def _api(page: Page, method: str, path: str, body: dict | None = None):
    return page.evaluate(
        """async ([method, path, body]) => {
          const csrf = (await (await fetch('/api/v1/auth/csrf')).json()).csrf_token;
          const response = await fetch('/api/v1' + path, {
            method,
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf},
            body: body ? JSON.stringify(body) : undefined,
          });
          return response.json();
        }""",
        [method, path, body],
    )


def _toast(page: Page, text: str) -> None:
    expect(page.get_by_test_id("toast").filter(has_text=text)).to_be_visible()


def test_admin_brands_the_company_and_organises_teams(desk, original_settings, logo, screenshot):
    page = desk()
    log_in(page, ADMIN)
    page.goto("/#/organisation")
    expect(page.get_by_role("heading", name="Organisation", level=1)).to_be_visible()
    branding = page.get_by_role("region", name="Branding")

    branding.get_by_label("Company name").fill(COMPANY)
    branding.get_by_test_id("logo-file").set_input_files(logo)
    expect(branding.get_by_role("img", name="Your logo")).to_be_visible()
    colour = branding.get_by_role("textbox", name="Brand colour", exact=True)
    colour.fill(TOO_LIGHT)
    branding.get_by_role("button", name="Save branding").click()

    expect(branding.get_by_text("a darker shade that passes")).to_be_visible()
    expect(colour).to_be_focused()
    use = branding.get_by_role("button", name=re.compile(r"^Use #[0-9a-f]{6}$"))
    suggestion = use.inner_text().split()[-1]
    branding.scroll_into_view_if_needed()
    screenshot(page, "organisation-colour-refused")
    use.click()
    expect(colour).to_have_value(suggestion)
    branding.get_by_role("button", name="Save branding").click()
    _toast(page, "Branding saved.")
    expect(page.locator(".brand-name")).to_have_text(COMPANY)
    brand = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand')")
    assert brand.strip() == suggestion
    topbar = page.evaluate("getComputedStyle(document.querySelector('.topbar')).backgroundColor")
    assert topbar != _rgb("#4f46e5")  # a shade of the brand colour, dark enough for the points pill

    region = page.get_by_role("region", name="Region")
    region.get_by_label("Time zone").select_option("Europe/Berlin")
    region.get_by_role("button", name="Save region").click()
    _toast(page, "Region saved.")
    page.evaluate("window.scrollTo(0, 0)")
    expect(page.get_by_test_id("toast")).to_have_count(0, timeout=10_000)  # a clear picture of the screen
    screenshot(page, "organisation-settings-desk")
    assert serious_violations(page) == []
    saved = _api(page, "GET", "/organisation")
    assert (saved["name"], saved["timezone"], saved["brand_colour"]) == (COMPANY, "Europe/Berlin", suggestion)
    assert saved["logo_url"]

    _teams(page, screenshot)


def _teams(page: Page, screenshot) -> None:
    page.goto("/#/teams")
    expect(page.get_by_role("heading", name="Teams", level=1)).to_be_visible()
    page.get_by_role("button", name="New team").click()
    dialog = page.get_by_role("dialog", name="New team")
    dialog.get_by_label("Team name").fill("sales")
    dialog.get_by_role("button", name="Create team").click()
    expect(dialog.get_by_text("There is already a team called Sales.")).to_be_visible()
    expect(dialog.get_by_label("Team name")).to_be_focused()
    screenshot(page, "organisation-teams-duplicate")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()

    # Only the admin manages them: the demo manager's teams are other journeys' fixtures.
    _new_team(page, "Field Marketing", "Brand", "Lisbon", "Riley Admin")
    _new_team(page, "Field Events", "Brand", "Porto", "Riley Admin")

    page.get_by_role("button", name="Field Marketing", exact=True).click()
    panel = page.get_by_test_id("team-panel")
    expect(panel.get_by_role("heading", name="Field Marketing")).to_be_focused()
    panel.get_by_label("Team name").fill("Brand Marketing")
    expect(panel.get_by_role("checkbox", name=re.compile("Riley Admin"))).to_be_checked()
    panel.get_by_role("button", name="Save changes").click()
    _toast(page, "Brand Marketing saved.")
    row = page.locator("tr[data-team='Brand Marketing']")
    expect(row).to_contain_text("Riley Admin")
    screenshot(page, "organisation-teams-panel")

    page.get_by_role("button", name="Field Events", exact=True).click()
    page.get_by_test_id("team-panel").get_by_role("button", name="Merge into…").click()
    dialog = page.get_by_role("dialog", name="Merge Field Events into…")
    dialog.get_by_label("Team to merge into").select_option(label="Brand Marketing")
    expect(dialog.get_by_test_id("merge-summary")).to_contain_text(
        "0 people move to Brand Marketing; Field Events is archived. Points and badges stay with each person."
    )
    screenshot(page, "organisation-teams-merge")
    assert serious_violations(page) == []
    dialog.get_by_role("button", name="Merge into Brand Marketing").click()
    _toast(page, "Field Events merged into Brand Marketing.")
    expect(page.locator("tr[data-team='Field Events']")).to_have_count(0)
    page.get_by_label("Show archived").check()
    expect(page.locator("tr[data-team='Field Events']")).to_contain_text("Archived")
    page.get_by_label("Search teams").fill("Field")
    expect(page.locator("tr[data-team]")).to_have_count(1)
    screenshot(page, "organisation-teams")
    assert serious_violations(page) == []


def _new_team(page: Page, name: str, department: str, location: str, manager: str) -> None:
    page.get_by_role("button", name="New team").click()
    dialog = page.get_by_role("dialog", name="New team")
    expect(dialog.get_by_label("Team name")).to_be_focused()
    dialog.get_by_label("Team name").fill(name)
    dialog.get_by_label("Department").fill(department)
    dialog.get_by_label("Location").fill(location)
    dialog.get_by_role("checkbox", name=re.compile(manager)).check()
    dialog.get_by_role("button", name="Create team").click()
    expect(dialog).to_be_hidden()
    _toast(page, f"{name} created.")
    expect(page.locator(f"tr[data-team='{name}']")).to_contain_text(manager)


def test_login_and_phone_show_the_brand(desk, phone, original_settings, logo, screenshot):
    admin = desk()
    log_in(admin, ADMIN)
    uploaded = admin.evaluate(
        """async () => {
          const csrf = (await (await fetch('/api/v1/auth/csrf')).json()).csrf_token;
          const png = await (await fetch('/icons/icon-192.png')).blob();
          const body = new FormData();
          body.append('image', png, 'logo.png');
          const response = await fetch('/api/v1/content/images', {
            method: 'POST', headers: {'X-CSRFToken': csrf}, body,
          });
          return (await response.json()).url;
        }"""
    )
    _api(admin, "PATCH", "/organisation", {"name": COMPANY, "logo_url": uploaded, "brand_colour": "#2f6fc0"})

    visitor = desk()
    visitor.goto("/")
    card = visitor.locator(".login-card")
    expect(card.get_by_role("heading", name=COMPANY, level=1)).to_be_visible()
    expect(visitor.get_by_test_id("login-logo")).to_have_attribute("src", uploaded)
    screenshot(visitor, "organisation-login")

    page = phone()
    log_in(page, ADMIN)
    page.goto("/#/organisation")
    expect(page.get_by_role("heading", name="Organisation", level=1)).to_be_visible()
    expect(page.get_by_role("region", name="Branding").get_by_label("Company name")).to_have_value(COMPANY)
    assert fits_the_width(page)
    screenshot(page, "organisation-settings-phone")
    assert serious_violations(page) == []
    page.emulate_media(color_scheme="dark")  # the company's colours keep the dark theme readable too
    page.wait_for_timeout(300)  # buttons fade to their dark colours (.btn's transition)
    assert serious_violations(page) == []
    screenshot(page, "organisation-settings-phone-dark")
    page.emulate_media(color_scheme="light")
    emv = page.get_by_role("region", name="Earned media value")
    emv.get_by_label("Currency").fill("E")
    emv.get_by_role("button", name="Save earned media value").click()
    expect(emv.get_by_label("Currency")).to_be_focused()
    expect(emv.get_by_text("Enter a three-letter currency code")).to_be_visible()
    emv.scroll_into_view_if_needed()
    screenshot(page, "organisation-settings-phone-error")
    assert fits_the_width(page)

    page.goto("/#/teams")
    page.get_by_role("button", name="Sales", exact=True).click()
    panel = page.get_by_test_id("team-panel")
    expect(panel.get_by_role("heading", name="Sales")).to_be_focused()
    assert fits_the_width(page)
    screenshot(page, "organisation-teams-phone")
    assert serious_violations(page) == []
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(page.get_by_role("button", name="Sales", exact=True)).to_be_focused()


def _rgb(hex_colour: str) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"
