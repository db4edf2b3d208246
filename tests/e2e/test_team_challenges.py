"""Team challenges on a phone: the Sales challenge's card on an advocate's feed moves live when a
teammate shares, and the whole team sees the goal celebrated when it is reached; the team's
screen keeps ended results; ended campaigns leave the leaderboard tabs for an "Ended" list."""

import re
import uuid
from datetime import timedelta

import pytest
import requests
import sqlalchemy
from playwright.sync_api import Page, expect

from server.demo import PASSWORD
from server.models import ChallengeResult
from server.models.types import utcnow
from tests.e2e.helpers import fits_the_width, log_in, serious_violations, small_targets
from tests.support.ledger import engine_for
from tests.support.live_server import ApiSession, live_servers

ALEX = "advocate@demo.example"  # Alex Morgan, Sales
MORGAN = "manager@demo.example"  # Morgan Reyes, in Sales and its manager
NETWORKS = ("linkedin", "x", "facebook", "whatsapp", "email")
SHARES_PER_PERSON = 50  # under the 60 a minute an advocate may share


# This file's journeys share about 150 times and pay Sales its reward: on a server of their own,
# so the other browser tests' points and boards stay the demo's.
@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with live_servers(tmp_path_factory.mktemp("challenges"), "challenges", 1) as group:
        yield group


@pytest.fixture(scope="module")
def server_url(server):
    return server.urls[0]


@pytest.fixture(scope="module")
def server_database(server):
    engine = engine_for(server.database_url)
    yield engine
    engine.dispose()


def running_card(page: Page) -> dict:
    team = page.request.get("/api/v1/me").json()["team"]["id"]
    return page.request.get(f"/api/v1/challenges?team_id={team}").json()["running"][0]


def sales_sessions(server_url: str, database) -> list[ApiSession]:
    """Signed-in sessions for Sales members other than Alex, Morgan first."""
    with database.connect() as connection:
        emails = connection.execute(
            sqlalchemy.text(
                "SELECT u.email FROM users u JOIN teams t ON t.id = u.team_id "
                "WHERE t.name = 'Sales' AND u.active AND u.email <> :alex ORDER BY u.email <> :morgan, u.id"
            ),
            {"alex": ALEX, "morgan": MORGAN},
        ).scalars()
        emails = list(emails)
    sessions = []
    for email in emails:  # people other tests invited have passwords of their own: skip them
        try:
            sessions.append(ApiSession(server_url, email, PASSWORD))
        except requests.HTTPError:
            continue
    return sessions


def share(session: ApiSession, times: int) -> None:
    """Share the sharer's feed round the networks, `times` times (repeats count as shares too)."""
    items = session.get("/api/v1/content/feed").json()["items"]
    pairs = [(item["id"], network) for item in items for network in NETWORKS]
    for index in range(times):
        content_id, network = pairs[index % len(pairs)]
        body = {"content_id": content_id, "network": network, "client_id": uuid.uuid4().hex}
        response = session.post_until_answered("/api/v1/shares", body)
        assert response.status_code == 201, response.text


def expect_card(card_element, count: int, target: int) -> None:
    expect(card_element.get_by_test_id("challenge-count")).to_have_text(f"{count} of {target} shares")
    bar = card_element.get_by_role("progressbar")
    expect(bar).to_have_attribute("aria-valuenow", str(min(count, target)))


