"""On a bad connection: the app opens offline with saved data and says how old it is; a share
tapped offline waits on the device, then is recorded exactly once when the connection returns."""

import re
from uuid import uuid4

import sqlalchemy
from playwright.sync_api import Page, expect

from server.demo import PASSWORD
from tests.e2e.helpers import log_in, serious_violations
from tests.e2e.test_leaderboards import ROWS, board_api, expect_board, open_leaderboard
from tests.support.live_server import ApiSession


def ready_for_offline(page: Page) -> None:
    """The worker controls the page and has saved the profile and feed: what signing in leaves."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    for path in ("/api/v1/me", "/api/v1/content/feed"):
        page.wait_for_function(
            f"() => caches.open('amplify-api-v1').then(c => c.match('{path}')).then(Boolean)"
        )


def without_popups(page: Page) -> Page:
    """The network's page can't load offline anyway; and in Playwright a popup re-applies network
    emulation to its opener, which then fires `online` while the context is still offline."""
    page.add_init_script("window.open = () => null")
    return page


def unshared_content(page: Page) -> int:
    items = page.request.get("/api/v1/content/feed").json()["items"]
    return next(item["id"] for item in items if "linkedin" not in item["shared_networks"])


def shares_on_linkedin(database, user_id: int, content_id: int) -> int:
    query = sqlalchemy.text(
        "SELECT count(*) FROM shares WHERE user_id = :u AND content_id = :c AND network = 'linkedin'"
    )
    with database.connect() as connection:
        return connection.execute(query, {"u": user_id, "c": content_id}).scalar_one()


def share_on_linkedin(page: Page, content_id: int) -> None:
    card = page.locator(f"article[data-content-id='{content_id}']")
    card.get_by_role("button", name=re.compile("^Share")).click()
    page.get_by_role("dialog").get_by_role("button", name="LinkedIn", exact=True).click()


def test_feed_profile_and_boards_open_offline_with_the_age_of_their_data(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    ready_for_offline(page)
    page.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(page.locator("li[data-advocate-id]").first).to_be_visible()
    page.get_by_role("link", name="My points", exact=True).click()
    expect(page.get_by_text(re.compile(r"^\+\d+: ")).first).to_be_visible()
    page.get_by_role("link", name="Feed", exact=True).click()

    page.context.set_offline(True)
    page.reload()
    banner = page.get_by_test_id("offline-banner")
    expect(banner).to_contain_text("You're offline. Showing what was saved")
    expect(page.locator("article[data-content-id]").first).to_be_visible()
    screenshot(page, "offline-feed")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Leaderboard", exact=True).click()
    expect(page.locator("li[data-advocate-id]").first).to_be_visible()
    page.get_by_role("link", name="My points", exact=True).click()
    expect(page.get_by_text(re.compile(r"^\+\d+: ")).first).to_be_visible()
    screenshot(page, "offline-my-points")

    page.context.set_offline(False)
    page.get_by_role("link", name="Feed", exact=True).click()
    expect(banner).to_be_hidden()


def test_a_share_tapped_offline_waits_then_counts_once_back_online(phone, screenshot, server_database):
    page = without_popups(phone())
    log_in(page, "advocate@demo.example")
    ready_for_offline(page)
    user_id = page.request.get("/api/v1/me").json()["id"]
    content_id = unshared_content(page)

    page.context.set_offline(True)
    share_on_linkedin(page, content_id)
    status = page.get_by_test_id("share-status")
    expect(status).to_contain_text("You're offline: saved on this device")
    page.get_by_role("dialog").get_by_role("button", name="LinkedIn", exact=True).click()  # again
    page.keyboard.press("Escape")
    card = page.locator(f"article[data-content-id='{content_id}']")
    expect(card.get_by_test_id("pending-chip")).to_have_text("Waiting to send: LinkedIn")
    expect(page.get_by_test_id("offline-banner")).to_contain_text("1 share waiting to send.")
    screenshot(page, "offline-share-pending")
    assert serious_violations(page) == []
    assert shares_on_linkedin(server_database, user_id, content_id) == 0

    page.context.set_offline(False)
    expect(page.get_by_text(re.compile(r"^Share on LinkedIn recorded: \+\d+ points?$"))).to_be_visible()
    expect(card.get_by_test_id("shared-chip")).to_contain_text("LinkedIn")
    expect(card.get_by_test_id("pending-chip")).to_be_hidden()
    expect(page.get_by_test_id("offline-banner")).to_be_hidden()
    screenshot(page, "offline-share-recorded")
    assert shares_on_linkedin(server_database, user_id, content_id) == 1
    page.reload()
    expect(card.get_by_test_id("shared-chip")).to_contain_text("LinkedIn")
    assert page.evaluate(QUEUED) == 0
    assert shares_on_linkedin(server_database, user_id, content_id) == 1


QUEUED = """new Promise((resolve) => {
  const opening = indexedDB.open('amplify', 1);
  opening.onsuccess = () => {
    const request = opening.result.transaction('queued-shares').objectStore('queued-shares').count();
    request.onsuccess = () => resolve(request.result);
  };
})"""


def worker_registration(page: Page, origin: str):
    """A DevTools session and the app's service-worker registration, which Chromium reports in
    an event some time after `ServiceWorker.enable` answers: wait for that event, however long
    a loaded machine takes (up to 10 s), not a fixed time."""
    cdp = page.context.new_cdp_session(page)
    ours = []
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda e: ours.extend(r for r in e["registrations"] if r["scopeURL"] == origin + "/"),
    )
    cdp.send("ServiceWorker.enable")
    for _ in range(500):
        if ours:
            return cdp, ours[0]
        page.wait_for_timeout(20)  # Playwright hands over the events that arrived meanwhile
    raise AssertionError(f"Chromium reported no service-worker registration for {origin} in 10 s")


def test_background_sync_sends_a_queued_share_with_the_app_closed(phone, server_database):
    page = without_popups(phone())
    log_in(page, "advocate2@demo.example")
    ready_for_offline(page)
    user_id = page.request.get("/api/v1/me").json()["id"]
    content_id = unshared_content(page)
    context = page.context
    context.set_offline(True)
    share_on_linkedin(page, content_id)
    expect(page.get_by_test_id("share-status")).to_contain_text("saved on this device")
    origin = page.evaluate("location.origin")
    page.close()  # the app is closed before the connection comes back

    context.set_offline(False)
    blank = context.new_page()  # never opens the app: only the worker can send the share
    cdp, registration = worker_registration(blank, origin)
    cdp.send(
        "ServiceWorker.dispatchSyncEvent",
        {
            "origin": origin,
            "registrationId": registration["registrationId"],
            "tag": "share-queue",
            "lastChance": False,
        },
    )
    for _ in range(50):
        if shares_on_linkedin(server_database, user_id, content_id):
            break
        blank.wait_for_timeout(100)
    assert shares_on_linkedin(server_database, user_id, content_id) == 1


def test_the_board_catches_up_on_what_happened_while_the_connection_was_down(phone, server_url):
    viewer = phone()
    log_in(viewer, "advocate2@demo.example")
    open_leaderboard(viewer)
    badge = viewer.locator(".live-badge")
    expect(badge).to_have_text("Live")

    viewer.context.set_offline(True)
    expect(badge).to_have_text("Paused")
    colleague = ApiSession(server_url, "manager@demo.example", PASSWORD)
    colleague_id = colleague.get("/api/v1/me").json()["id"]
    items = colleague.get("/api/v1/content/feed").json()["items"]
    item = next(i for i in items if "email" not in i["shared_networks"])
    shared = colleague.post(
        "/api/v1/shares", {"content_id": item["id"], "network": "email", "client_id": uuid4().hex}
    )
    assert shared.status_code == 201, shared.text
    colleague.close()

    viewer.context.set_offline(False)
    expect(badge).to_have_text("Live", timeout=15_000)  # socket.io's backoff tops out at 5 s
    board = board_api(viewer, "week")
    assert any(e["advocate"]["id"] == colleague_id for e in board["entries"])
    expect_board(viewer, board)
    assert viewer.locator(ROWS).count() >= len(board["entries"])
