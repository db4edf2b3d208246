"""The share sheet sees through disguised prohibited words, as the server does: a caption with
fullwidth letters, Cyrillic look-alikes or a zero-width space inside "insider" (one of the demo's
prohibited words) is refused on the phone before any network opens."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import log_in

DISGUISES = {
    "fullwidth": "\uff29\uff4e\uff53\uff49\uff44\uff45\uff52",
    "cyrillic": "\u0406ns\u0456d\u0435r",  # the two I and the e are Cyrillic
    "zero-width": "Ins\u200bider",
    "right-to-left override": "\u202eredisnI\u202c",
}


@pytest.mark.parametrize("disguised", DISGUISES.values(), ids=DISGUISES.keys())
def test_a_disguised_prohibited_word_in_a_caption_opens_no_network(phone, screenshot, disguised):
    page = phone()
    log_in(page, "advocate@demo.example")
    page.locator("article[data-content-id]").first.get_by_role("button", name=re.compile("^Share")).click()
    sheet = page.get_by_role("dialog")
    caption = sheet.get_by_role("textbox", name="Caption", exact=True)
    caption.fill(f"{disguised} view of the launch #Northwind")
    expect(sheet.get_by_test_id("caption-problem")).to_contain_text("“insider”")
    linkedin = sheet.get_by_role("button", name="LinkedIn", exact=True)
    expect(linkedin).to_have_attribute("aria-disabled", "true")
    # A forced click still needs the button inside the viewport, and once in CI the sheet's
    # layout had not settled when it was measured: wait until it is, then click for real.
    linkedin.scroll_into_view_if_needed()
    expect(linkedin).to_be_in_viewport()
    linkedin.click(force=True)
    expect(caption).to_be_focused()
    assert len(page.context.pages) == 1  # no network opened
    if disguised == DISGUISES["cyrillic"]:
        screenshot(page, "guidelines-lookalike-refused")
