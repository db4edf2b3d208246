"""The desktop console (issue 21): from 1024 px a side navigation lists every section the role
may use and the tab bar goes; below it the phone layout stays. Each section has its own address,
the keyboard reaches the navigation, and axe finds nothing serious at either size."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations

DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
ADVOCACY = ["Feed", "Leaderboard", "My points", "Prizes", "Kudos", "Suggestions", "Guidelines"]
PROGRAMME = ["Content library", "New content", "Insights", "People", "Prize manager"]
ORGANISATION = ["Organisation", "Teams", "Directory sync", "Scoring rules"]
AXE_SCREENS = ["feed", "leaderboard", "insights", "people", "prizes/manage"]


@pytest.fixture
def open_page(browser, server_url):
    """A fresh browser context at a size, signed in as someone; each call is a separate person."""
    contexts = []

    def open_as(email: str, size: dict) -> Page:
        context = browser.new_context(base_url=server_url, device_scale_factor=1, **size)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        log_in(page, email)
        return page

    yield open_as
    for context in contexts:
        context.close()


def side_nav(page: Page):
    return page.locator("nav.sidenav")


def nav_labels(page: Page) -> list[str]:
    return [text.strip() for text in side_nav(page).get_by_role("link").all_inner_texts()]


def settled(page: Page, route: str) -> None:
    page.goto(f"/#/{route}")
    expect(page.locator("main h1").first).to_be_visible()
    page.wait_for_load_state("networkidle")


def test_an_admin_gets_every_section_in_a_side_navigation(open_page, screenshot):
    page = open_page("admin@demo.example", DESKTOP)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav).to_have_class(re.compile(r"\bsidenav\b"))  # the visible "Main" is the side nav
    expect(page.locator("nav.tabbar")).to_be_hidden()
    labels = nav_labels(page)
    for label in ADVOCACY + PROGRAMME + ORGANISATION + ["Notifications", "Privacy"]:
        assert label in labels, f"{label} missing from {labels}"
    groups = side_nav(page).locator(".sidenav-heading")
    expect(groups).to_have_text(["Advocacy", "Programme", "Administration", "You"])
    expect(nav.get_by_role("link", name="Feed", exact=True)).to_have_attribute("aria-current", "page")
    assert fits_the_width(page)
    screenshot(page, "console-admin-feed-1280x800")

    nav.get_by_role("link", name="Insights", exact=True).click()
    expect(page).to_have_url(re.compile(r"#/insights$"))
    expect(page.get_by_role("heading", name="Insights", level=1)).to_be_visible()
    expect(nav.get_by_role("link", name="Insights", exact=True)).to_have_attribute("aria-current", "page")
    expect(nav.locator("[aria-current=page]")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    screenshot(page, "console-admin-insights-1280x800")

    nav.get_by_role("link", name="Prize manager", exact=True).click()
    expect(page).to_have_url(re.compile(r"#/prizes/manage$"))
    expect(page.get_by_role("heading", name="Manage prizes", level=1)).to_be_visible()
    expect(nav.get_by_role("link", name="Prize manager")).to_have_attribute("aria-current", "page")
    expect(nav.get_by_role("link", name="Prizes", exact=True)).not_to_have_attribute("aria-current", "page")

    nav.get_by_role("link", name="People", exact=True).click()
    expect(page.get_by_role("heading", name="People", level=1)).to_be_visible()
    expect(page.locator("main [aria-busy=true]")).to_have_count(0)
    page.wait_for_load_state("networkidle")
    assert fits_the_width(page)
    screenshot(page, "console-admin-people-1280x800")

    for label, route, heading in [
        ("Teams", "teams", "Teams"),
        ("Directory sync", "directory", "Directory sync"),
    ]:
        nav.get_by_role("link", name=label, exact=True).click()
        expect(page).to_have_url(re.compile(f"#/{route}$"))
        expect(page.get_by_role("heading", name=heading, level=1)).to_be_visible()
        expect(page.locator("main [aria-busy=true]")).to_have_count(0)
        screenshot(page, f"console-admin-{route}-1280x800")


def test_a_bookmarked_address_opens_its_section(open_page):
    page = open_page("admin@demo.example", DESKTOP)
    bookmark = page.context.new_page()  # same session, as a bookmark opened in a new tab
    bookmark.goto("/#/insights")
    expect(bookmark.get_by_role("heading", name="Insights", level=1)).to_be_visible()
    nav = bookmark.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Insights", exact=True)).to_have_attribute("aria-current", "page")


def test_the_keyboard_reaches_the_navigation_and_skips_past_it(open_page):
    page = open_page("admin@demo.example", DESKTOP)
    skip = page.get_by_role("link", name="Skip to content")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("Boolean(document.activeElement.closest('nav.sidenav'))"):
            break
    focused = page.evaluate(
        "[document.activeElement.textContent, getComputedStyle(document.activeElement).outlineStyle]"
    )
    assert focused == ["Feed", "solid"], "Tab reaches the side navigation's first link, with a focus ring"
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#/leaderboard$"))
    expect(page.get_by_role("heading", name="Leaderboard", level=1)).to_be_visible()

    page.reload()
    expect(page.get_by_role("heading", name="Leaderboard", level=1)).to_be_visible()
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_an_advocate_sees_no_programme_or_organisation_sections(open_page, screenshot):
    page = open_page("advocate@demo.example", DESKTOP)
    expect(side_nav(page)).to_be_visible()
    labels = nav_labels(page)
    assert [label for label in ADVOCACY if label not in labels] == []
    assert [label for label in PROGRAMME + ORGANISATION if label in labels] == []
    expect(side_nav(page).locator(".sidenav-heading")).to_have_text(["Advocacy", "You"])
    screenshot(page, "console-advocate-feed-1280x800")


def test_a_phone_keeps_the_tab_bar_and_has_no_side_navigation(open_page, screenshot):
    page = open_page("admin@demo.example", PHONE)
    expect(side_nav(page)).to_be_hidden()
    expect(page.locator("nav.tabbar")).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_have_class(re.compile(r"\btabbar\b"))
    assert fits_the_width(page)
    screenshot(page, "console-admin-feed-390x844")


def test_the_console_starts_at_1024_px(open_page):
    page = open_page("manager@demo.example", {"viewport": {"width": 1024, "height": 768}, "is_mobile": False})
    expect(side_nav(page)).to_be_visible()
    expect(side_nav(page).locator(".sidenav-heading")).to_have_text(["Advocacy", "Programme", "You"])
    expect(page.locator("nav.tabbar")).to_be_hidden()
    assert fits_the_width(page)
    page.set_viewport_size({"width": 1023, "height": 768})
    expect(side_nav(page)).to_be_hidden()
    expect(page.locator("nav.tabbar")).to_be_visible()


@pytest.mark.parametrize("size", ["1280x800", "390x844"])
def test_console_screens_have_no_serious_violations(open_page, screenshot, size):
    page = open_page("admin@demo.example", DESKTOP if size == "1280x800" else PHONE)
    found = {}
    for route in AXE_SCREENS:
        settled(page, route)
        found[route] = serious_violations(page)
        if size == "1280x800" and route in ("leaderboard", "prizes/manage"):
            screenshot(page, f"console-admin-{route.replace('/', '-')}-{size}")
    assert found == {route: [] for route in AXE_SCREENS}
