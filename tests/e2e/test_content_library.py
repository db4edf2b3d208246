"""The content library (issue 21) in the browser: an admin at a desk schedules an item from a
link preview, finds it under Scheduled with its publish time, edits it, previews it as an
advocate, archives and restores it; a manager on a phone targets only the teams they manage and
reads who will see it."""

import http.server
import io
import re
import threading
from datetime import date, timedelta

import pytest
from PIL import Image, ImageOps
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.helpers import fits_the_width, log_in, serious_violations
from tests.support.live_server import live_server

DESK = {"viewport": {"width": 1280, "height": 800}, "locale": "en-GB", "timezone_id": "UTC"}
TITLE = "Northwind opens its Lisbon workshop"
SUMMARY = "Forty makers, one river view and the packs you carry."
PAGE = f"""<!doctype html><html><head>
<meta property="og:title" content="{TITLE}">
<meta property="og:description" content="{SUMMARY}">
<meta property="og:image" content="https://cdn.northwind.example/lisbon.jpg">
<meta name="twitter:card" content="summary_large_image">
<title>Lisbon</title></head><body><p>News</p></body></html>"""


@pytest.fixture(scope="module")
def library_url(tmp_path_factory):
    """A server of its own that may read link previews from loopback, where the test page is."""
    folder = tmp_path_factory.mktemp("library")
    with live_server(folder, "library", overrides={"LINK_PREVIEW_ALLOW_PRIVATE": "1"}) as url:
        yield url


