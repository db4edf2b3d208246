"""Employee content at phone size: an advocate suggests a link in their own words; a manager
approves it with an edited title into everyone's feed, or an admin turns one down with a reason
the advocate reads. Advocates rate feed cards, and leaders see how content landed."""

from uuid import uuid4

from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in

SMALL_PHONE = {"width": 360, "height": 640}


def open_suggestions(page: Page, link: str) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name=link, exact=True).click()
    expect(page.get_by_role("heading", name=link, level=1)).to_be_visible()


def suggest(page: Page, title: str) -> None:
    """Suggest a fresh link from the Suggest content screen; it waits for review."""
    form = page.get_by_role("form", name="Suggest a link")
    form.get_by_label("Link").fill(f"https://northwind.example/stories/{uuid4().hex}")
    form.get_by_label("Title").fill(title)
    form.get_by_label("Your words").fill("Our customers tell this story better than we do.")
    form.get_by_role("button", name="Send suggestion").click()
    item = my_suggestion(page, title)
    expect(item.get_by_test_id("suggestion-status")).to_have_text("Waiting for review")
    expect(item).to_be_focused()


def my_suggestion(page: Page, title: str):
    return page.get_by_test_id("my-suggestions").get_by_role("listitem").filter(has_text=title)


def waiting(page: Page, title: str):
    return page.get_by_test_id("review-queue").get_by_role("listitem").filter(has_text=title)


def test_a_suggestion_approved_with_a_new_title_reaches_the_feed(phone, screenshot):
    tag = uuid4().hex[:6]
    title, edited = f"Customer story {tag}", f"How Contoso doubled output ({tag})"
    alex = phone()
    log_in(alex, "advocate@demo.example")
    open_suggestions(alex, "Suggest content")
    suggest(alex, title)
    screenshot(alex, "suggestion-sent")

    manager = phone()
    log_in(manager, "manager@demo.example")  # Alex's manager
    open_suggestions(manager, "Suggestions")
    card = waiting(manager, title)
    card.get_by_role("button", name="Approve…").click()
    expect(card.get_by_label("Title")).to_be_focused()
    card.get_by_label("Title").fill(edited)
    screenshot(manager, "suggestion-approve")
    card.get_by_role("button", name="Publish to the library").click()
    expect(card).to_have_count(0)
    expect(manager.get_by_test_id("toast").filter(has_text=f"“{edited}” is in the library")).to_be_visible()

    alex.reload()
    item = my_suggestion(alex, title)
    expect(item.get_by_test_id("suggestion-status")).to_have_text("Approved: in the library")
    item.evaluate("el => el.scrollIntoView({block: 'center'})")
    screenshot(alex, "suggestion-approved")
    item.get_by_role("link", name="See it in the feed").click()
    expect(alex.get_by_role("link", name=edited)).to_be_visible()


def test_a_rejected_suggestion_shows_its_reason_to_the_advocate(phone, screenshot):
    title = f"Competitor teardown {uuid4().hex[:6]}"
    jamie = phone()
    log_in(jamie, "advocate2@demo.example")
    open_suggestions(jamie, "Suggest content")
    suggest(jamie, title)

    admin = phone()
    log_in(admin, "admin@demo.example")  # admins review everyone's
    open_suggestions(admin, "Suggestions")
    card = waiting(admin, title)
    card.get_by_role("button", name="Reject…").click()
    reason = card.get_by_label("Reason")
    expect(reason).to_be_focused()
    card.get_by_role("button", name="Reject suggestion").click()  # a reason is required
    expect(reason).to_have_attribute("aria-invalid", "true")
    reason.fill("We don't share pieces about competitors.")
    screenshot(admin, "suggestion-reject")
    card.get_by_role("button", name="Reject suggestion").click()
    expect(card).to_have_count(0)
    expect(admin.get_by_role("heading", name="Waiting for review")).to_be_focused()

    jamie.reload()
    item = my_suggestion(jamie, title)
    expect(item.get_by_test_id("suggestion-status")).to_have_text("Not taken")
    expect(item).to_contain_text("Reason: We don't share pieces about competitors.")
    screenshot(jamie, "suggestion-rejected")
    jamie.set_viewport_size(SMALL_PHONE)
    expect(item).to_be_visible()
    assert fits_the_width(jamie)
    item.scroll_into_view_if_needed()
    screenshot(jamie, "suggestion-rejected-360")
    jamie.get_by_role("button", name="Account menu").click()
    log_out = jamie.get_by_role("button", name="Log out")
    log_out.scroll_into_view_if_needed()
    expect(log_out).to_be_in_viewport()  # the longer menu still fits a small phone
    screenshot(jamie, "account-menu-360")


def rating(card, name: str):
    return card.get_by_role("group", name=r"Rate:").get_by_role("button", name=name, exact=True)


def test_rating_a_card_toggles_survives_a_reload_and_reaches_the_leaders(phone, screenshot):
    jamie = phone()
    log_in(jamie, "advocate2@demo.example")
    card = jamie.locator("article[data-content-id]").first
    content_id = card.get_attribute("data-content-id")
    card = jamie.locator(f"article[data-content-id='{content_id}']")
    useful, not_for_me = rating(card, "Useful"), rating(card, "Not for me")
    if useful.get_attribute("aria-pressed") == "true":
        useful.click()  # start from no rating
    expect(useful).to_have_attribute("aria-pressed", "false")

    useful.click()
    expect(useful).to_have_attribute("aria-pressed", "true")
    jamie.reload()
    expect(useful).to_have_attribute("aria-pressed", "true")
    screenshot(jamie, "card-rated")

    not_for_me.click()  # switches
    expect(not_for_me).to_have_attribute("aria-pressed", "true")
    expect(useful).to_have_attribute("aria-pressed", "false")
    jamie.reload()
    expect(not_for_me).to_have_attribute("aria-pressed", "true")
    not_for_me.click()  # takes it back
    expect(not_for_me).to_have_attribute("aria-pressed", "false")
    jamie.reload()
    expect(not_for_me).to_have_attribute("aria-pressed", "false")
    useful.click()
    expect(useful).to_have_attribute("aria-pressed", "true")

    admin = phone()
    log_in(admin, "admin@demo.example")
    open_suggestions(admin, "Suggestions")
    row = admin.get_by_test_id("ratings-table").locator(f"tr[data-content-id='{content_id}']")
    expect(row.locator("td").first).not_to_have_text("0")
    row.scroll_into_view_if_needed()
    screenshot(admin, "how-content-landed")
