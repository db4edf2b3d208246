"""The PWA installs: a manifest with real icons, and a service worker controlling the root scope."""

from playwright.sync_api import expect


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
