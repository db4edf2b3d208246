"""Monthly prizes at phone size: a manager closes last month, excludes a winner from every prize of
the month with a reason and awards the prizes through the summary; the winner hears it live and
finds the win on Prizes; advocates never see the manager's tools, and a manager's mistake shows
next to its field."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in

TOP = "Top sharer: £50 gift card"
DEMO_LOGINS = {
    "Alex Morgan": "advocate@demo.example",
    "Jamie Chen": "advocate2@demo.example",
    "Morgan Reyes": "manager@demo.example",
}
SMALL_PHONE = {"width": 360, "height": 640}


def email_of(name: str) -> str:
    """The demo's generated people log in as their name, lowercased, dotted."""
    return DEMO_LOGINS.get(name) or name.lower().replace(" ", ".") + "@demo.example"


def open_prizes(page: Page) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name="Prizes", exact=True).click()
    expect(page.get_by_role("heading", name="Prizes", level=1)).to_be_visible()


def dismiss_toasts(page: Page) -> None:
    dismiss = page.get_by_test_id("toast").get_by_role("button", name="Dismiss")
    while dismiss.count():
        dismiss.first.click()
    expect(page.get_by_test_id("toast")).to_have_count(0)


def scroll_to(locator) -> None:
    """Bring the element to the top of the screen, just under the top bar."""
    locator.evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72)")


def exclude_first_winner(manager: Page, prize, reason: str) -> str:
    """Exclude the prize's first winner through the dialog; return who it was."""
    name = prize.get_by_test_id("winner-name").first.inner_text()
    prize.get_by_role("button", name=f"Exclude {name} from {TOP}").click()
    dialog = manager.get_by_role("dialog", name=f"Exclude {name}?")
    every = dialog.get_by_role("radio", name=re.compile("^Every prize this month"))
    expect(every).to_be_focused()
    expect(every).to_be_checked()  # the default: out of the month's other prizes too
    manager.keyboard.press("Escape")  # changed their mind: nothing happens
    expect(dialog).to_be_hidden()
    prize.get_by_role("button", name=f"Exclude {name} from {TOP}").click()
    dialog.get_by_label("Reason").fill(reason)
    manager.keyboard.press("Tab")
    manager.keyboard.press("Tab")
    manager.keyboard.press("Tab")  # past Cancel and Exclude, focus wraps inside the dialog
    assert manager.evaluate("document.activeElement.closest('[role=dialog]') !== null")
    return name


def test_the_manager_awards_last_month_and_the_winner_hears_it_live(phone, screenshot):
    manager = phone()
    log_in(manager, "manager@demo.example")
    open_prizes(manager)
    banner = manager.get_by_role("region", name=re.compile("is ready to close"))
    expect(banner).to_contain_text("3 prizes for Sales")
    screenshot(manager, "prizes-ready-banner")
    banner.get_by_role("button", name=re.compile("^Close ")).click()

    close = manager.get_by_test_id("month-close")
    expect(close).to_have_attribute("data-state", "preview")
    for title in (TOP, "Coffee raffle", "Most improved: a day off"):
        expect(close.get_by_role("heading", name=title)).to_be_visible()
    expect(close.get_by_test_id("raffle-seed")).to_contain_text("anyone can re-run the draw")
    top = close.locator("article", has=manager.get_by_role("heading", name=TOP))
    expect(top.get_by_test_id("winner-name")).to_have_count(1)
    expect(top).to_contain_text(re.compile(r"Sales · [\d,]+ points"))
    scroll_to(manager.get_by_role("heading", name=re.compile("^Closing ")))
    screenshot(manager, "prizes-preview")

    excluded = exclude_first_winner(manager, top, "Ran the month's campaign, so not eligible")
    dialog = manager.get_by_role("dialog")
    dialog.evaluate("el => Promise.all(el.getAnimations().map((a) => a.finished))")  # slid up
    screenshot(manager, "prizes-exclude-dialog")
    dialog.get_by_role("button", name="Exclude", exact=True).click()
    expect(dialog).to_be_hidden()
    expect(top.locator(".preview-excluded")).to_contain_text(excluded)
    expect(top.locator(".preview-excluded")).to_contain_text("Ran the month's campaign")
    expect(close.get_by_test_id("exclusions")).to_contain_text("Every prize of")
    expect(close.get_by_role("button", name=re.compile(f"^Include {excluded} again"))).to_be_visible()
    expect(top.get_by_test_id("winner-name")).not_to_have_text(excluded)  # the next moved up
    winner = top.get_by_test_id("winner-name").inner_text()
    scroll_to(top)
    screenshot(manager, "prizes-excluded")

    advocate = phone()
    log_in(advocate, email_of(winner))
    advocate.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(advocate.locator(".live-badge")).to_have_text("Live")  # the socket is up

    close.get_by_role("button", name="Confirm and award").click()
    summary = manager.get_by_role("dialog", name=re.compile("^Award .* prizes\\?$"))
    expect(summary.get_by_test_id("award-announcement").first).to_contain_text(f"You won: {TOP}")
    summary.get_by_role("button", name="Award and announce").click()
    expect(close).to_have_attribute("data-state", "awarded")
    expect(close).to_contain_text("this is final")
    fulfilment = top.get_by_label(f"Fulfilment for {winner}")
    fulfilment.select_option("sent")
    expect(fulfilment).to_have_value("sent")
    dismiss_toasts(manager)
    scroll_to(close)
    screenshot(manager, "prizes-awarded")

    toast = advocate.get_by_test_id("toast").filter(has_text=f"You won {TOP}!")
    expect(toast).to_be_visible()
    expect(advocate.get_by_role("heading", name="Leaderboard", level=1)).to_be_visible()  # no reload, no move
    screenshot(advocate, "prizes-won-toast")

    toast.get_by_role("button", name="See prizes").click()
    expect(advocate.get_by_role("heading", name="Prizes", level=1)).to_be_visible()
    win = advocate.locator("article.win-card", has_text=TOP)
    expect(win.get_by_test_id("win-status")).to_have_text("On its way")
    win.get_by_role("button", name="Mark received").click()
    expect(win.get_by_test_id("win-status")).to_have_text("Received")
    scroll_to(advocate.get_by_role("heading", name="Your wins"))
    screenshot(advocate, "prizes-advocate")
    wall = advocate.get_by_test_id("winners-wall")
    expect(wall).to_contain_text(TOP)
    expect(wall).to_contain_text(winner)
    scroll_to(wall)
    screenshot(advocate, "prizes-wall")

    manager.set_viewport_size(SMALL_PHONE)
    dismiss_toasts(manager)
    scroll_to(top)
    screenshot(manager, "prizes-awarded-360")
    assert fits_the_width(manager)


