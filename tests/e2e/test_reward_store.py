"""The reward store (issue 22) in the browser: an advocate on a phone spends points on a reward,
sees the balance drop while their leaderboard points stay, and follows it in My rewards; a refusal
over the balance says why. An admin at a desk adds a reward with an image, approves one redemption
and rejects another with a reason, while the advocate watches both arrive live and gets the
rejected one's points back."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import DESK, PHONE
from tests.e2e.helpers import fits_the_width, log_in, serious_violations, small_targets
from tests.support.live_server import live_server

# The page's own fetch, with its session cookie and CSRF token: setting up rewards quickly.
CALL = """async ([method, path, body]) => {
  const csrf = await (await fetch('/api/v1/auth/csrf')).json();
  const response = await fetch('/api/v1' + path, {
    method,
    headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf.csrf_token},
    body: body === null ? undefined : JSON.stringify(body),
  });
  return {status: response.status, body: await response.json().catch(() => null)};
}"""


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    """A server of its own: these journeys spend the demo advocates' points."""
    with live_server(tmp_path_factory.mktemp("rewards"), "rewards") as url:
        yield url


@pytest.fixture
def open_page(page_at):
    """A page at a size on this module's server, signed in; each call is a separate person."""

    def open_(url: str, email: str, size: dict) -> Page:
        page = page_at(url, size)
        log_in(page, email)
        return page

    return open_


def call(page: Page, method: str, path: str, body=None) -> dict:
    answer = page.evaluate(CALL, [method, path, body])
    assert answer["status"] < 300, answer
    return answer["body"]


def available(page: Page) -> int:
    return call(page, "GET", "/store")["balance"]["available"]


def all_time(page: Page) -> int:
    return call(page, "GET", "/me")["points"]["all_time"]


def add_reward(admin: Page, title: str, cost: int, **extra) -> dict:
    body = {"title": title, "description": "", "cost": cost, "stock": None, "per_person_limit": None}
    return call(admin, "POST", "/rewards", {**body, "limit_period": "month", "charity": None, **extra})


def balance_of(page: Page):
    return page.get_by_test_id("store-balance")


def card(page: Page, title: str):
    return page.locator(".reward-card", has=page.get_by_role("heading", name=title, exact=True))


def points_to_spend(n: int) -> re.Pattern:
    return re.compile(rf"^{n:,} points? to spend$")


