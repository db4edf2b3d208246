"""axe-core on every screen, for each role that uses it, light and dark: zero serious or
critical violations. The share sheet and the login screen too."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations, small_targets

SCREENS = {
    "advocate@demo.example": [
        "feed",
        "leaderboard",
        "points",
        "prizes",
        "challenges",
        "store",
        "kudos",
        "suggestions",
        "guidelines",
        "notifications",
        "privacy",
    ],
    "manager@demo.example": [
        "prizes/manage",
        "insights",
        "new",
        "suggestions",
        "kudos",
        "people",
        "challenges",
    ],
    "admin@demo.example": [
        "rules",
        "guidelines",
        "insights",
        "prizes/manage",
        "privacy",
        "people",
        "rewards",
    ],
}


def settled(page: Page, route: str) -> None:
    page.goto(f"/#/{route}")
    expect(page.locator("main h1").first).to_be_visible()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("email", list(SCREENS))
def test_every_screen_has_no_serious_violations(browser, server_url, email, scheme):
    context = browser.new_context(
        base_url=server_url, color_scheme=scheme, viewport={"width": 360, "height": 640}, is_mobile=True
    )
    page = context.new_page()
    log_in(page, email)
    found = {}
    for route in SCREENS[email]:
        settled(page, route)
        found[route] = serious_violations(page)
    context.close()
    assert found == {route: [] for route in SCREENS[email]}


def test_login_and_the_share_sheet_have_no_serious_violations(phone):
    page = phone()
    page.goto("/")
    expect(page.locator("input[name=email]")).to_be_visible()
    assert serious_violations(page) == []
    log_in(page, "advocate@demo.example")
    page.get_by_role("button", name="Share").first.click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("email", list(SCREENS))
def test_touch_targets_are_44px_and_nothing_scrolls_sideways_at_360(browser, server_url, email):
    context = browser.new_context(
        base_url=server_url, viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    log_in(page, email)
    found = {}
    for route in SCREENS[email]:
        settled(page, route)
        sideways = not fits_the_width(page)
        found[route] = (small_targets(page), sideways)
    context.close()
    assert found == {route: ([], False) for route in SCREENS[email]}