def test_a_teammates_shares_move_the_card_live_and_everyone_sees_the_goal_reached(
    phone, server_url, server_database, screenshot
):
    alex = phone()
    log_in(alex, ALEX)
    card = running_card(alex)
    target, count = card["target"], card["count"]
    assert card["state"] == "running" and count < target, "the demo's Sales challenge is already met"
    on_feed = alex.get_by_test_id("feed-challenges").get_by_test_id("challenge-card")
    expect(on_feed).to_contain_text("Sales shares 200 times this month")
    expect_card(on_feed, count, target)
    expect(on_feed.get_by_test_id("challenge-days")).to_have_text(days_words(card["days_left"]))
    expect(on_feed.get_by_test_id("challenge-reward")).to_have_text(
        f"+{card['reward_points']} points each when the team gets there"
    )
    alex.evaluate("window.__sameDocument = true")
    assert fits_the_width(alex)
    assert serious_violations(alex) == []
    assert small_targets(alex) == []
    screenshot(alex, "challenge-feed")

    alex.emulate_media(reduced_motion="reduce")  # the celebration then appears without motion
    morgan = phone()  # a teammate elsewhere in the app hears of it too
    log_in(morgan, MORGAN)
    morgan.get_by_role("link", name="My points", exact=True).click()
    sharers = sales_sessions(server_url, server_database)
    try:
        share(sharers[0], 1)  # Morgan Reyes, a teammate
        expect_card(on_feed, count + 1, target)
        expect(on_feed.get_by_test_id("challenge-contributors")).to_contain_text("Morgan Reyes")
        screenshot(alex, "challenge-feed-live")

        left = target - (count + 1)
        assert left <= SHARES_PER_PERSON * len(sharers), f"{left} shares to go is more than Sales can make"
        for sharer in sharers:
            if left <= 0:
                break
            times = min(left, SHARES_PER_PERSON - (1 if sharer is sharers[0] else 0))
            share(sharer, times)
            left -= times
    finally:
        for sharer in sharers:
            sharer.http.close()

    celebration = alex.get_by_test_id("challenge-celebration")
    expect(celebration).to_contain_text("Goal reached!")
    expect(celebration).to_contain_text(f"{target} of {target} shares")
    expect(celebration).to_contain_text(f"Everyone in Sales earned +{card['reward_points']} points")
    expect(alex.get_by_test_id("live-region")).to_contain_text("Goal reached")
    assert celebration.evaluate("e => getComputedStyle(e).animationName") == "none"
    expect(on_feed).to_have_attribute("data-state", "reached")
    expect(on_feed.get_by_test_id("challenge-state")).to_have_text("Goal reached")
    settle_animations(alex)  # the points pill flashes the reward: axe would read it mid-flash
    assert serious_violations(alex) == []
    screenshot(alex, "challenge-celebration")

    toast = morgan.get_by_test_id("toast").filter(has_text="Sales reached its goal")
    expect(toast).to_contain_text(f"+{card['reward_points']} points each")
    toast.get_by_role("button", name="See challenge").click()
    expect(morgan).to_have_url(re.compile(r"#/challenges"))

    celebration.get_by_role("button", name="Dismiss the celebration").click()
    expect(celebration).to_have_count(0)
    assert alex.evaluate("window.__sameDocument === true"), "the feed reloaded the page"
    remembered = alex.evaluate("localStorage.getItem('amplify.challenges.celebrated')")
    assert card["id"] in remembered


def settle_animations(page: Page) -> None:
    """Wait for every animation that ends to have ended (evaluated: the app's CSP forbids eval)."""
    for _ in range(60):
        if page.evaluate(
            "document.getAnimations().every(a => a.effect.getTiming().iterations === Infinity"
            " || a.playState !== 'running')"
        ):
            return
        page.wait_for_timeout(100)


def days_words(days_left: int) -> str:
    return "Last day" if days_left == 0 else f"{days_left + 1} days left"


def keep_an_ended_result(database, team_name: str) -> str:
    """A Sales challenge that ended last month, missed, kept as its result (as the sweep keeps it)."""
    name = f"Sales shares 120 times in a fortnight ({uuid.uuid4().hex[:4]})"
    now = utcnow()
    with database.begin() as connection:
        rows = connection.execute(
            sqlalchemy.text(
                "SELECT t.id, u.id FROM teams t JOIN users u ON u.team_id = t.id"
                " WHERE t.name = :name ORDER BY u.id"
            ),
            {"name": team_name},
        ).all()
        team_id, first, second = rows[0][0], rows[0][1], rows[1][1]
        connection.execute(
            ChallengeResult.__table__.insert().values(
                challenge_id=f"team.e2e-{uuid.uuid4().hex[:8]}",
                team_id=team_id,
                name=name,
                event_type="share",
                target=120,
                reward_points=40,
                starts=now - timedelta(days=40),
                ends=now - timedelta(days=26),
                count=87,
                reached_at=None,
                contributors=[{"user_id": first, "count": 52}, {"user_id": second, "count": 35}],
                updated_at=now,
            )
        )
    return name