def test_an_advocate_redeems_on_a_phone_and_a_refusal_says_why(store_url, open_page, screenshot):
    admin = open_page(store_url, "admin@demo.example", DESK)
    page = open_page(store_url, "advocate@demo.example", PHONE)
    start, earned = available(page), all_time(page)
    assert start >= 4, f"the demo advocate has {start} points to spend"
    hoodie = start // 3
    add_reward(admin, "Team hoodie", hoodie, stock=10, description="Navy, with the logo on the back.")
    add_reward(admin, "Plant a tree", 1, charity="Trees for Cities", per_person_limit=1, limit_period="year")
    add_reward(admin, "Weekend away", start + 500)
    gift_card = start - hoodie  # exactly what is left after one hoodie
    add_reward(admin, "Gift card", gift_card)
    page.goto("/#/points")
    page.get_by_role("link", name="Spend your points").click()
    expect(page).to_have_url(re.compile("#/store$"))
    expect(balance_of(page)).to_have_text(points_to_spend(start))
    expect(balance_of(page).locator("xpath=..")).to_contain_text("never lowers your leaderboard points")
    expect(card(page, "Plant a tree")).to_contain_text("Donation to Trees for Cities")
    far = card(page, "Weekend away")
    expect(far.get_by_role("button", name="Redeem")).to_be_disabled()
    expect(far.locator(".reward-why")).not_to_be_empty()
    page.wait_for_load_state("networkidle")
    assert serious_violations(page) == []
    assert small_targets(page) == []
    assert fits_the_width(page)
    screenshot(page, "store-phone-390x844")

    card(page, "Team hoodie").get_by_role("button", name="Redeem").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(f"It costs {hoodie:,} point")
    expect(dialog).to_contain_text(f"You'll have {start - hoodie:,} point")
    dialog.get_by_label("A note for whoever sends it").fill("Size M, please")
    screenshot(page, "store-redeem-confirm-phone")
    dialog.get_by_role("button", name=re.compile("^Spend")).click()
    expect(page.get_by_test_id("toast").filter(has_text="Requested Team hoodie")).to_be_visible()
    expect(balance_of(page)).to_have_text(points_to_spend(start - hoodie))
    assert all_time(page) == earned, "spending must never lower leaderboard points"
    expect(page.get_by_test_id("points-total")).to_have_text(str(earned))

    mine = page.locator(".redemption", has_text="Team hoodie")
    expect(mine).to_have_attribute("data-status", "requested")
    expect(mine).to_contain_text("Your note: Size M, please")
    expect(mine.locator(".redemption-step.is-current")).to_have_text(re.compile("^Requested"))
    mine.scroll_into_view_if_needed()
    screenshot(page, "store-my-rewards-phone")

    # The gift card costs exactly what is left; spending elsewhere while its dialog is open
    # leaves too little, and the server's refusal is shown in words.
    card(page, "Gift card").get_by_role("button", name="Redeem").click()
    expect(dialog).to_be_visible()
    hoodie_id = next(r["id"] for r in call(page, "GET", "/store")["rewards"] if r["title"] == "Team hoodie")
    call(page, "POST", "/store/redemptions", {"reward_id": hoodie_id, "client_id": "e2e-second-hoodie"})
    dialog.get_by_role("button", name=re.compile("^Spend")).click()
    refusal = dialog.get_by_role("alert")
    expect(refusal).to_be_visible()
    expect(refusal).not_to_have_text(re.compile("^(Something went wrong|Refused)"))
    screenshot(page, "store-refusal-phone")
    dialog.locator(".dialog-actions").get_by_role("button", name="Cancel").click()
    expect(balance_of(page)).to_have_text(points_to_spend(start - 2 * hoodie))

    mine.first.get_by_role("button", name="Cancel request").click()
    expect(page.get_by_test_id("toast").filter(has_text="Cancelled Team hoodie")).to_be_visible()
    expect(balance_of(page)).to_have_text(points_to_spend(start - hoodie))

    page.set_viewport_size({"width": 360, "height": 740})
    assert fits_the_width(page)


