"""Insights at phone size: admins see the programme's figures, health and CSV; managers their
team's; advocates see what their own shares brought on My points."""

import csv
import io
import re
from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.helpers import log_in


def open_insights(page):
    page.get_by_role("button", name="Account menu").click()
    page.get_by_role("link", name="Insights").click()
    expect(page.get_by_role("heading", name="Insights", level=1)).to_be_visible()


def test_admins_see_the_programme_and_download_what_they_see(phone, screenshot):
    page = phone()
    log_in(page, "admin@demo.example")
    open_insights(page)
    page.get_by_role("button", name="Last 30 days").click()
    shares = page.get_by_test_id("total-shares")
    expect(shares).not_to_have_text(re.compile(r"^\s*Shares\s*0\s*$"))
    overview = page.request.get("/api/v1/analytics/overview").json()
    expect(shares).to_contain_text(f"{overview['totals']['shares']:,}")
    expect(page.get_by_role("img", name=re.compile(r"shares and .* clicks over 30 days"))).to_be_visible()
    expect(page.get_by_test_id("health-participation")).to_be_visible()
    screenshot(page, "insights-admin")

    with page.expect_download() as download:
        page.get_by_test_id("csv-by_advocate").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert sum(int(row["shares"]) for row in rows) == overview["totals"]["shares"]
    page.get_by_test_id("table-by_content").scroll_into_view_if_needed()
    screenshot(page, "insights-tables")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_managers_see_their_team_and_advocates_their_own_clicks(phone):
    manager = phone()
    log_in(manager, "manager@demo.example")
    open_insights(manager)
    team = manager.request.get("/api/v1/me").json()["team"]["name"]
    expect(manager.get_by_test_id("insights-team-name")).to_contain_text(team)

    advocate = phone()
    log_in(advocate, "advocate@demo.example")
    mine = advocate.request.get("/api/v1/me/analytics").json()["month"]["clicks"]
    advocate.get_by_role("link", name="My points").click()
    expect(advocate.get_by_test_id("my-clicks")).to_contain_text(f"brought {mine} click")
    advocate.get_by_role("button", name="Account menu").click()
    expect(advocate.get_by_role("link", name="Insights")).to_have_count(0)
