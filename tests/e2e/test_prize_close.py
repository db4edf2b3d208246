"""Closing a month at the desk (1280x800), issue 22: the prize manager opens on the month that is
ready to close, the manager excludes last month's top sharer from every prize of the month with a
reason, sees the next in line in each prize, reads the summary of winners, exclusions and what
will be announced, goes back once, then awards; the winners' wall shows the award. The summary
and the exclude dialog have no serious accessibility problems at desk and phone size.

Its own server: the journey awards the demo's last month, which the phone journey in
test_prizes.py awards too."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import DESK
from tests.e2e.helpers import fits_the_width, log_in, serious_violations
from tests.support.live_server import live_servers

TOP = "Top sharer: £50 gift card"
PRIZES = (TOP, "Coffee raffle", "Most improved: a day off")
PHONE_SIZE = {"width": 390, "height": 844}
REASON = "Joined the prize committee this month"


@pytest.fixture(scope="module")
def own_server(tmp_path_factory):
    with live_servers(tmp_path_factory.mktemp("prize-close"), "prize-close", 1) as group:
        yield group.urls[0]


@pytest.fixture
def manager(page_at, own_server) -> Page:
    page = page_at(own_server, DESK)
    log_in(page, "manager@demo.example")
    return page


def settle(page: Page, locator) -> None:
    """Wait for a sheet's slide-in to finish, so the screenshot shows where it rests."""
    locator.evaluate("el => Promise.all(el.getAnimations({subtree: true}).map((a) => a.finished))")


def check_axe(page: Page, screenshot, name: str) -> None:
    """No serious or critical violations at the desk and at phone width; back to the desk."""
    assert serious_violations(page) == []
    page.set_viewport_size(PHONE_SIZE)
    screenshot(page, f"{name}-390")
    assert serious_violations(page) == []
    assert fits_the_width(page)
    page.set_viewport_size(DESK["viewport"])


def winners_of(close, title: str) -> list[str]:
    card = close.locator("article", has=close.page.get_by_role("heading", name=title, exact=True))
    return card.get_by_test_id("winner-name").all_inner_texts()


def open_on_the_ready_month(manager: Page) -> str:
    """From Prizes to the manager: it opens on the month the banner says is ready."""
    manager.goto("/#/prizes")
    manager.get_by_role("link", name="Manage prizes").click()
    banner = manager.get_by_role("region", name=re.compile("is ready to close"))
    expect(banner).to_contain_text("3 prizes for Sales")
    month = re.match(r"(.+) is ready to close", banner.get_attribute("aria-label")).group(1)
    expect(manager.get_by_role("heading", name=f"Closing {month}")).to_be_visible()
    expect(manager.get_by_label("Month")).to_have_value(re.compile(r"^\d{4}-\d{2}$"))
    selected = manager.get_by_label("Month").locator("option:checked")
    expect(selected).to_have_text(month)
    return month


def exclude_from_every_prize(manager: Page, close, month: str, screenshot) -> str:
    top = close.locator("article", has=manager.get_by_role("heading", name=TOP, exact=True))
    name = top.get_by_test_id("winner-name").first.inner_text()
    top.get_by_role("button", name=f"Exclude {name} from {TOP}").click()
    dialog = manager.get_by_role("dialog", name=f"Exclude {name}?")
    every = dialog.get_by_role("radio", name=re.compile("^Every prize this month"))
    expect(every).to_be_checked()  # the default
    expect(every).to_be_focused()
    expect(dialog.get_by_role("radio", name=re.compile("^Only this prize"))).not_to_be_checked()
    dialog.get_by_role("button", name="Exclude", exact=True).click()  # no reason yet
    reason = dialog.get_by_label("Reason")
    expect(reason).to_have_attribute("aria-invalid", "true")
    expect(reason).to_be_focused()
    reason.fill(REASON)
    settle(manager, dialog)
    screenshot(manager, "prize-close-exclude-dialog")
    check_axe(manager, screenshot, "prize-close-exclude-dialog")
    dialog.get_by_role("button", name="Exclude", exact=True).click()
    expect(dialog).to_be_hidden()
    return name


