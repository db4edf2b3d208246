"""The rules editor for people (issue 22) at 1280x800: an admin adds a rule with the condition
builder, reads its sentence, previews it and sees why rules fired, publishes it with a reason,
finds the reason and the diff in the version history, and rolls it back in one step. Then the
same screen on a phone, and axe at both sizes."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations

NAME = "Launch posts on LinkedIn"
REASON = "Launch week: reward LinkedIn posts about the launch"
BUILT = 'network == "linkedin" and "launch" in tags'  # what the builder writes for the rows chosen


@pytest.fixture
def open_page(desk, phone):
    """The Rules screen, signed in as the admin, on a desk (1280x800) or a phone (390x844)."""

    def open_at(size: str) -> Page:
        page = desk() if size == "1280x800" else phone()
        log_in(page, "admin@demo.example")
        page.goto("/#/rules")
        expect(page.get_by_role("heading", name="Rules", level=1)).to_be_visible()
        return page

    return open_at


def condition_row(page: Page, n: int, field: str, value: str, operator: str | None = None) -> None:
    context = f" of condition {n} for {NAME}"
    page.get_by_role("button", name="Add a condition").click()
    page.get_by_label(f"Field{context}").select_option(field)
    if operator:
        page.get_by_label(f"Operator{context}").select_option(label=operator)
    page.get_by_label(f"Value{context}").select_option(value)


def test_an_admin_adds_previews_publishes_and_rolls_back_a_rule(open_page, screenshot):
    page = open_page("1280x800")
    page.on("dialog", lambda dialog: dialog.accept())
    before = page.request.get("/api/v1/rules/current").json()["version"]

    page.get_by_role("button", name="Add rule").click()
    page.get_by_label("Rule name").fill(NAME)
    page.get_by_label(f"Points for {NAME}").fill("7")
    condition_row(page, 1, "network", "linkedin")
    condition_row(page, 2, "tags", "launch")
    builder = page.locator(".condition-builder")
    expect(builder.locator(".builder-expression code")).to_have_text(BUILT)
    expect(builder.get_by_text("✓ Valid condition")).to_be_visible()
    screenshot(page, "rules-editor-builder-1280x800")
    sentence = page.get_by_test_id("rule-sentence")
    expect(sentence).to_contain_text("7")
    expect(page.locator(".rules-nav").get_by_role("button", name=re.compile(f"^{NAME}"))).to_have_attribute(
        "aria-current", "true"
    )
    assert fits_the_width(page)
    screenshot(page, "rules-editor-builder-1280x800")
    assert serious_violations(page) == []

    page.get_by_role("button", name="Write it as text").click()
    expect(page.get_by_label(f"Condition for {NAME}")).to_have_value(BUILT)
    page.get_by_role("button", name="Write it as text").click()

    page.get_by_role("button", name="Preview changes").click()
    simulation = page.get_by_test_id("simulation")
    expect(simulation).to_contain_text("nothing was saved")
    why = page.get_by_test_id("why-fired")
    expect(why.locator(".why-event").first).to_be_visible()
    why.scroll_into_view_if_needed()
    screenshot(page, "rules-editor-why-fired-1280x800")

    page.get_by_role("button", name="Publish rules").click()
    dialog = page.get_by_role("dialog", name="Publish these rules?")
    expect(dialog.get_by_test_id("rule-diff")).to_contain_text(f"Added rule “{NAME}”")
    dialog.get_by_role("button", name="Publish").click()
    expect(dialog.locator(".field-error")).to_be_visible()  # the reason is required
    dialog.get_by_label(re.compile("Why are you publishing")).fill(REASON)
    screenshot(page, "rules-editor-publish-dialog-1280x800")
    assert serious_violations(page) == []
    dialog.get_by_role("button", name="Publish").click()
    toast = page.get_by_test_id("toast").get_by_text(f"Published version {before + 1}")
    expect(toast).to_be_visible()
    current = page.request.get("/api/v1/rules/current").json()
    added = [rule for rule in current["document"]["rules"] if rule["name"] == NAME]
    assert current["version"] == before + 1
    assert [(r["points"], r["condition"]) for r in added] == [(7, BUILT)]

    row = page.locator(f".version-row[data-version='{before + 1}']")
    expect(row).to_contain_text(REASON)
    expect(row).to_contain_text("In force")
    page.get_by_label("From version").select_option(str(before))
    page.get_by_label("To version").select_option(str(before + 1))
    page.get_by_role("button", name="Show the differences").click()
    compare = page.locator(".version-compare")
    expect(compare.get_by_test_id("rule-diff")).to_contain_text(f"Added rule “{NAME}”")
    compare.scroll_into_view_if_needed()
    screenshot(page, "rules-editor-history-1280x800")

    page.get_by_role("button", name=f"Roll back to version {before}", exact=True).click()
    expect(page.get_by_test_id("toast").get_by_text(f"Rolled back to version {before}")).to_be_visible()
    current = page.request.get("/api/v1/rules/current").json()
    assert current["version"] == before + 2
    assert [rule for rule in current["document"]["rules"] if rule["name"] == NAME] == []


def test_a_condition_the_builder_cannot_show_stays_text_and_errors_point_at_it(open_page, screenshot):
    page = open_page("1280x800")
    before = page.request.get("/api/v1/rules/current").json()["version"]
    page.locator(".rules-nav").get_by_role("button", name=re.compile("^Early bird share")).click()
    expect(page.get_by_role("heading", name="Early bird share", level=2)).to_be_visible()
    page.get_by_role("button", name="Write it as text").click()
    condition = page.get_by_label("Condition for Early bird share")
    condition.fill("hour >= 6 and (hour < 9 or netwrk")
    expect(page.get_by_text("The builder can't show this condition")).to_be_visible()
    expect(page.locator(".condition-field .field-error")).to_be_visible()
    expect(page.locator(".condition-where mark")).to_be_visible()
    page.locator(".condition-marker").scroll_into_view_if_needed()
    screenshot(page, "rules-editor-text-error-1280x800")

    # Publishing anyway: the server's refusal lands on the rule's condition, named in words.
    page.locator(".rules-nav").get_by_role("button", name=re.compile("^Shared content")).click()
    page.get_by_role("button", name="Publish rules").click()
    dialog = page.get_by_role("dialog", name="Publish these rules?")
    dialog.get_by_label(re.compile("Why are you publishing")).fill("An early bird rule that cannot work")
    dialog.get_by_role("button", name="Publish").click()
    expect(dialog).to_be_hidden()
    problems = page.get_by_test_id("rule-problems")
    expect(problems).to_contain_text("Rule “Early bird share”, condition:")
    expect(page.get_by_role("heading", name="Early bird share", level=2)).to_be_visible()
    expect(page.locator(".condition-field")).to_have_class(re.compile("has-error"))
    expect(page.locator(".condition-field textarea")).to_be_in_viewport()
    screenshot(page, "rules-editor-publish-refused-1280x800")
    assert page.request.get("/api/v1/rules/current").json()["version"] == before


def test_rules_on_a_phone(open_page, screenshot):
    page = open_page("390x844")
    page.locator(".rules-nav").get_by_role("button", name=re.compile("^LinkedIn share bonus")).click()
    expect(page.get_by_role("heading", name="LinkedIn share bonus", level=2)).to_be_in_viewport()
    page.get_by_role("button", name="Duplicate").click()
    expect(page.get_by_role("heading", name="LinkedIn share bonus (copy)", level=2)).to_be_visible()
    page.get_by_role("button", name="Disable").click()
    expect(page.locator(".rule-editor .rule-off")).to_have_text("Off")
    assert fits_the_width(page)
    screenshot(page, "rules-editor-phone-390x844")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Add a condition").click()
    page.get_by_label("Field of condition 2 for LinkedIn share bonus (copy)").select_option("weekday")
    page.get_by_label("Operator of condition 2 for LinkedIn share bonus (copy)").select_option(label="≥")
    page.get_by_label("Value of condition 2 for LinkedIn share bonus (copy)").select_option("6")
    expect(page.locator(".builder-expression code")).to_have_text('network == "linkedin" and weekday >= 6')
    operator = page.get_by_label("Operator of condition 1 for LinkedIn share bonus (copy)")
    operator.select_option(label="is one of")
    values = page.get_by_role("group", name="Values of condition 1 for LinkedIn share bonus (copy)")
    expect(values.get_by_role("checkbox", name="LinkedIn")).to_be_checked()
    values.get_by_role("checkbox", name="X", exact=True).check()
    expect(page.locator(".builder-expression code")).to_have_text(
        'network in ["linkedin", "x"] and weekday >= 6'
    )
    page.locator(".builder-rows").scroll_into_view_if_needed()
    assert fits_the_width(page)
    screenshot(page, "rules-editor-phone-builder-390x844")
    page.get_by_role("button", name="All rules").click()
    copy_name = re.compile(r"^LinkedIn share bonus \(copy\)")
    copy = page.locator(".rules-nav").get_by_role("button", name=copy_name)
    expect(copy).to_be_in_viewport()
    expect(copy).to_contain_text("Off")


@pytest.mark.parametrize("size", ["1280x800", "390x844"])
def test_every_part_of_the_programme_has_no_serious_violations(open_page, screenshot, size):
    page = open_page(size)
    found = {}
    for part in ["Badges", "Levels", "Campaigns", "Team challenges", "Limits"]:
        page.locator(".rules-nav").get_by_role("button", name=re.compile(f"^{part}")).click()
        expect(page.get_by_role("heading", name=part, level=2, exact=True)).to_be_visible()
        found[part] = serious_violations(page)
    assert found == {part: [] for part in found}
    page.locator(".rules-nav").get_by_role("button", name=re.compile("^Badges")).click()
    page.get_by_role("button", name="Duplicate Sharer", exact=True).click()
    expect(page.get_by_role("heading", name="Sharer (copy)", level=3)).to_be_visible()
    page.get_by_role("button", name="Disable Sharer (copy)", exact=True).click()
    card = page.locator("[data-badge-card='sharer-copy']")
    expect(card.locator(".rule-off")).to_have_text("Off")
    card.scroll_into_view_if_needed()
    assert fits_the_width(page)
    screenshot(page, f"rules-editor-badges-{size}")


def test_the_keyboard_moves_through_the_list_and_on_to_the_editor(open_page):
    page = open_page("1280x800")
    first = page.locator(".rules-nav").get_by_role("button", name=re.compile("^Shared content"))
    first.focus()
    page.keyboard.press("ArrowDown")
    linkedin = page.locator(".rules-nav").get_by_role("button", name=re.compile("^LinkedIn share bonus"))
    expect(linkedin).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="LinkedIn share bonus", level=2)).to_be_visible()
    expect(linkedin).to_have_attribute("aria-current", "true")
    page.keyboard.press("Tab")  # the list is one Tab stop: on to the editor
    expect(page.get_by_role("button", name="Duplicate")).to_be_focused()