def test_an_admin_fulfils_while_the_advocate_watches_live(store_url, open_page, logo, screenshot):
    advocate = open_page(store_url, "advocate2@demo.example", PHONE)
    start = available(advocate)
    assert start >= 2, f"the demo advocate has {start} points to spend"
    cost = max(1, start // 4)

    admin = open_page(store_url, "admin@demo.example", DESK)
    admin.goto("/#/rewards")
    expect(admin.get_by_role("heading", name="Rewards", level=1)).to_be_visible()
    admin.get_by_role("button", name="Add a reward").click()
    form = admin.get_by_role("dialog")
    form.get_by_label("Title").fill("Desk plant")
    form.get_by_label("Cost in points").fill("0")
    form.get_by_role("button", name="Add reward").click()
    expect(form.locator("#field-cost-error")).to_contain_text("1 or more")
    form.get_by_label("Description").fill("A small fern for your desk.")
    form.get_by_label("Cost in points").fill(str(cost))
    form.get_by_label("Or the image's address").fill("not a web address")
    with admin.expect_response(
        lambda r: r.url.endswith("/api/v1/rewards") and r.request.method == "POST"
    ) as sent:
        form.get_by_role("button", name="Add reward").click()
    assert sent.value.status == 422
    expect(form.locator("#field-image-file-error")).to_contain_text("web address")  # the server's words
    admin.set_input_files("#field-image-file", str(logo))
    expect(form.get_by_test_id("image-preview")).to_have_attribute("src", re.compile("/media/"))
    form.get_by_label("Stock").fill("5")
    form.get_by_label("Limit per person").fill("3")
    form.get_by_label("Per", exact=True).select_option("month")
    screenshot(admin, "rewards-admin-form-1280x800")
    form.get_by_role("button", name="Add reward").click()
    expect(admin.get_by_test_id("toast").filter(has_text="Added Desk plant")).to_be_visible()
    row = admin.locator("tr", has_text="Desk plant")
    expect(row).to_contain_text("5 of 5")
    expect(row).to_contain_text("3 per person per month")
    admin.wait_for_load_state("networkidle")
    assert serious_violations(admin) == []
    assert fits_the_width(admin)
    screenshot(admin, "rewards-admin-1280x800")

    advocate.goto("/#/store")
    plant = card(advocate, "Desk plant")
    expect(plant.locator("img")).to_have_attribute("src", re.compile("/media/"))
    for _ in range(2):
        plant.get_by_role("button", name="Redeem").click()
        advocate.get_by_role("dialog").get_by_role("button", name=re.compile("^Spend")).click()
        expect(advocate.get_by_role("dialog")).to_have_count(0)
    expect(balance_of(advocate)).to_have_text(points_to_spend(start - 2 * cost))
    first, second = (r["id"] for r in reversed(call(advocate, "GET", "/store/redemptions")["items"][:2]))

    admin.get_by_role("navigation", name="Rewards sections").get_by_role("link", name="Fulfilment").click()
    expect(admin).to_have_url(re.compile("#/rewards/fulfilment$"))
    approve_row = admin.locator(f"tr[data-redemption-id='{first}']")
    approve_row.get_by_role("button", name=re.compile("^Approve")).click()
    expect(approve_row).to_have_attribute("data-status", "approved")
    expect(advocate.get_by_test_id("toast").filter(has_text="Desk plant: approved")).to_be_visible()
    mine = advocate.locator(f".redemption[data-redemption-id='{first}']")
    expect(mine).to_have_attribute("data-status", "approved")

    reject_row = admin.locator(f"tr[data-redemption-id='{second}']")
    reject_row.get_by_role("button", name=re.compile("^Reject")).click()
    admin.get_by_role("dialog").get_by_label("Reason").fill("Only one plant each this month, sorry")
    admin.get_by_role("dialog").get_by_role("button", name="Reject", exact=True).click()
    expect(admin.get_by_test_id("toast").filter(has_text="Rejected: Desk plant")).to_be_visible()
    expect(reject_row).to_have_count(0)  # no longer open
    expect(advocate.get_by_test_id("toast").filter(has_text="Desk plant: rejected")).to_be_visible()
    expect(balance_of(advocate)).to_have_text(points_to_spend(start - cost))
    rejected = advocate.locator(f".redemption[data-redemption-id='{second}']")
    expect(rejected).to_contain_text("Rejected: Only one plant each this month, sorry")
    rejected.scroll_into_view_if_needed()
    screenshot(advocate, "store-live-rejection-phone")

    approve_row.get_by_role("button", name=re.compile("^Mark sent")).click()
    expect(mine.get_by_role("button", name="I received it")).to_be_visible()
    mine.get_by_role("button", name="I received it").click()
    expect(mine).to_have_attribute("data-status", "received")
    admin.wait_for_load_state("networkidle")
    assert serious_violations(admin) == []
    screenshot(admin, "rewards-fulfilment-1280x800")

    with admin.expect_download() as download:
        admin.get_by_role("link", name="Download CSV of open redemptions").click()
    assert download.value.suggested_filename.endswith(".csv")

    admin.get_by_role("navigation", name="Rewards sections").get_by_role("link", name="Rewards").click()
    admin.get_by_role("button", name="Desk plant", exact=True).click()
    edit = admin.get_by_role("dialog", name="Edit Desk plant")
    expect(edit.get_by_label("Cost in points")).to_have_value(str(cost))
    edit.get_by_label("Stock").fill("6")
    edit.get_by_role("button", name="Save changes").click()
    expect(admin.get_by_test_id("toast").filter(has_text="Saved Desk plant")).to_be_visible()
    expect(admin.locator("tr", has_text="Desk plant")).to_contain_text(" of 6")
    admin.locator("tr", has_text="Desk plant").get_by_role("button", name=re.compile("^Archive")).click()
    expect(admin.get_by_test_id("toast").filter(has_text="Archived Desk plant")).to_be_visible()
    admin.get_by_role("button", name="Archived").click()
    admin.locator("tr", has_text="Desk plant").get_by_role("button", name=re.compile("^Restore")).click()
    expect(admin.get_by_test_id("toast").filter(has_text="Desk plant is back in the store")).to_be_visible()

    admin.get_by_role("button", name="In the store").click()
    expect(admin.locator("tr", has_text="Desk plant")).to_be_visible()
    admin.set_viewport_size({"width": 390, "height": 844})
    screenshot(admin, "rewards-phone")
    assert fits_the_width(admin)
    assert small_targets(admin) == []  # at a desk the side navigation's links are its own design
