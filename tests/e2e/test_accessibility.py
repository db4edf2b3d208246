"""axe-core on every screen, for each role that uses it, light and dark: zero serious or
critical violations. The share sheet and the login screen too."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from server.config import ROOT
from tests.e2e.test_advocacy_loop import log_in

AXE = ROOT / "pwa" / "node_modules" / "axe-core" / "axe.min.js"
SCREENS = {
    "advocate@demo.example": [
        "feed",
        "leaderboard",
        "points",
        "prizes",
        "kudos",
        "suggestions",
        "guidelines",
        "notifications",
    ],
    "manager@demo.example": ["prizes/manage", "insights", "new", "suggestions", "kudos", "people"],
    "admin@demo.example": ["rules", "guidelines", "insights", "prizes/manage", "people"],
}


def serious_violations(page: Page) -> list[str]:
    # Two frames: what the page looks like once layout observers (wide tables become focusable
    # regions when they overflow) have run, as a person would meet it.
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    page.add_script_tag(path=str(Path(AXE)))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {node['html'][:160]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
        for node in v["nodes"]
    ]


def settled(page: Page, route: str) -> None:
    page.goto(f"/#/{route}")
    expect(page.locator("main h1").first).to_be_visible()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("email", list(SCREENS))
def test_every_screen_has_no_serious_violations(browser, server_url, email, scheme):
    context = browser.new_context(
        base_url=server_url, color_scheme=scheme, viewport={"width": 360, "height": 640}, is_mobile=True
    )
    page = context.new_page()
    log_in(page, email)
    found = {}
    for route in SCREENS[email]:
        settled(page, route)
        found[route] = serious_violations(page)
    context.close()
    assert found == {route: [] for route in SCREENS[email]}


def test_login_and_the_share_sheet_have_no_serious_violations(phone):
    page = phone()
    page.goto("/")
    expect(page.locator("input[name=email]")).to_be_visible()
    assert serious_violations(page) == []
    log_in(page, "advocate@demo.example")
    page.get_by_role("button", name="Share").first.click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert serious_violations(page) == []


# Every control at least 44 px each way, except links inside a sentence (WCAG 2.5.5's
# inline exception); radios and checkboxes count by their label.
SMALL_TARGETS = """() => {
  const small = [];
  for (const el of document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, a[href], [role=tab], summary'
  )) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.tagName === 'A' && el.closest('p')) continue;
    const label = (el.type === 'checkbox' || el.type === 'radio') && el.closest('label');
    const target = label ? label.getBoundingClientRect() : box;
    if (target.width < 44 || target.height < 44) {
      const name = (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30);
      small.push(`${el.tagName} "${name}"`);
    }
  }
  return small;
}"""


@pytest.mark.parametrize("email", list(SCREENS))
def test_touch_targets_are_44px_and_nothing_scrolls_sideways_at_360(browser, server_url, email):
    context = browser.new_context(
        base_url=server_url, viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    log_in(page, email)
    found = {}
    for route in SCREENS[email]:
        settled(page, route)
        sideways = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        found[route] = (page.evaluate(SMALL_TARGETS), sideways)
    context.close()
    assert found == {route: ([], False) for route in SCREENS[email]}
