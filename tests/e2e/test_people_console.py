"""The People console (issue 21) at 1280x800: an admin finds a person, changes their team and
role, deactivates and reactivates them, copies an invitation link after a reload, and imports a
CSV whose dry run shows an error row before the import writes and its invitations go out. At
390x844 the list and a person's panel work on a phone."""

import re
import uuid

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import fits_the_width, log_in, serious_violations
from tests.e2e.test_accounts import LINK, _api, _fresh_email, _joined, _team_id

DASH = "\N{EN DASH}"  # the page count prints a range with it
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def open_page(browser, server_url):
    """A fresh browser context at a size, signed in as someone; each call is a separate person."""
    contexts = []

    def open_as(email: str | None, size: dict) -> Page:
        context = browser.new_context(base_url=server_url, device_scale_factor=1, **size)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        if email:
            log_in(page, email)
        return page

    yield open_as
    for context in contexts:
        context.close()


def _go(page: Page, hash_path: str) -> None:
    page.evaluate(f"location.hash = '{hash_path}'")
    expect(page.get_by_role("heading", name="People", level=1)).to_be_visible()


def _person_via_api(page: Page, email: str) -> dict:
    found = page.request.get("/api/v1/people", params={"q": email}).json()["items"]
    return next(person for person in found if person["email"] == email)


def test_an_admin_finds_a_person_and_changes_their_team_role_and_state(open_page, screenshot):
    admin = open_page("admin@demo.example", DESKTOP)
    email = _fresh_email("mover")
    _joined(admin, open_page(None, PHONE), email)
    _go(admin, "#/people")
    expect(admin.locator("table.people-table")).to_be_visible()
    screenshot(admin, "people-table-1280x800")

    admin.get_by_label("Search people").fill(email[:10])
    row = admin.locator(f"tr[data-person-email='{email}']")
    expect(row).to_be_visible()
    expect(admin.locator("table.people-table tbody tr")).to_have_count(1)
    assert "q=" in admin.url  # the search is in the address, to bookmark or share
    row.get_by_role("button", name="Temp Advocate").click()
    panel = admin.locator(f"aside[data-person-email='{email}']")
    expect(panel.get_by_role("heading", name="Temp Advocate")).to_be_focused()

    panel.get_by_label("Team").select_option(label="Marketing")
    panel.get_by_label("Role").select_option("manager")
    panel.get_by_label("Location").fill("Lisbon")
    panel.get_by_role("button", name="Save changes").click()
    expect(admin.get_by_test_id("toast").get_by_text("Temp Advocate: changes saved.")).to_be_visible()
    expect(row.locator("td").nth(2)).to_have_text("Marketing")
    expect(row.locator("td").nth(1)).to_have_text("Manager")
    screenshot(admin, "people-panel-changed-1280x800")
    stored = _person_via_api(admin, email)
    assert (stored["team"]["name"], stored["role"], stored["location"]) == ("Marketing", "manager", "Lisbon")
    admin.reload()  # the address holds the search and the open person: a bookmark opens both
    expect(panel.get_by_role("heading", name="Temp Advocate")).to_be_visible()
    expect(panel.get_by_label("Location")).to_have_value("Lisbon")

    panel.get_by_role("button", name="Deactivate").click()
    expect(panel.get_by_text("signed out everywhere at once")).to_be_visible()
    screenshot(admin, "people-confirm-deactivate-1280x800")
    panel.get_by_role("button", name="Yes, deactivate").click()
    expect(row.get_by_text("Deactivated")).to_be_visible()
    assert _person_via_api(admin, email)["active"] is False
    panel.get_by_role("button", name="Reactivate").click()
    expect(row.get_by_text("Active", exact=True)).to_be_visible()
    assert _person_via_api(admin, email)["active"] is True

    admin.keyboard.press("Escape")  # the panel closes and focus goes back to the person's name
    expect(panel).to_be_hidden()
    expect(row.get_by_role("button", name="Temp Advocate")).to_be_focused()
    assert serious_violations(admin) == []


def test_the_table_sorts_and_filters_on_the_server(open_page):
    admin = open_page("admin@demo.example", DESKTOP)
    _go(admin, "#/people")
    total = admin.request.get("/api/v1/people").json()["total"]
    assert total > 25  # the demo company and the tests' newcomers: more than a page
    expect(admin.locator("table.people-table tbody tr")).to_have_count(25)
    expect(admin.get_by_text(f"1{DASH}25 of {total}")).to_be_visible()
    admin.get_by_role("button", name="Next").click()
    expect(admin.get_by_text(f"26{DASH}{min(total, 50)} of {total}")).to_be_visible()
    assert "page=2" in admin.url

    admin.get_by_label("Team").select_option(label="Sales")
    expect(admin.locator("table.people-table tbody tr").first).to_be_visible()
    teams = admin.locator("table.people-table tbody tr td:nth-child(4)")
    expect(teams.first).to_have_text("Sales")
    assert set(teams.all_inner_texts()) == {"Sales"}

    header = admin.get_by_role("columnheader", name=re.compile("^Name"))
    header.get_by_role("button").click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    with admin.expect_response(lambda response: "sort=-name" in response.url):
        header.get_by_role("button").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(admin.locator(".people-results[aria-busy=true]")).to_have_count(0)
    names = admin.locator("table.people-table tbody th").all_inner_texts()
    assert names == sorted(names, key=str.lower, reverse=True)
    assert "sort=-name" in admin.url and "team=" in admin.url


