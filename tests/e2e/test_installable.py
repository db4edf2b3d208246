"""The PWA installs: a manifest with real icons, a service worker controlling the root scope,
nothing Chromium would refuse, and an install button (or Safari's steps) for the advocate."""

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.e2e.conftest import CHROMIUM, PHONE, QUIET
from tests.e2e.helpers import log_in, serious_violations, small_targets

IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
IOS_STEPS = "Tap Share, then Add to Home Screen."


@pytest.fixture(scope="module")
def installable(browser, server_url, tmp_path_factory):
    """A persistent profile, as installing needs (incognito never offers it); the flag lets
    Chromium offer its install prompt at once instead of after days of use."""
    context = browser.browser_type.launch_persistent_context(
        tmp_path_factory.mktemp("profile"),
        executable_path=CHROMIUM,
        args=[*QUIET, "--bypass-app-banner-engagement-checks"],
        base_url=server_url,
        **PHONE,
    )
    context.set_default_timeout(10_000)
    yield context
    context.close()


def controlled_by_the_service_worker(page: Page) -> None:
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")


def test_service_worker_controls_the_app_and_the_manifest_icons_load(phone, screenshot):
    page = phone()
    page.goto("/")
    expect(page.locator("input[name=email]")).to_be_visible()
    screenshot(page, "login")
    scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
    assert scope.endswith("/") and scope.count("/") == 3
    manifest_url = page.locator("link[rel=manifest]").get_attribute("href")
    manifest = page.request.get(manifest_url).json()
    sizes = {(icon["sizes"], icon.get("purpose", "any")) for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= sizes
    for icon in manifest["icons"]:
        response = page.request.get(icon["src"])
        assert response.status == 200 and response.headers["content-type"] == "image/png"
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"


def test_the_manifest_offers_shortcuts_and_a_share_target(phone):
    page = phone()
    page.goto("/")
    manifest = page.request.get(page.locator("link[rel=manifest]").get_attribute("href")).json()
    assert [(s["name"], s["url"]) for s in manifest["shortcuts"]] == [
        ("Feed", "/#/feed"),
        ("Leaderboard", "/#/leaderboard"),
    ]
    target = manifest["share_target"]
    assert (target["action"], target["method"]) == ("/share-target", "GET")
    assert target["params"] == {"title": "title", "text": "text", "url": "url"}


def test_a_link_shared_from_another_app_opens_a_filled_in_suggestion(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    # What Android's share sheet sends: the link inside the text.
    page.goto(
        "/share-target?title=Trail+report&text=Our+team+on+the+trail+https%3A%2F%2Fblog.example%2Ftrail"
    )
    form = page.get_by_role("form", name="Suggest a link")
    expect(form.get_by_label("Link")).to_have_value("https://blog.example/trail")
    expect(form.get_by_label("Title")).to_have_value("Trail report")
    expect(form.get_by_label("Your words")).to_have_value("Our team on the trail")
    assert page.evaluate("location.pathname + location.hash").startswith("/#/suggestions?")
    screenshot(page, "share-target-suggestion")


def test_chromium_finds_nothing_in_the_way_of_installing(installable):
    page = installable.new_page()
    page.goto("/")
    controlled_by_the_service_worker(page)
    devtools = installable.new_cdp_session(page)
    manifest = devtools.send("Page.getAppManifest")
    assert manifest["url"].endswith("/manifest.webmanifest")
    assert manifest["errors"] == []
    assert devtools.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    page.close()


# Counts the taps that reach Chromium's own prompt(), which still runs: headless, it answers
# "dismissed" at once, as an advocate saying "not now" would.
COUNT_PROMPTS = """
window.promptsShown = 0;
const prompt = BeforeInstallPromptEvent.prototype.prompt;
BeforeInstallPromptEvent.prototype.prompt = function () {
  window.promptsShown += 1;
  return prompt.call(this);
};
"""


def test_install_app_shows_chromiums_prompt_and_not_now_puts_the_card_away(installable, screenshot):
    page = installable.new_page()
    page.add_init_script(COUNT_PROMPTS)
    log_in(page, "advocate@demo.example")
    card = page.get_by_role("region", name="Install Amplify")
    expect(card.get_by_role("button", name="Install app")).to_be_visible()
    expect(page.locator("article[data-content-id]").first).to_be_visible()
    screenshot(page, "install-card")
    assert serious_violations(page) == []
    assert small_targets(page) == []

    card.get_by_role("button", name="Install app").click()
    expect(card).to_have_count(0)
    assert page.evaluate("window.promptsShown") == 1

    # Chromium offers again after a "not now": the menu has the button, the feed stays quiet,
    # on this visit and the next.
    menu_install = page.locator("#account-panel").get_by_role("button", name="Install app")
    for visit in ("this", "next"):
        if visit == "next":
            page.reload()
        page.get_by_role("button", name="Account menu").click()
        expect(menu_install).to_be_visible()
        expect(card).to_have_count(0)
    screenshot(page, "install-menu")
    assert serious_violations(page) == []
    assert small_targets(page) == []
    menu_install.click()
    page.wait_for_function("() => window.promptsShown === 1")  # counted afresh since the reload
    page.close()


def iphone(browser, server_url, standalone: bool = False) -> tuple[BrowserContext, Page]:
    context = browser.new_context(base_url=server_url, user_agent=IPHONE_SAFARI, **PHONE)
    context.set_default_timeout(10_000)
    if standalone:  # opened from the Home Screen: Safari sets navigator.standalone
        context.add_init_script("Object.defineProperty(Navigator.prototype, 'standalone', {get: () => true})")
    page = context.new_page()
    log_in(page, "advocate@demo.example")
    expect(page.locator("article[data-content-id]").first).to_be_visible()
    return context, page


def test_on_an_iphone_the_feed_and_the_menu_say_how_to_add_amplify_to_the_home_screen(
    browser, server_url, screenshot
):
    context, page = iphone(browser, server_url)
    card = page.get_by_role("region", name="Install Amplify")
    expect(card).to_contain_text(IOS_STEPS)
    expect(card.get_by_role("button", name="Install app")).to_have_count(0)  # Safari has no prompt
    screenshot(page, "install-steps-iphone")
    assert serious_violations(page) == []
    assert small_targets(page) == []

    card.get_by_role("button", name="Got it").click()
    expect(card).to_have_count(0)
    page.reload()
    expect(page.locator("article[data-content-id]").first).to_be_visible()
    expect(card).to_have_count(0)
    page.get_by_role("button", name="Account menu").click()
    expect(page.locator("#account-panel")).to_contain_text(IOS_STEPS)
    assert serious_violations(page) == []
    context.close()


def test_opened_from_the_home_screen_nothing_offers_to_install(browser, server_url):
    context, page = iphone(browser, server_url, standalone=True)
    expect(page.get_by_role("region", name="Install Amplify")).to_have_count(0)
    page.get_by_role("button", name="Account menu").click()
    expect(page.locator("#account-panel")).to_be_visible()
    expect(page.locator("#account-panel")).not_to_contain_text("Add to Home Screen")
    context.close()
