"""Progress on My points, and an admin previewing and publishing rules, in a phone-sized browser."""

import re

from playwright.sync_api import Page, expect

from tests.e2e.helpers import log_in


def choose(page: Page, name: str) -> None:
    """Pick a rule or part of the programme in the Rules screen's list."""
    page.locator(".rules-nav").get_by_role("button", name=re.compile(f"^{re.escape(name)}")).first.click()


def publish(page: Page, reason: str) -> None:
    page.get_by_role("button", name="Publish rules").click()
    dialog = page.get_by_role("dialog", name="Publish these rules?")
    dialog.get_by_label(re.compile("Why are you publishing")).fill(reason)
    dialog.get_by_role("button", name="Publish").click()


def test_my_points_shows_level_streak_and_badge_gallery(phone, screenshot):
    page = phone()
    log_in(page, "advocate@demo.example")
    page.get_by_role("link", name="My points", exact=True).click()
    progress = page.request.get("/api/v1/me/progress").json()
    expect(page.locator("[data-testid=level-name]")).to_have_text(progress["level"]["level"])
    expect(page.locator("[data-testid=streak-days]")).to_have_text(str(progress["streak"]["days"]))
    expect(page.locator("li[data-badge-id]")).to_have_count(len(progress["badges"]))
    earned = [b for b in progress["badges"] if b["tier"]]
    for badge in earned:
        expect(page.locator(f"li[data-badge-id='{badge['id']}']")).to_have_attribute(
            "data-tier", str(badge["tier"])
        )
    screenshot(page, "my-points-progress")


def test_admin_checks_previews_and_publishes_rules(phone, screenshot):
    page = phone()
    log_in(page, "admin@demo.example")
    page.get_by_role("link", name="Rules", exact=True).click()
    choose(page, "LinkedIn share bonus")
    page.get_by_role("button", name="Write it as text").click()
    condition = page.get_by_label("Condition for LinkedIn share bonus")
    condition.fill('netwrk == "linkedin"')
    problem = page.locator(".condition-field .field-error")
    expect(problem).to_contain_text("netwrk")  # the server's words, e.g. "did you mean network?"
    expect(page.locator(".condition-where mark")).to_have_text("netwrk")
    problem.scroll_into_view_if_needed()
    screenshot(page, "rules-invalid-condition")
    condition.fill('network == "linkedin"')
    expect(problem).to_have_count(0)

    choose(page, "Shared content")
    page.get_by_label("Points for Shared content").fill("20")
    page.get_by_role("button", name="Preview changes").click()
    simulation = page.locator("[data-testid=simulation]")
    expect(simulation).to_contain_text("nothing was saved")
    simulation.scroll_into_view_if_needed()
    screenshot(page, "rules-preview")

    before = page.request.get("/api/v1/rules/current").json()["version"]
    page.get_by_role("button", name="Publish rules").click()
    dialog = page.get_by_role("dialog", name="Publish these rules?")
    expect(dialog.get_by_test_id("rule-diff")).to_contain_text("Changed rule “Shared content”")
    expect(dialog.get_by_test_id("rule-diff")).to_contain_text("20")
    screenshot(page, "rules-publish-diff")
    dialog.get_by_label(re.compile("Why are you publishing")).fill("Twenty points a share for the launch")
    dialog.get_by_role("button", name="Publish").click()
    # The toast says it; the live region repeats it for screen readers a moment later.
    expect(page.get_by_test_id("toast").get_by_text(f"Published version {before + 1}")).to_be_visible()
    current = page.request.get("/api/v1/rules/current").json()
    base = next(rule for rule in current["document"]["rules"] if rule["id"] == "share.base")
    assert (current["version"], base["points"]) == (before + 1, 20)


def test_admin_edits_badge_tiers_and_levels_then_publishes(phone, screenshot):
    page = phone()
    log_in(page, "admin@demo.example")
    page.get_by_role("link", name="Rules", exact=True).click()
    choose(page, "Badges")
    silver = page.get_by_label("Silver threshold for On Fire")
    silver.fill("2")
    expect(page.get_by_text("Must be above bronze (3).")).to_be_visible()
    page.get_by_text("Must be above bronze (3).").scroll_into_view_if_needed()
    screenshot(page, "rules-badge-tier-hint")
    silver.fill("10")

    choose(page, "Levels")
    page.get_by_role("button", name="Add level").click()
    page.get_by_label("Level 7 name").fill("Hall of Fame")
    page.get_by_label("Level 7 points").fill("9000")
    expect(page.get_by_text(re.compile(r"\d+ changes? · not published"))).to_be_visible()
    screenshot(page, "rules-levels-edited")

    before = page.request.get("/api/v1/rules/current").json()["version"]
    publish(page, "A harder silver tier and a seventh level")
    # The toast says it; the live region repeats it for screen readers a moment later.
    expect(page.get_by_test_id("toast").get_by_text(f"Published version {before + 1}")).to_be_visible()
    document = page.request.get("/api/v1/rules/current").json()["document"]
    on_fire = next(badge for badge in document["badges"] if badge["id"] == "on-fire")
    assert on_fire["thresholds"] == [3, 10, 30]
    assert document["levels"][-1] == {"name": "Hall of Fame", "threshold": 9000}
