"""The whole loop in a phone-sized browser: log in, share, points rise, a colleague's board moves."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.helpers import log_in


def points_pill(page: Page) -> int:
    return int(page.locator("[data-testid=points-total]").inner_text())


def week_points(page: Page) -> tuple[int, int]:
    me = page.request.get("/api/v1/me").json()
    return me["id"], me["points"]["week"]


def test_share_raises_points_and_moves_a_colleagues_leaderboard_live(phone, screenshot):
    colleague = phone()
    log_in(colleague, "advocate2@demo.example")
    colleague.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(colleague.locator("li[data-advocate-id]").first).to_be_visible()
    screenshot(colleague, "leaderboard-before")

    advocate = phone()
    log_in(advocate, "advocate@demo.example")
    expect(advocate.locator("article[data-content-id]").first).to_be_visible()
    screenshot(advocate, "feed")
    advocate_id, week_before = week_points(advocate)
    total_before = points_pill(advocate)

    advocate.locator("article[data-content-id]").first.get_by_role(
        "button", name=re.compile("^Share")
    ).click()
    sheet = advocate.get_by_role("dialog")
    expect(sheet).to_be_visible()
    screenshot(advocate, "share-sheet")
    sheet.get_by_role("button", name="LinkedIn", exact=True).click()

    pill = advocate.locator("[data-testid=points-total]")
    expect(pill).not_to_have_text(str(total_before))
    _, week_after = week_points(advocate)
    assert week_after > week_before
    expect(pill).to_have_text(str(total_before + week_after - week_before))
    screenshot(advocate, "shared")

    row_points = colleague.locator(f"li[data-advocate-id='{advocate_id}'] [data-testid=row-points]")
    expect(row_points).to_have_text(str(week_after))
    row_points.scroll_into_view_if_needed()
    screenshot(colleague, "leaderboard-after")

    advocate.keyboard.press("Escape")
    expect(sheet).to_be_hidden()
    advocate.get_by_role("link", name="My points", exact=True).click()
    expect(advocate.get_by_text(re.compile(r"^\+\d+: Shared content")).first).to_be_visible()
    screenshot(advocate, "my-points")


def test_manager_publishes_and_only_targeted_advocates_see_it(phone, screenshot):
    manager = phone()
    log_in(manager, "manager@demo.example")
    manager.get_by_role("link", name="New", exact=True).click()
    manager.get_by_label("Title").fill("Sales kick-off highlights")
    manager.get_by_label("Link to share").fill("https://northwind.example/sales/kick-off")
    manager.get_by_label("Summary").fill("The best moments from this year's kick-off.")
    screenshot(manager, "new-content")
    manager.get_by_role("button", name="Publish").click()
    expect(manager.get_by_text("Sales kick-off highlights").first).to_be_visible()

    same_team = phone()
    log_in(same_team, "advocate@demo.example")  # Sales, like the manager
    expect(same_team.get_by_role("link", name="Sales kick-off highlights")).to_be_visible()

    other_team = phone()
    log_in(other_team, "advocate2@demo.example")  # Marketing
    expect(other_team.locator("article[data-content-id]").first).to_be_visible()
    expect(other_team.get_by_role("link", name="Sales kick-off highlights")).to_have_count(0)


def test_wrong_password_shows_the_servers_message(phone, screenshot):
    page = phone()
    page.goto("/")
    page.fill("input[name=email]", "advocate@demo.example")
    page.fill("input[name=password]", "not-the-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("That email and password do not match an account.")).to_be_visible()
    screenshot(page, "login-error")


def test_reading_a_story_from_the_feed_earns_points_once(phone, screenshot):
    advocate = phone()
    log_in(advocate, "manager@demo.example")  # managers are advocates too; no other test reads
    card = advocate.locator("article[data-content-id]").last
    link = card.get_by_role("heading").get_by_role("link")
    total_before = points_pill(advocate)
    with advocate.expect_response(lambda r: r.url.endswith("/open")) as first, advocate.expect_popup() as tab:
        link.click()
    tab.value.close()  # the story itself is on another site
    assert first.value.json()["first_time"] is True
    expect(advocate.get_by_text(re.compile(r"^\+\d+ points? for reading$"))).to_be_visible()
    earned = sum(award["points"] for award in first.value.json()["awards"])
    expect(advocate.locator("[data-testid=points-total]")).to_have_text(str(total_before + earned))
    screenshot(advocate, "read-story")

    with advocate.expect_response(lambda r: r.url.endswith("/open")) as again, advocate.expect_popup() as tab:
        link.click()
    tab.value.close()
    assert again.value.json()["first_time"] is False
    expect(advocate.locator("[data-testid=points-total]")).to_have_text(str(total_before + earned))


def test_a_summary_pasted_with_formatting_shows_it_and_nothing_else(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    summary = page.locator(".card-summary", has=page.locator("strong", has_text="what it saved")).first
    expect(summary).to_be_visible()
    assert summary.locator("script, img, style, [onclick]").count() == 0
    summary.scroll_into_view_if_needed()
    screenshot(page, "feed-formatted-summary")