def test_a_manager_closes_the_month_with_an_exclusion_from_every_prize(manager, screenshot):
    month = open_on_the_ready_month(manager)
    screenshot(manager, "prize-close-opened")
    manager.get_by_role("region", name=f"{month} is ready to close").get_by_role(
        "button", name=f"Close {month}"
    ).click()
    close = manager.get_by_test_id("month-close")
    expect(close).to_have_attribute("data-state", "preview")
    expect(manager.get_by_test_id("ready-none")).to_contain_text("Nothing is ready to close")
    for title in PRIZES:
        expect(close.get_by_role("heading", name=title, exact=True)).to_be_visible()
    before = {title: winners_of(close, title) for title in PRIZES}

    excluded = exclude_from_every_prize(manager, close, month, screenshot)
    listed = close.get_by_test_id("exclusions").locator("li", has_text=excluded)
    expect(listed).to_contain_text(f"Every prize of {month}")
    expect(listed).to_contain_text(REASON)
    expect(listed.get_by_role("button", name=re.compile(f"^Include {excluded} again"))).to_be_visible()
    for title in PRIZES:  # out of every prize, the next in line moved up where they were
        card = close.locator("article", has=manager.get_by_role("heading", name=title, exact=True))
        expect(card.locator(".preview-excluded")).to_contain_text(excluded)
        expect(card.get_by_test_id("winner-name").first).to_be_visible()
        assert excluded not in winners_of(close, title)
    assert winners_of(close, TOP) != before[TOP]
    listed.scroll_into_view_if_needed()
    screenshot(manager, "prize-close-excluded")

    confirm = close.get_by_role("button", name="Confirm and award")
    confirm.click()
    summary = manager.get_by_role("dialog", name=f"Award {month}'s prizes?")
    expect(summary).to_be_visible()
    for title in PRIZES:
        part = summary.locator("section", has=manager.get_by_role("heading", name=title, exact=True))
        for winner in winners_of(close, title):
            expect(part.get_by_test_id("award-winner").filter(has_text=winner)).to_have_count(1)
        expect(part).to_contain_text(excluded)
        expect(part).to_contain_text(f"Every prize of {month}")
        expect(part).to_contain_text(REASON)
        expect(part.get_by_test_id("award-announcement")).to_contain_text(f"You won: {title}")
    settle(manager, summary)
    screenshot(manager, "prize-close-summary")
    check_axe(manager, screenshot, "prize-close-summary")

    for _ in range(4):  # Tab stays inside the summary: the page behind is inert
        manager.keyboard.press("Tab")
        assert manager.evaluate("document.activeElement.closest('[role=dialog]') !== null")
    manager.keyboard.press("Escape")  # "Go back": nothing is awarded, focus returns
    expect(summary).to_be_hidden()
    expect(confirm).to_be_focused()
    expect(close).to_have_attribute("data-state", "preview")
    manager.goto("/#/prizes")
    expect(manager.get_by_text("No winners yet")).to_be_visible()  # nothing announced

    manager.goto("/#/prizes/manage")  # the month is closed now: nothing ready, so this month
    expect(manager.get_by_test_id("ready-none")).to_be_visible()
    manager.get_by_label("Month").select_option(label=month)
    expect(manager.get_by_role("heading", name=f"Closing {month}")).to_be_visible()
    confirm.click()
    summary.get_by_role("button", name="Award and announce").click()
    expect(close).to_have_attribute("data-state", "awarded")
    expect(close).to_contain_text("this is final")
    expect(manager.get_by_test_id("toast").filter(has_text=f"{month} awarded")).to_be_visible()
    expect(close.get_by_role("button", name=re.compile("^Include .* again"))).to_have_count(0)
    awarded_top = winners_of(close, TOP)
    screenshot(manager, "prize-close-awarded")

    manager.goto("/#/prizes")
    wall = manager.get_by_test_id("winners-wall")
    expect(wall).to_contain_text(month)
    expect(wall).to_contain_text(TOP)
    expect(wall).to_contain_text(awarded_top[0])
    expect(wall).not_to_contain_text(excluded)
    wall.scroll_into_view_if_needed()
    screenshot(manager, "prize-close-wall")
