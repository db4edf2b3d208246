"""A deploy while the app is open: the running page keeps working and offers "Reload", which
brings in the new version from fresh caches."""

import re
import shutil

from playwright.sync_api import expect

from server.config import ROOT
from tests.e2e.conftest import PHONE
from tests.e2e.helpers import log_in
from tests.support.live_server import live_server


def deploy_new_version(dist):
    """What a new build changes: the app shell's content, and its revision in the worker's list."""
    index = dist / "index.html"
    index.write_text(index.read_text().replace("<head>", '<head><meta name="deploy" content="2">', 1))
    worker = dist / "sw.js"
    old = re.search(r'"revision":"([0-9a-f]+)","url":"index.html"', worker.read_text()).group(1)
    worker.write_text(worker.read_text().replace(old, "0" * len(old)))
    for changed in (index, worker):  # stale precompressed copies would still be served
        for copy in (dist / f"{changed.name}.br", dist / f"{changed.name}.gz"):
            copy.unlink(missing_ok=True)


def test_a_deploy_prompts_to_reload_instead_of_breaking_the_open_page(
    browser, tmp_path, monkeypatch, screenshot
):
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "pwa" / "dist", dist)
    monkeypatch.setenv("PWA_DIST", str(dist))
    with live_server(tmp_path, "update") as url:
        context = browser.new_context(base_url=url, **PHONE)
        page = context.new_page()
        log_in(page, "advocate@demo.example")
        page.wait_for_function("() => navigator.serviceWorker.controller !== null")

        deploy_new_version(dist)
        # What the app does when it comes back to the foreground: look for a new worker.
        page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        toast = page.get_by_test_id("toast").filter(has_text="A new version of Amplify is ready")
        expect(toast).to_be_visible(timeout=15_000)
        screenshot(page, "update-available")

        page.get_by_role("link", name="Leaderboard", exact=True).click()  # still working
        expect(page.locator("li[data-advocate-id]").first).to_be_visible()
        assert page.locator("meta[name=deploy]").count() == 0

        page.get_by_role("button", name="Reload").click()
        expect(page.locator("meta[name=deploy]")).to_have_count(1)
        expect(page.locator("[data-testid=points-total]")).to_be_visible()
        precached = page.evaluate(
            """caches.keys().then(async (names) => {
                 const name = names.find((n) => n.startsWith('workbox-precache'));
                 const keys = await (await caches.open(name)).keys();
                 return keys.map((r) => r.url).filter((u) => u.includes('index.html'));
               })"""
        )
        assert len(precached) == 1 and "0000" in precached[0]  # the old shell is gone
        context.close()
