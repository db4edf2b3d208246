"""Each role's main journey on a small phone, a large phone and a desktop window: nothing scrolls
sideways, the controls that carry the journey are on screen, and a screenshot of every step lands
in artifacts/screenshots named by role and size. Then an advocate shares with the keyboard alone."""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from server.demo import PASSWORD
from tests.e2e.helpers import fits_the_width, log_in
from tests.support.live_server import ApiSession

SIZES = {
    "360x640": {"viewport": {"width": 360, "height": 640}, "is_mobile": True, "has_touch": True},
    "390x844": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "1280x800": {"viewport": {"width": 1280, "height": 800}, "is_mobile": False},
}


@pytest.fixture(params=list(SIZES))
def sized(request, browser, server_url):
    """A page at one of the three sizes, and the size's name for screenshots."""
    context = browser.new_context(base_url=server_url, device_scale_factor=2, **SIZES[request.param])
    context.set_default_timeout(10_000)
    yield context.new_page(), request.param
    context.close()


@pytest.fixture(scope="module")
def quiet_advocates(server_url) -> list[str]:
    """Engineering advocates no other test signs in as, so a journey's share always earns points
    (no daily cap used up, nothing shared before today). The lowest scorers, so their points
    move nobody near the top of the boards other tests read."""
    admin = ApiSession(server_url, "admin@demo.example", PASSWORD)
    people = admin.get("/api/v1/kudos/recipients").json()["items"]
    board = admin.get("/api/v1/leaderboards/all_time?scope=company&limit=100").json()["entries"]
    admin.close()
    points = {entry["advocate"]["id"]: entry["points"] for entry in board}
    engineers = sorted(
        (points.get(person["id"], 0), person["display_name"])
        for person in people
        if person["team"] == "Engineering"
    )
    return [name.lower().replace(" ", ".") + "@demo.example" for _, name in engineers]


def step(page: Page, screenshot, role: str, size: str, name: str, *controls: Locator) -> None:
    """One step of a journey: its controls are on screen, nothing scrolls sideways, screenshot."""
    for control in controls:
        expect(control).to_be_in_viewport()
    assert fits_the_width(page), f"{role} {name} scrolls sideways at {size}"
    screenshot(page, f"journey-{role}-{name}-{size}")


def open_from_account_menu(page: Page, name: str) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.locator("#account-panel").get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", name=name, level=1)).to_be_visible()


def test_advocate_shares_then_sees_points_leaderboard_and_badges(sized, quiet_advocates, screenshot):
    page, size = sized
    log_in(page, quiet_advocates[list(SIZES).index(size)])
    card = page.locator("article[data-content-id]").first
    share = card.get_by_role("button", name=re.compile("^Share"))
    tabs = page.get_by_role("navigation", name="Main")
    step(page, screenshot, "advocate", size, "feed", share, tabs.get_by_role("link", name="Leaderboard"))

    share.click()
    sheet = page.get_by_role("dialog")
    linkedin = sheet.get_by_role("button", name="LinkedIn", exact=True)
    linkedin.scroll_into_view_if_needed()
    step(page, screenshot, "advocate", size, "share-sheet", linkedin)
    linkedin.click()
    toast = page.get_by_test_id("toast").filter(has_text=re.compile(r"^\+\d+ points"))
    expect(toast).to_be_visible()
    toast.evaluate("el => Promise.all(el.getAnimations({subtree: true}).map((a) => a.finished))")  # slid in
    step(page, screenshot, "advocate", size, "points-toast", toast)
    # Cleared so the next screenshots show their screen whole. Not a click: the toast times out
    # by itself, maybe between finding its button and clicking it.
    dismiss = page.locator("[data-testid=toast] [aria-label=Dismiss]")
    dismiss.evaluate_all("buttons => buttons.map(b => b.click())")
    page.keyboard.press("Escape")
    expect(sheet).to_be_hidden()

    tabs.get_by_role("link", name="Leaderboard").click()
    me = page.request.get("/api/v1/me").json()
    expect(page.locator(f"li[data-advocate-id='{me['id']}']").first).to_be_visible()
    step(page, screenshot, "advocate", size, "leaderboard", page.get_by_role("tab").first)

    tabs.get_by_role("link", name="My points").click()
    badges = page.locator("li[data-badge-id]")
    expect(badges.first).to_be_visible()
    expect(page.locator("[data-testid=level-name]")).to_be_visible()
    step(page, screenshot, "advocate", size, "my-points", page.locator("[data-testid=level-name]"))
    badges.first.scroll_into_view_if_needed()
    step(page, screenshot, "advocate", size, "badges", badges.first)


