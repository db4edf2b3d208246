"""A share hands the network the advocate's tracked link; a person clicking it on the network is
sent to the story and earns the advocate points; a crawler fetching it gets the story's card."""

import re
import time
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from tests.e2e.helpers import log_in

PERSON = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"


def _share_answer(response):
    return response.url.endswith("/api/v1/shares") and response.request.method == "POST"


def test_a_shared_link_is_tracked_and_a_click_on_it_earns_points(phone, screenshot):
    advocate = phone()
    log_in(advocate, "advocate2@demo.example")
    opened = []  # the network's share page, answered here: this machine has no internet

    def network_page(route):
        opened.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>X</title>")

    advocate.context.route("https://twitter.com/**", network_page)
    card = advocate.locator("article[data-content-id]").first
    card.get_by_role("button", name=re.compile("^Share")).click()
    # The app opens the network first and records the share after, so the points read below
    # must wait for the share's own answer: else the share's points pass for the click's.
    with advocate.expect_response(_share_answer) as recorded, advocate.expect_popup() as popup:
        advocate.get_by_role("dialog").get_by_role("button", name="X", exact=True).click()
    assert recorded.value.status == 201, recorded.value.text()
    popup.value.wait_for_load_state()
    popup.value.close()
    shared = parse_qs(urlsplit(opened[0]).query)["url"][0]
    assert re.search(r"/s/[0-9A-Za-z]+$", shared), shared

    crawler = advocate.request.get(shared, headers={"User-Agent": "Twitterbot/1.0"}, max_redirects=0)
    assert crawler.status == 200 and 'property="og:title"' in crawler.text()

    before = advocate.request.get("/api/v1/me").json()["points"]["all_time"]
    person = advocate.context.browser.new_context(user_agent=PERSON)  # a reader, not signed in
    try:
        visit = person.request.get(shared, max_redirects=0)
        assert visit.status == 302
        assert "utm_source=x" in visit.headers["location"]
    finally:
        person.close()
    deadline = time.monotonic() + 10  # the click is scored by the server's task workers
    while advocate.request.get("/api/v1/me").json()["points"]["all_time"] == before:
        assert time.monotonic() < deadline, "the click earned nothing"
        time.sleep(0.2)
    if advocate.get_by_role("dialog").is_visible():
        advocate.keyboard.press("Escape")  # the share sheet stays open after a share
    advocate.get_by_role("link", name="My points").click()
    # The newest ledger lines are the click's (one per rule it met), listed first on the screen.
    items = advocate.request.get("/api/v1/me/ledger?limit=10").json()["items"]
    click_lines = [i["reason"] for i in items if i["created_at"] == items[0]["created_at"]]
    assert any(": Click on your link" in reason for reason in click_lines), click_lines
    reasons = advocate.locator(".ledger-row .ledger-reason")
    expect(reasons.nth(0)).to_have_text(click_lines[0])
    screenshot(advocate, "click-points")