def test_the_team_screen_lists_running_challenges_then_ended_results(phone, server_database, screenshot):
    name = keep_an_ended_result(server_database, "Sales")
    alex = phone()
    log_in(alex, ALEX)
    alex.goto("/#/challenges")
    expect(alex.get_by_role("heading", name="Team challenges", level=1)).to_be_visible()
    running = alex.get_by_test_id("running-challenges").get_by_test_id("challenge-card")
    expect(running.first).to_contain_text("Sales shares 200 times this month")
    ended = alex.get_by_test_id("ended-challenges").get_by_test_id("challenge-card").filter(has_text=name)
    expect(ended).to_have_attribute("data-state", "missed")
    expect(ended.get_by_test_id("challenge-state")).to_have_text("Missed")
    expect(ended.get_by_test_id("challenge-count")).to_have_text("87 of 120 shares")
    expect(ended.get_by_test_id("challenge-days")).to_contain_text("Ended ")
    expect(ended.get_by_test_id("challenge-contributors")).to_contain_text("52")
    still_running = alex.get_by_test_id("ended-challenges").get_by_text("Sales shares 200 times this month")
    expect(still_running).to_have_count(0)  # even once its goal is met, it ends when its window does
    assert fits_the_width(alex)
    assert serious_violations(alex) == []
    assert small_targets(alex) == []
    screenshot(alex, "challenges-screen")
    ended.scroll_into_view_if_needed()
    screenshot(alex, "challenges-screen-ended")

    alex.set_viewport_size({"width": 360, "height": 640})
    alex.emulate_media(color_scheme="dark")
    expect(ended).to_be_visible()
    assert fits_the_width(alex)
    assert small_targets(alex) == []
    assert serious_violations(alex) == []
    screenshot(alex, "challenges-screen-360-dark")


def test_an_admin_picks_a_team_on_a_wide_screen(browser, server_url, screenshot):
    context = browser.new_context(base_url=server_url, viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        log_in(page, "admin@demo.example")  # in no team: every team is theirs to look at
        page.goto("/#/challenges")
        team = page.get_by_role("combobox", name="Team")
        team.select_option(label="Sales")
        expect(page.get_by_test_id("running-challenges")).to_contain_text("Sales shares 200 times this month")
        team.select_option(label="Marketing")
        expect(page.get_by_text("No team challenge is running for Marketing right now.")).to_be_visible()
        team.select_option(label="Sales")
        expect(page.get_by_test_id("running-challenges")).to_be_visible()
        assert serious_violations(page) == []
        screenshot(page, "challenges-screen-desk")
    finally:
        context.close()


def test_ended_campaigns_leave_the_tabs_for_an_ended_list_with_their_final_boards(phone, screenshot):
    page = phone()
    log_in(page, "advocate2@demo.example")
    page.get_by_role("link", name="Leaderboard", exact=True).click()
    periods = page.get_by_role("tablist", name="Period")
    expect(periods.get_by_role("tab").first).to_be_visible()
    expect(periods).not_to_contain_text("Sustainability Month")  # ended 30 days ago
    launch = periods.get_by_role("tab", name="Product Launch")
    expect(launch.locator(".tab-detail")).to_have_text(date_range(page, "launch"))
    launch.scroll_into_view_if_needed()
    screenshot(page, "leaderboard-campaign-tab")

    ended = page.get_by_test_id("ended-boards")
    ended.get_by_text("Ended (").click()
    ended.get_by_role("button", name="Sustainability Month").click()
    final = page.get_by_test_id("final-board")
    expect(final.get_by_role("heading", name="Sustainability Month")).to_be_visible()
    expect(periods.locator("[aria-selected=true]")).to_have_count(0)  # the board shown is no tab's
    expect(final).to_contain_text("Campaign, ")
    board = page.request.get("/api/v1/leaderboards/campaign?scope=company&window=green").json()
    expect(page.locator("[data-testid=board-summary]")).to_contain_text(f"{board['total_ranked']} ranked")
    assert fits_the_width(page)
    assert serious_violations(page) == []
    assert small_targets(page) == []
    screenshot(page, "leaderboard-ended-board")

    final.get_by_role("button", name="Back to current boards").click()
    expect(final).to_have_count(0)


def date_range(page: Page, campaign_id: str) -> str:
    """The tab's dates as the PWA words them, from the index's starts and ends."""
    index = page.request.get("/api/v1/leaderboards").json()
    tab = next(p for p in index["periods"] if p.get("window") == campaign_id)
    return page.evaluate(
        """([starts, ends]) => {
          const first = new Date(starts), last = new Date(new Date(ends).getTime() - 1);
          const day = (d, o) => d.toLocaleDateString('en-GB', o);
          const dayMonth = (d) => day(d, {day: 'numeric', month: 'short'});
          if (day(first, {month: 'short'}) === day(last, {month: 'short'}))
            return `${day(first, {day: 'numeric'})}\u2013${dayMonth(last)}`;
          return `${dayMonth(first)} \u2013 ${dayMonth(last)}`;
        }""",
        [tab["starts"], tab["ends"]],
    )
