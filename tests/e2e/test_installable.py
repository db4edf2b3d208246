"""The PWA installs: a manifest with real icons, a service worker controlling the root scope,
and nothing Chromium would refuse."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import CHROMIUM, PHONE, QUIET
from tests.e2e.helpers import log_in


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
    page.wait_for_function("navigator.serviceWorker.controller !== null")


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