def test_advocates_see_what_they_can_win_but_not_the_manager_tools(phone, screenshot):
    page = phone()
    log_in(page, "advocate2@demo.example")  # Marketing: the company's prizes only
    open_prizes(page)
    this_month = page.locator("article.prize-card", has_text=TOP)
    expect(this_month).to_contain_text("Whole company")
    expect(this_month).to_contain_text("most points")
    expect(page.get_by_role("heading", name="Your wins")).to_be_visible()
    expect(page.get_by_role("link", name="Manage prizes")).to_have_count(0)
    expect(page.get_by_role("region", name=re.compile("ready to close"))).to_have_count(0)

    page.goto("/#/prizes/manage")
    expect(page.get_by_role("heading", name="Prizes", level=1)).to_be_visible()
    expect(page.get_by_role("heading", name="Manage prizes")).to_have_count(0)
    page.set_viewport_size(SMALL_PHONE)
    screenshot(page, "prizes-advocate-360")
    assert fits_the_width(page)
    page.emulate_media(color_scheme="dark")
    screenshot(page, "prizes-advocate-360-dark")


def test_a_managers_mistake_shows_next_to_the_field(phone, screenshot):
    manager = phone()
    log_in(manager, "manager@demo.example")
    manager.goto("/#/prizes/manage")  # the month ready to close (or this one), the manager's team
    expect(manager.get_by_role("heading", name="Manage prizes")).to_be_visible()
    manager.get_by_role("button", name="Add a prize").click()
    form = manager.get_by_role("form", name="New prize")
    form.get_by_label("Title").fill("   ")
    form.get_by_label("How many to give").fill("0")
    form.get_by_role("button", name="Add prize").click()

    title = form.get_by_label("Title")
    expect(title).to_have_attribute("aria-invalid", "true")
    expect(title).to_be_focused()
    expect(title).to_have_accessible_description("Must not be blank.")  # shown under it, and read out
    expect(form.get_by_label("How many to give")).to_have_accessible_description(
        re.compile("greater than or equal to 1")
    )
    screenshot(manager, "prizes-catalogue-error")

    title.fill("Quarter-end mug")
    form.get_by_label("How many to give").fill("3")
    form.get_by_role("button", name="Add prize").click()
    card = manager.locator("article.prize-card", has_text="Quarter-end mug")
    expect(card).to_contain_text("3 to win")
    card.get_by_role("button", name="Delete Quarter-end mug").click()
    card.get_by_role("button", name="Yes, delete Quarter-end mug").click()
    expect(card).to_have_count(0)
