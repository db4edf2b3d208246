"""What several browser tests do the same way: log in, check the layout, run axe."""

from pathlib import Path

from playwright.sync_api import Page, expect

from server.config import ROOT
from server.demo import PASSWORD

AXE = ROOT / "pwa" / "node_modules" / "axe-core" / "axe.min.js"


def log_in(page: Page, email: str) -> None:
    page.goto("/")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("[data-testid=points-total]")).to_be_visible()


def fits_the_width(page: Page) -> bool:
    """Nothing scrolls sideways at this viewport."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def serious_violations(page: Page) -> list[str]:
    # Two frames: what the page looks like once layout observers (wide tables become focusable
    # regions when they overflow) have run, as a person would meet it.
    page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    # Evaluated, not added as a <script>: the app's Content Security Policy blocks inline scripts.
    if page.evaluate("typeof window.axe") == "undefined":
        page.evaluate(Path(AXE).read_text() + "\n;undefined")
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {node['html'][:160]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
        for node in v["nodes"]
    ]


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


def small_targets(page: Page) -> list[str]:
    """The visible controls smaller than 44 px either way."""
    return page.evaluate(SMALL_TARGETS)
