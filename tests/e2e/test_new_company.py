"""A really new company (issue 21): an empty database, migrated, with one admin made by
`flask create-user` as a real installation does. In the browser at 1280x800 that admin brands the
company, creates two teams, imports people into them, and publishes a scheduled item to one team,
then edits and archives it; the database holds what the screens said. At 390x844 the same admin
schedules an item from the phone form and finds it in the library."""

import http.server
import re
import threading
from datetime import date, timedelta

import pytest
import sqlalchemy
from PIL import Image, ImageDraw
from playwright.sync_api import Page, expect

from server.demo import PASSWORD
from tests.e2e.conftest import PHONE, _database_url_of
from tests.e2e.helpers import fits_the_width, log_in, serious_violations
from tests.support.databases import fresh_database
from tests.support.live_server import live_servers, run_flask

ADMIN = "founder@brightwell.example"
COMPANY = "Brightwell Ceramics"
TOO_LIGHT = "#ffd27f"
DESK = {"viewport": {"width": 1280, "height": 800}, "locale": "en-GB", "timezone_id": "UTC"}
TEAMS = ("Studio", "Shop Floor")
PEOPLE = (
    "email,name,team,department,location,role,manager\n"
    "ines@brightwell.example,Ines Costa,Studio,Design,Porto,advocate,\n"
    "joao@brightwell.example,Joao Reis,Studio,Design,Porto,advocate,\n"
    "marta@brightwell.example,Marta Lima,Shop Floor,Retail,Lisbon,advocate,\n"
    "rui@brightwell.example,Rui Alves,Kiln Room,,,advocate,\n"  # no such team: skipped
)
TITLE = "Brightwell opens its first shop"
CAPTION = "Our first shop is open: come and see the kiln."
PAGE_HTML = (
    b"<!doctype html><html><head><meta property='og:title' content='Shop news'>"
    b"<title>Shop</title></head><body><p>News</p></body></html>"
)


def _start_empty(folder):
    """`prepare` for live_servers: point the servers at an empty database of their own, migrate
    it and make the first admin, as docs/operations.md tells an operator to."""

    def prepare(env: dict) -> None:
        env["DATABASE_URL"] = fresh_database("new_company_empty", folder)
        first_admin = ("--email", ADMIN, "--name", "Bea Founder", "--role", "admin", "--password", PASSWORD)
        for command in (("db", "upgrade"), ("create-user", *first_admin)):
            done = run_flask(env, *command)
            assert done.returncode == 0, done.stderr

    return prepare


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    folder = tmp_path_factory.mktemp("new-company")
    overrides = {"LINK_PREVIEW_ALLOW_PRIVATE": "1"}
    with live_servers(folder, "new_company", 1, prepare=_start_empty(folder), overrides=overrides) as group:
        engine = sqlalchemy.create_engine(_database_url_of(group.database_url))
        yield group.urls[0], engine
        engine.dispose()


