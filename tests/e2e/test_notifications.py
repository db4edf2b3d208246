"""Notifications in the browser, at phone size: permission only after a tap, blocked permission
explained, preferences saved, devices listed and removed, and a notification's link landing on
its content in the feed."""

import json
import re

from playwright.sync_api import Page, expect

from tests.e2e.helpers import log_in
from tests.support.push_service import PushService


def open_notifications(page: Page) -> None:
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name="Notifications").click()
    expect(page.get_by_role("heading", name="Notifications", level=1)).to_be_visible()


def permission(page: Page) -> str:
    return page.evaluate("Notification.permission")


def test_notifications_are_explained_and_never_asked_for_on_load(phone, screenshot):
    page = phone()
    log_in(page, "advocate2@demo.example")
    open_notifications(page)
    status = page.get_by_test_id("push-status")
    expect(status).to_have_attribute("data-state", "off")
    expect(page.get_by_role("button", name="Turn on notifications")).to_be_visible()
    assert permission(page) == "default"  # nothing was asked just by opening the screen
    screenshot(page, "notifications-off")
    page.get_by_role("button", name="Turn on notifications").click()  # the browser says no
    expect(status).to_have_attribute("data-state", "denied")
    expect(page.get_by_test_id("push-blocked-help")).to_be_visible()


def test_blocked_notifications_get_instructions_instead_of_a_button(phone, server_url, screenshot):
    page = phone()
    log_in(page, "advocate2@demo.example")
    cdp = page.context.new_cdp_session(page)
    context_id = cdp.send("Target.getTargetInfo")["targetInfo"]["browserContextId"]
    blocked = {"permission": {"name": "notifications"}, "setting": "denied", "origin": server_url}
    cdp.send("Browser.setPermission", {**blocked, "browserContextId": context_id})
    open_notifications(page)
    expect(page.get_by_test_id("push-status")).to_have_attribute("data-state", "denied")
    expect(page.get_by_role("heading", name="Notifications are blocked")).to_be_visible()
    expect(page.get_by_test_id("push-blocked-help")).to_be_visible()
    expect(page.get_by_role("button", name="Turn on notifications")).to_have_count(0)
    screenshot(page, "notifications-blocked")


def test_preferences_are_saved_and_devices_listed_and_removed(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    with PushService() as service:
        subscription = service.subscription()
        token = page.request.get("/api/v1/auth/csrf").json()["csrf_token"]
        added = page.request.post(
            "/api/v1/push/devices",
            data={**subscription.info(), "label": "Test phone"},
            headers={"X-CSRFToken": token},
        )
        assert added.status == 201, added.text()
    open_notifications(page)
    form = page.get_by_test_id("push-preferences")
    form.get_by_role("switch", name="Weekly digest").click()
    form.get_by_role("switch", name="Use quiet hours").click()
    form.get_by_label("Quiet hours start").fill("21:30")
    form.get_by_label("Quiet hours end").fill("07:15")
    form.get_by_role("button", name="Save preferences").click()
    expect(page.get_by_text("Notification preferences saved.")).to_be_attached()
    saved = page.request.get("/api/v1/push/preferences").json()
    assert saved["categories"]["digest"] is True
    assert saved["quiet_hours"] == {"start": "21:30", "end": "07:15"}

    devices = page.get_by_test_id("push-devices")
    expect(devices.locator(".device-label", has_text="Test phone")).to_be_visible()
    screenshot(page, "notifications-preferences")
    devices.get_by_role("button", name="Remove Test phone").click()
    expect(devices.locator(".device-label", has_text="Test phone")).to_have_count(0)
    assert page.request.get("/api/v1/push/devices").json()["items"] == []


def test_a_notification_link_lands_on_its_content_in_the_feed(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    card = page.locator("article[data-content-id]").nth(3)
    content_id = card.get_attribute("data-content-id")
    page.goto(f"/#/feed/{content_id}")
    target = page.locator(f"article[data-content-id='{content_id}']")
    expect(target).to_have_class(re.compile("is-highlighted"))
    expect(page.locator(f"#content-{content_id}-title")).to_be_focused()
    expect(target).to_be_in_viewport()
    # The smooth scroll has finished when the position holds still for a moment.
    page.wait_for_function(
        "() => new Promise(done => { const y = scrollY; setTimeout(() => done(scrollY === y), 250); })"
    )
    screenshot(page, "notification-deep-link")


def test_admins_see_how_a_content_items_notifications_went(phone, screenshot):
    admin = phone()
    log_in(admin, "admin@demo.example")
    with PushService() as service:
        token = admin.request.get("/api/v1/auth/csrf").json()["csrf_token"]
        headers = {"X-CSRFToken": token}
        device = {**service.subscription().info(), "label": "Admin phone"}
        assert admin.request.post("/api/v1/push/devices", data=device, headers=headers).status == 201
        body = {"title": "Figures for admins", "url": "https://news.example.test/figures"}
        created = admin.request.post("/api/v1/content", data=body, headers=headers)
        assert created.status == 201, created.text()
        service.wait_for(lambda s: s.delivered(device["endpoint"]), timeout=10, description="the push")
        path = f"/api/v1/push/content/{created.json()['id']}"
        service.wait_for(lambda s: admin.request.get(path).json()["delivered"] == 1, description="figures")
    admin.reload()
    card = admin.locator(f"article[data-content-id='{created.json()['id']}']")
    card.get_by_text("Notification delivery").click()
    figures = card.get_by_test_id("delivery-figures")
    expect(figures.locator("div", has_text="Delivered")).to_contain_text("1")
    card.scroll_into_view_if_needed()
    screenshot(admin, "delivery-figures")


def test_the_service_worker_shows_a_pushed_message_as_a_notification(phone, server_url):
    page = phone()
    page.context.grant_permissions(["notifications"], origin=server_url)
    log_in(page, "advocate2@demo.example")
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    cdp = page.context.new_cdp_session(page)
    registrations = []
    cdp.on("ServiceWorker.workerRegistrationUpdated", lambda e: registrations.extend(e["registrations"]))
    cdp.send("ServiceWorker.enable")
    for _ in range(100):  # the registration event arrives shortly after enabling
        ours = [r for r in registrations if r["scopeURL"].startswith(server_url)]
        if ours:
            break
        page.wait_for_timeout(50)
    registration = ours[0]
    message = {
        "title": "Spring launch",
        "body": "Out now.",
        "icon": "/icons/icon-192.png",
        "badge": "/icons/badge-72.png",
        "url": "/#/feed/3",
        "tag": "content-3",
        "category": "content",
    }
    cdp.send(
        "ServiceWorker.deliverPushMessage",
        {"origin": server_url, "registrationId": registration["registrationId"], "data": json.dumps(message)},
    )
    shown = None
    for _ in range(100):  # showNotification runs in the worker, shortly after the push
        shown = page.evaluate(
            """async () => (await (await navigator.serviceWorker.ready).getNotifications())
                .map(n => [n.title, n.body, n.tag, n.data && n.data.url])"""
        )
        if shown:
            break
        page.wait_for_timeout(50)
    assert shown == [["Spring launch", "Out now.", "content-3", "/#/feed/3"]]