@pytest.fixture(scope="module")
def article_url():
    """A company news page with Open Graph tags, served on loopback."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/lisbon"
    server.shutdown()
    server.server_close()


class _Article(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGE.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_(url: str, **options):
        context = browser.new_context(base_url=url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def cover(tmp_path):
    """A photo to upload for the card."""
    path = tmp_path / "lisbon.png"
    buffer = io.BytesIO()
    light = Image.linear_gradient("L").rotate(45, expand=True).resize((1200, 630))
    ImageOps.colorize(light, "#1e3a8a", "#38bdf8").save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def test_an_admin_schedules_edits_previews_archives_and_restores(
    open_page, library_url, article_url, cover, screenshot
):
    page = open_page(library_url, **DESK)
    log_in(page, "admin@demo.example")
    page.goto("/#/library/new")

    link = page.get_by_label("Link to share")
    link.fill(article_url)
    link.press("Tab")  # leaving the field reads the page
    expect(page.get_by_label("Title")).to_have_value(TITLE)
    expect(page.get_by_label("Summary")).to_have_value(SUMMARY)

    fake = cover.with_name("not-a-photo.png")
    fake.write_text("a text file wearing a .png name")
    page.set_input_files("#field-image-file", str(fake))
    expect(page.locator("#field-image-file-error")).to_be_visible()
    page.set_input_files("#field-image-file", str(cover))
    expect(page.locator("#field-image-file-error")).to_have_count(0)
    expect(page.get_by_test_id("image-preview")).to_have_attribute("src", re.compile("/media/"))
    page.get_by_label("LinkedIn", exact=True).fill("Our new Lisbon workshop is open.")
    page.get_by_role("button", name="Add another caption for LinkedIn").click()
    page.get_by_label("LinkedIn, caption 2").fill("Forty makers and a river view: meet Lisbon.")
    page.get_by_label("Tags").fill("launch, lisbon")

    page.get_by_role("checkbox", name="Engineering").check()
    audience = page.get_by_test_id("audience-note")
    expect(audience).to_contain_text("will see this: everyone in Engineering.")

    tomorrow = date.today() + timedelta(days=1)
    page.get_by_role("radio", name="Schedule").check()
    page.get_by_label("Publish at").fill(f"{tomorrow.isoformat()}T09:00")
    when = f"{tomorrow:%a} {tomorrow.day} {tomorrow:%b}, 09:00"
    assert serious_violations(page) == []
    screenshot(page, "library-new-desktop")
    page.get_by_role("button", name="Schedule", exact=True).click()

    toast = page.get_by_test_id("toast").filter(has_text=f"Scheduled for {when}")
    expect(toast).to_be_visible()
    expect(page.get_by_test_id("toast").filter(has_text="Published")).to_have_count(0)
    expect(page.get_by_role("tab", name="Scheduled")).to_have_attribute("aria-selected", "true")
    row = page.locator("tr", has_text=TITLE)
    expect(row).to_contain_text(f"Publishes {when}")
    expect(row).to_contain_text("Engineering")
    assert fits_the_width(page)
    assert serious_violations(page) == []
    screenshot(page, "library-scheduled-desktop")

    row.get_by_role("button", name=TITLE).click()
    panel = page.get_by_test_id("item-panel")
    panel.get_by_role("link", name="Edit").click()
    expect(page.get_by_label("Publish at")).to_have_value(f"{tomorrow.isoformat()}T09:00")
    screenshot(page, "library-edit-desktop")
    page.get_by_label("Title").fill(f"{TITLE}, this week")
    page.get_by_role("button", name="Save changes").click()
    changed = page.get_by_test_id("toast").filter(has_text=f"Changes saved: still scheduled for {when}")
    expect(changed).to_be_visible()
    edited = page.locator("tr", has_text=f"{TITLE}, this week")
    expect(edited).to_contain_text(f"Publishes {when}")

    edited.get_by_role("button").click()
    panel.get_by_role("button", name="Preview as an advocate").click()
    preview = page.get_by_test_id("advocate-preview")
    expect(preview.locator("article.card")).to_contain_text(f"{TITLE}, this week")
    expect(preview.locator("article.card img")).to_have_attribute("src", re.compile("/media/"))
    screenshot(page, "library-preview-desktop")
    preview.get_by_role("button", name="Close the preview").click()

    panel.get_by_role("button", name="Archive").click()
    expect(page.get_by_test_id("toast").filter(has_text="Archived")).to_be_visible()
    page.get_by_role("tab", name="Archived").click()
    archived = page.locator("tr", has_text=f"{TITLE}, this week")
    archived.get_by_role("button").click()
    assert serious_violations(page) == []
    screenshot(page, "library-archived-panel-desktop")
    panel.get_by_role("button", name="Restore").click()
    expect(page.get_by_test_id("toast").filter(has_text="Restored as a draft")).to_be_visible()
    page.get_by_role("tab", name="Drafts").click()
    draft = page.locator("tr", has_text=f"{TITLE}, this week")
    expect(draft).to_contain_text("Draft")
    page.get_by_label("Search").fill("lisbon")  # a tag
    expect(page.locator("tbody tr")).to_have_count(1)
    screenshot(page, "library-drafts-desktop")

    draft.get_by_role("button").click()
    panel.get_by_role("button", name="Duplicate").click()
    expect(page.get_by_label("Title")).to_have_value(re.compile(f"^Copy of {TITLE}"))
    page.get_by_role("link", name="Content library").first.click()
    page.get_by_role("tab", name="Drafts").click()
    copy = page.locator("tr", has_text=f"Copy of {TITLE}")
    copy.get_by_role("button").click()
    panel.get_by_role("button", name="Delete").click()
    panel.get_by_role("button", name="Delete draft").click()
    expect(page.get_by_test_id("toast").filter(has_text="Draft deleted")).to_be_visible()
    expect(copy).to_have_count(0)


def test_a_manager_on_a_phone_targets_only_their_teams(open_page, library_url, screenshot):
    page = open_page(library_url, **PHONE, locale="en-GB")
    log_in(page, "manager@demo.example")
    page.goto("/#/library/new")

    teams = page.get_by_role("group", name="Who should see it?")
    expect(teams.get_by_role("checkbox")).to_have_count(1)
    expect(teams.get_by_role("checkbox", name="Sales")).to_be_checked()
    expect(teams.get_by_role("radio", name="Everyone")).to_have_count(0)
    expect(page.get_by_test_id("audience-note")).to_have_text(
        re.compile(r"^\d+ (people|person) will see this: everyone in Sales\.$")
    )
    teams.scroll_into_view_if_needed()
    assert fits_the_width(page)
    assert serious_violations(page) == []
    screenshot(page, "library-manager-phone")

    teams.get_by_role("checkbox", name="Sales").uncheck()
    expect(page.get_by_test_id("audience-note")).to_contain_text("tick at least one team")

    page.goto("/#/library")
    expect(page.get_by_role("tab", name="Published")).to_have_attribute("aria-selected", "true")
    expect(page.locator(".library-card").first).to_be_visible()
    assert fits_the_width(page)
    assert serious_violations(page) == []
    screenshot(page, "library-list-phone")

    page.locator(".library-card").first.click()
    panel = page.get_by_test_id("item-panel")
    expect(panel.get_by_role("link", name="Edit")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "library-panel-phone")