@pytest.fixture(scope="module")
def article_url():
    """The company's news page, served on loopback for the link preview."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/shop"
    server.shutdown()
    server.server_close()


class _Article(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE_HTML)))
        self.end_headers()
        self.wfile.write(PAGE_HTML)

    def log_message(self, *args):
        pass


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_(url: str, **options) -> Page:
        context = browser.new_context(base_url=url, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        log_in(page, ADMIN)
        return page

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "brightwell.png"
    image = Image.new("RGB", (320, 160), "#8a3b12")
    ImageDraw.Draw(image).rectangle((40, 40, 280, 120), fill="#f4e1c1")
    image.save(path)
    return path


def _toast(page: Page, text: str) -> None:
    expect(page.get_by_test_id("toast").filter(has_text=text)).to_be_visible()


def _rows(engine, sql: str, **params) -> list:
    with engine.connect() as connection:
        return list(connection.execute(sqlalchemy.text(sql), params))


def test_a_new_company_is_set_up_at_a_desk(company, article_url, open_page, logo, tmp_path, screenshot):
    url, engine = company
    assert _rows(engine, "select count(*) from users")[0][0] == 1  # really new: only the founder
    page = open_page(url, **DESK)
    screenshot(page, "new-company-01-first-login")
    suggestion = _brand(page, logo, screenshot)
    _create_teams(page, screenshot)
    _import_people(page, tmp_path, screenshot)
    when = _schedule_item(page, article_url, screenshot)
    _edit_and_archive(page, when, screenshot)

    org = _rows(engine, "select name, brand_colour, logo_url from organisations")
    assert len(org) == 1 and org[0][0] == COMPANY and org[0][1] == suggestion and org[0][2]
    teams = dict(_rows(engine, "select name, id from teams where archived_at is null"))
    assert set(teams) == set(TEAMS)
    people = _rows(engine, "select email, team_id from users where email != :admin", admin=ADMIN)
    assert sorted(people) == sorted(
        [
            ("ines@brightwell.example", teams["Studio"]),
            ("joao@brightwell.example", teams["Studio"]),
            ("marta@brightwell.example", teams["Shop Floor"]),
        ]
    )
    item = _rows(engine, "select id, title, status, publish_at, captions, url from content")
    assert len(item) == 1, item
    content_id, title, status, publish_at, captions, link = item[0]
    assert (title, status, link) == (f"{TITLE}, this week", "archived", article_url)
    assert CAPTION in str(captions), captions
    assert str(publish_at).startswith(f"{date.today() + timedelta(days=1)} 09:00"), item
    targets = _rows(engine, "select team_id from content_targets where content_id = :id", id=content_id)
    assert targets == [(teams["Studio"],)]


def _brand(page: Page, logo, screenshot) -> str:
    page.goto("/#/organisation")
    expect(page.get_by_role("heading", name="Organisation", level=1)).to_be_visible()
    branding = page.get_by_role("region", name="Branding")
    branding.get_by_label("Company name").fill(COMPANY)
    branding.get_by_test_id("logo-file").set_input_files(logo)
    expect(branding.get_by_role("img", name="Your logo")).to_be_visible()
    colour = branding.get_by_role("textbox", name="Brand colour", exact=True)
    colour.fill(TOO_LIGHT)
    branding.get_by_role("button", name="Save branding").click()
    expect(branding.get_by_text("a darker shade that passes")).to_be_visible()
    use = branding.get_by_role("button", name=re.compile(r"^Use #[0-9a-f]{6}$"))
    suggestion = use.inner_text().split()[-1]
    screenshot(page, "new-company-02-colour-refused")
    use.click()
    branding.get_by_role("button", name="Save branding").click()
    _toast(page, "Branding saved.")
    expect(page.locator(".brand-name")).to_have_text(COMPANY)
    screenshot(page, "new-company-03-branded")
    return suggestion


def _create_teams(page: Page, screenshot) -> None:
    page.goto("/#/teams")
    expect(page.get_by_role("heading", name="Teams", level=1)).to_be_visible()
    screenshot(page, "new-company-04-no-teams")
    for name in TEAMS:
        page.get_by_role("button", name="New team").click()
        dialog = page.get_by_role("dialog", name="New team")
        dialog.get_by_label("Team name").fill(name)
        dialog.get_by_role("button", name="Create team").click()
        expect(dialog).to_be_hidden()
        _toast(page, f"{name} created.")
        expect(page.locator(f"tr[data-team='{name}']")).to_be_visible()
    screenshot(page, "new-company-05-teams")


def _import_people(page: Page, tmp_path, screenshot) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(PEOPLE)
    page.goto("/#/people/import")
    expect(page.get_by_role("heading", name="People", level=1)).to_be_visible()
    page.get_by_label("CSV file").set_input_files(str(csv))
    page.get_by_role("button", name="Check file").click()
    expect(page.locator("#import-summary")).to_have_text(
        "3 new, 0 changed, 0 unchanged, 1 with an error: fix it or it will be skipped."
    )
    error_row = page.locator("tr[data-import-row='5']")
    expect(error_row).to_contain_text("rui@brightwell.example")
    expect(error_row).to_contain_text(re.compile("Team: .*Kiln Room"))
    screenshot(page, "new-company-06-import-dry-run")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Import 3 people").click()
    expect(page.get_by_text("Import finished. 3 of 3 invitations sent.").first).to_be_visible(timeout=20_000)
    screenshot(page, "new-company-07-import-finished")
    page.get_by_role("link", name="See people").click()
    expect(page.locator("tr[data-person-email]")).to_have_count(4)  # the founder and three invited
    expect(page.locator("tr[data-person-email='ines@brightwell.example']")).to_contain_text("Invited")
    page.goto("/#/teams")  # each team counts the people the import put in it
    for name, count in zip(TEAMS, (2, 1), strict=True):
        row = page.locator(f"tr[data-team='{name}']")
        expect(row).to_have_text(re.compile(rf"^{name}\W*{count}\W*Active"))
    screenshot(page, "new-company-07b-teams-after-import")


def _schedule_item(page: Page, article_url: str, screenshot) -> str:
    page.goto("/#/library/new")
    link = page.get_by_label("Link to share")
    link.fill(article_url)
    link.press("Tab")
    expect(page.get_by_label("Title")).to_have_value("Shop news")  # the preview has filled it
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("LinkedIn", exact=True).fill(CAPTION)
    page.get_by_role("checkbox", name="Studio").check()
    expect(page.get_by_test_id("audience-note")).to_have_text("2 people will see this: everyone in Studio.")
    tomorrow = date.today() + timedelta(days=1)
    page.get_by_role("radio", name="Schedule").check()
    page.get_by_label("Publish at").fill(f"{tomorrow.isoformat()}T09:00")
    screenshot(page, "new-company-08-new-item")
    page.get_by_role("button", name="Schedule", exact=True).click()
    when = f"{tomorrow:%a} {tomorrow.day} {tomorrow:%b}, 09:00"
    _toast(page, f"Scheduled for {when}")
    expect(page.get_by_role("tab", name="Scheduled")).to_have_attribute("aria-selected", "true")
    row = page.locator("tr", has_text=TITLE)
    expect(row).to_contain_text(f"Publishes {when}")
    expect(row).to_contain_text("Studio")
    screenshot(page, "new-company-09-scheduled")
    assert serious_violations(page) == []
    return when


def _edit_and_archive(page: Page, when: str, screenshot) -> None:
    page.locator("tr", has_text=TITLE).get_by_role("button", name=TITLE).click()
    panel = page.get_by_test_id("item-panel")
    panel.get_by_role("link", name="Edit").click()
    page.get_by_label("Title").fill(f"{TITLE}, this week")
    page.get_by_role("button", name="Save changes").click()
    edited = page.locator("tr", has_text=f"{TITLE}, this week")
    expect(edited).to_contain_text(f"Publishes {when}")
    edited.get_by_role("button").first.click()
    panel.get_by_role("button", name="Archive").click()
    _toast(page, "Archived")
    page.get_by_role("tab", name="Archived").click()
    expect(page.locator("tr", has_text=f"{TITLE}, this week")).to_be_visible()
    screenshot(page, "new-company-10-archived")
    assert serious_violations(page) == []


def test_the_founder_schedules_from_a_phone(company, article_url, open_page, screenshot):
    url, engine = company
    page = open_page(url, **PHONE, locale="en-GB", timezone_id="UTC")
    page.goto("/#/library/new")
    title = "Kiln open day on Saturday"
    link = page.get_by_label("Link to share")
    link.fill(article_url)
    link.press("Tab")
    expect(page.get_by_label("Title")).to_have_value("Shop news")
    page.get_by_label("Title").fill(title)
    page.get_by_label("LinkedIn", exact=True).fill("Come and fire a pot with us.")
    page.get_by_role("radio", name="Schedule").check()
    day = date.today() + timedelta(days=2)
    page.get_by_label("Publish at").fill(f"{day.isoformat()}T10:30")
    assert fits_the_width(page)
    screenshot(page, "new-company-11-phone-form")
    page.get_by_role("button", name="Schedule", exact=True).click()
    _toast(page, "Scheduled for")
    expect(page.get_by_role("tab", name="Scheduled")).to_have_attribute("aria-selected", "true")
    card = page.locator(".library-card", has_text=title)
    expect(card).to_be_visible()
    assert fits_the_width(page)
    screenshot(page, "new-company-12-phone-library")
    assert serious_violations(page) == []
    assert _rows(engine, "select count(*) from content where title = :t", t=title)[0][0] == 1
