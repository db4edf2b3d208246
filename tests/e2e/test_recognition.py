"""Recognition at phone size: a manager's kudos reach the advocate live, wherever they are, and
land in everyone's recognition feed; a kudos over the monthly cap is refused next to its points."""

import re
from uuid import uuid4

from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in

SMALL_PHONE = {"width": 360, "height": 640}


def open_recognition(page: Page) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name="Recognition").click()
    expect(page.get_by_role("heading", name="Recognition", level=1)).to_be_visible()


def kudos_form(page: Page):
    form = page.get_by_role("form", name="Give kudos")
    expect(form.get_by_text(re.compile(r"You can give \d+ more points? this month"))).to_be_visible()
    return form


def spend_kudos_elsewhere(page: Page, receiver_id: int, points: int) -> None:
    """The same leader gives kudos from another device, so this page's allowance is stale."""
    token = page.request.get("/api/v1/auth/csrf").json()["csrf_token"]
    body = {"receiver_id": receiver_id, "message": "Thanks for covering the stand", "points": points}
    response = page.request.post("/api/v1/kudos", data=body, headers={"X-CSRFToken": token})
    assert response.status == 201, response.text()


def test_manager_gives_kudos_and_alex_hears_it_live_then_finds_it_in_the_feed(phone, screenshot):
    alex = phone()
    log_in(alex, "advocate@demo.example")  # on the feed: the toast comes wherever Alex is
    manager = phone()
    log_in(manager, "manager@demo.example")
    open_recognition(manager)
    message = f"Brilliant client demo on Tuesday, thank you! ({uuid4().hex[:6]})"
    form = kudos_form(manager)
    form.get_by_label("Person").select_option(label="Alex Morgan (Sales)")
    form.get_by_label("Message").fill(message)
    form.get_by_label("Points").fill("10")
    screenshot(manager, "kudos-form")
    form.get_by_role("button", name="Send kudos").click()

    newest = manager.get_by_test_id("kudos-feed").get_by_role("listitem").first
    expect(newest).to_contain_text(message)
    expect(newest).to_contain_text("Morgan Reyes recognised Alex Morgan")
    expect(newest).to_be_focused()  # where the manager's eyes and screen reader land
    expect(manager.get_by_test_id("toast").filter(has_text="Kudos sent to Alex Morgan")).to_be_visible()
    expect(form.get_by_label("Message")).to_have_value("")
    screenshot(manager, "kudos-given")

    toast = alex.get_by_test_id("toast").filter(has_text="Kudos from Morgan Reyes: +10 points")
    expect(toast).to_be_visible()
    expect(toast).to_contain_text(message)
    screenshot(alex, "kudos-toast")
    toast.get_by_role("button", name="See kudos").click()
    mine = alex.get_by_test_id("kudos-feed").get_by_role("listitem").filter(has_text=message)
    expect(mine).to_contain_text("Morgan Reyes recognised you")
    expect(mine).to_contain_text("+10 points")
    expect(alex.get_by_role("form", name="Give kudos")).to_have_count(0)  # advocates only read
    screenshot(alex, "recognition-feed")

    alex.set_viewport_size(SMALL_PHONE)
    alex.emulate_media(color_scheme="dark")
    expect(mine).to_be_visible()
    assert fits_the_width(alex)
    screenshot(alex, "recognition-feed-360-dark")


def test_kudos_over_the_cap_shows_the_servers_refusal_next_to_points(phone, screenshot):
    manager = phone()
    log_in(manager, "manager@demo.example")
    open_recognition(manager)
    form = kudos_form(manager)
    left = manager.request.get("/api/v1/kudos/allowance").json()["left"]
    assert left >= 1, "the demo manager's monthly kudos cap is already spent"
    alex_id = next(
        person["id"]
        for person in manager.request.get("/api/v1/kudos/recipients").json()["items"]
        if person["display_name"] == "Alex Morgan"
    )
    spend_kudos_elsewhere(manager, alex_id, 1)  # this form still thinks `left` points are free

    form.get_by_label("Person").select_option(label="Alex Morgan (Sales)")
    form.get_by_label("Message").fill("For carrying the whole quarter")
    form.get_by_label("Points").fill(str(left))
    form.get_by_role("button", name="Send kudos").click()

    points = form.get_by_label("Points")
    expect(points).to_have_attribute("aria-invalid", "true")
    expect(points).to_be_focused()
    refusal = f"Over your kudos cap: you have {left - 1} of"
    expect(form.locator(".field.has-error")).to_contain_text(refusal)
    # The allowance is fetched again, so the hint now tells the truth.
    expect(form.get_by_text(f"You can give {left - 1} more")).to_be_visible()
    expect(form.get_by_label("Message")).to_have_value("For carrying the whole quarter")  # nothing lost
    screenshot(manager, "kudos-over-cap")