def test_manager_sees_the_team_then_the_prizes(sized, screenshot):
    page, size = sized
    log_in(page, "manager@demo.example")
    open_from_account_menu(page, "Insights")
    team = page.get_by_test_id("insights-team-name")
    expect(team).to_contain_text("Sales")
    expect(page.get_by_test_id("total-shares")).to_be_visible()
    step(page, screenshot, "manager", size, "insights", team)

    open_from_account_menu(page, "Prizes")
    manage = page.get_by_role("link", name="Manage prizes")
    step(page, screenshot, "manager", size, "prizes", manage)


def test_admin_publishes_content_then_previews_a_rule_change(sized, screenshot):
    page, size = sized
    title = f"Engineering open day ({size})"
    log_in(page, "admin@demo.example")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name=re.compile("^New( content)?$")
    ).click()
    page.get_by_label("Title").fill(title)
    page.get_by_label("Link to share").fill(f"https://northwind.example/open-day/{size}")
    page.get_by_label("Summary").fill("Come and see how our packs are made.")
    # Engineering only: the feeds other tests read stay as they were.
    page.get_by_role("checkbox", name="Engineering").check()
    publish = page.get_by_role("button", name="Publish")
    publish.scroll_into_view_if_needed()
    step(page, screenshot, "admin", size, "new-content", publish)
    publish.click()
    # The admin is in no team, so the Engineering-only item is not in their own feed.
    published = page.get_by_test_id("toast").filter(has_text="Published").filter(has_text=title)
    step(page, screenshot, "admin", size, "published", published)

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name=re.compile("^(Rules|Scoring rules)$")
    ).click()
    page.get_by_label("Points for Shared content").fill("12")
    page.get_by_role("button", name="Preview changes").click()
    simulation = page.locator("[data-testid=simulation]")
    expect(simulation).to_contain_text("nothing was saved")
    simulation.scroll_into_view_if_needed()
    step(page, screenshot, "admin", size, "rules-preview", simulation)


def focused(page: Page, selector: str) -> bool:
    return page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches the selector, as a keyboard user would."""
    for _ in range(limit):
        if focused(page, selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{limit} presses of Tab never reached {selector}")


def test_an_advocate_shares_with_the_keyboard_alone(browser, server_url, quiet_advocates):
    context = browser.new_context(base_url=server_url, **SIZES["1280x800"])
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto("/")
    tab_to(page, "input[name=email]")
    page.keyboard.type(quiet_advocates[3])
    tab_to(page, "input[name=password]")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator("article[data-content-id]").first).to_be_visible()

    tab_to(page, "article[data-content-id] .card-share")
    trigger = page.evaluate("document.activeElement.closest('article').dataset.contentId")
    page.keyboard.press("Enter")
    sheet = page.get_by_role("dialog")
    expect(sheet).to_be_visible()
    tab_to(page, "[role=dialog] .network-btn:not([aria-disabled])")
    network = page.evaluate("document.activeElement.textContent.trim()")
    page.keyboard.press("Space")
    expect(page.get_by_test_id("toast").filter(has_text=re.compile(r"^\+\d+ points"))).to_be_visible()
    chip = page.locator(f"article[data-content-id='{trigger}']").get_by_test_id("shared-chip")
    expect(chip).to_contain_text(network)

    page.keyboard.press("Escape")
    expect(sheet).to_be_hidden()
    # Focus goes back a frame later, once the feed is no longer inert behind the sheet.
    back_on_trigger = f"article[data-content-id='{trigger}'] .card-share"
    page.wait_for_function("s => document.activeElement.matches(s)", arg=back_on_trigger, timeout=2000)
    context.close()