def test_an_invitation_link_can_be_copied_after_a_reload(open_page, screenshot):
    admin = open_page("admin@demo.example", DESKTOP)
    email = _fresh_email("later")
    body = {"email": email, "role": "advocate", "team_id": _team_id(admin, "Sales")}
    link = _api(admin, "POST", "/api/v1/invitations", body)["link"]
    _go(admin, "#/people/invitations")
    admin.reload()  # the link the answer carried is long gone from the page

    card = admin.locator(f"[data-invitation-email='{email}']")
    card.get_by_role("button", name="Copy link").click()
    box = admin.get_by_label(f"Invitation link for {email}")
    expect(box).to_have_value(link)
    assert LINK.fullmatch(box.input_value())
    card.evaluate("card => card.scrollIntoView({block: 'center'})")
    screenshot(admin, "people-invitation-copied-1280x800")


def test_an_import_is_checked_row_by_row_then_applied_with_progress(open_page, tmp_path, screenshot):
    admin = open_page("admin@demo.example", DESKTOP)
    tag = uuid.uuid4().hex[:8]
    csv = tmp_path / "people.csv"
    csv.write_text(
        "email,name,team,department,location,role,manager\n"
        f"ada-{tag}@demo.example,Ada Import,Sales,Commercial,Lisbon,advocate,\n"
        f"ben-{tag}@demo.example,Ben Import,Marketing,,,advocate,\n"
        f"cy-{tag}@demo.example,Cy Import,Salse,,,advocate,\n"
    )
    _go(admin, "#/people/import")
    expect(admin.get_by_role("link", name="Download the template")).to_have_attribute(
        "download", "amplify-people-template.csv"
    )
    admin.get_by_label("CSV file").set_input_files(str(csv))
    admin.get_by_role("button", name="Check file").click()
    summary = admin.locator("#import-summary")
    expected = "2 new, 0 changed, 0 unchanged, 1 with an error: fix it or it will be skipped."
    expect(summary).to_have_text(expected)
    # Errors come first: the row, its email and the reason in words.
    error_row = admin.locator("tr[data-import-row='4']")
    expect(error_row).to_contain_text(f"cy-{tag}@demo.example")
    expect(error_row).to_contain_text(re.compile("Team: .*Salse"))
    expect(admin.locator(".import-table tbody tr")).to_have_count(1)
    screenshot(admin, "people-import-check-1280x800")
    assert serious_violations(admin) == []
    admin.get_by_role("button", name="New (2)").click()
    expect(admin.locator(".import-table tbody tr")).to_have_count(2)
    assert admin.request.get("/api/v1/people", params={"q": tag}).json()["total"] == 0  # a dry run

    admin.get_by_role("button", name="Import 2 people").click()
    bar = admin.get_by_role("progressbar", name=re.compile("Import finished|Sending invitations"))
    expect(bar).to_be_visible()
    finished = admin.get_by_text("Import finished. 2 of 2 invitations sent.").first
    expect(finished).to_be_visible(timeout=20_000)
    assert bar.evaluate("bar => [bar.value, bar.max]") == [2, 2]
    screenshot(admin, "people-import-finished-1280x800")
    assert admin.request.get("/api/v1/people", params={"q": tag}).json()["total"] == 2

    # The imported are in the list at once, invited, with their invitation's link to pass on.
    admin.get_by_role("link", name="See people").click()
    admin.get_by_label("Search people").fill(f"ada-{tag}")
    row = admin.locator(f"tr[data-person-email='ada-{tag}@demo.example']")
    expect(row.get_by_text("Invited")).to_be_visible()
    row.get_by_role("button", name="Ada Import").click()
    admin.get_by_role("button", name="Invitation link").click()
    expect(admin.get_by_label(f"Invitation link for ada-{tag}@demo.example")).to_have_value(LINK)


def test_the_list_and_a_person_work_on_a_phone(open_page, screenshot):
    admin = open_page("admin@demo.example", PHONE)
    email = _fresh_email("pocket")
    _joined(admin, open_page(None, PHONE), email)
    _go(admin, "#/people")
    expect(admin.locator("table.people-table")).to_have_count(0)
    expect(admin.locator("li[data-person-email]").first).to_be_visible()
    assert fits_the_width(admin)
    screenshot(admin, "people-list-390x844")

    admin.get_by_label("Search people").fill(email)
    admin.locator(f"li[data-person-email='{email}'] button").click()
    panel = admin.locator(f"aside[data-person-email='{email}']")
    expect(panel.get_by_label("Team")).to_be_visible()
    expect(admin.locator("li[data-person-email]")).to_have_count(0)  # the panel took the list's place
    panel.get_by_label("Department").fill("Field sales")
    panel.get_by_role("button", name="Save changes").click()
    expect(admin.get_by_test_id("toast").get_by_text("Temp Advocate: changes saved.")).to_be_visible()
    assert fits_the_width(admin)
    assert serious_violations(admin) == []
    screenshot(admin, "people-panel-390x844")

    panel.get_by_role("button", name="Back to people").click()
    expect(admin.locator(f"li[data-person-email='{email}']")).to_be_visible()
    assert _person_via_api(admin, email)["department"] == "Field sales"

    for part, heading in [("invitations", "Invite someone"), ("import", "Import people from a CSV file")]:
        admin.get_by_role("link", name=part.capitalize(), exact=True).click()
        expect(admin.get_by_role("heading", name=heading)).to_be_visible()
        assert fits_the_width(admin), part
        assert serious_violations(admin) == [], part
        screenshot(admin, f"people-{part}-390x844")
