"""Browser fixtures: Debian's Chromium at phone size, against a live seeded server."""

from pathlib import Path

import pytest
import sqlalchemy
from PIL import Image, ImageDraw
from playwright.sync_api import expect, sync_playwright

from server.config import ROOT
from tests.support.live_server import live_servers

CHROMIUM = "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
DESK = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False}
# Without these, Chromium keeps dialling Google services this machine cannot reach.
QUIET = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# CI runs the browser tiers beside the API tiers on two cores, where a login (a password hash
# and the first feed) has taken over expect()'s default 5 s. Assertions wait as long as actions.
expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    with live_servers(tmp_path_factory.mktemp("e2e"), "e2e", 1) as group:
        yield group


@pytest.fixture(scope="session")
def server_url(server):
    return server.urls[0]


@pytest.fixture(scope="session")
def server_database(server):
    """The live server's database, for checking what a journey really stored."""
    engine = sqlalchemy.create_engine(_database_url_of(server.database_url))
    yield engine
    engine.dispose()


def _database_url_of(url: str) -> str:
    return url if url.startswith("sqlite") else "postgresql+psycopg://" + url.split("://", 1)[1]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=QUIET)
        yield browser
        browser.close()


@pytest.fixture
def page_at(browser):
    """Open a fresh browser context of the given size on the server at a base URL; each call is a
    separate person."""
    contexts, blocked = [], []

    def open_page(base_url: str, size: dict):
        context = browser.new_context(base_url=base_url, **size)
        context.set_default_timeout(10_000)
        context.on("console", lambda message: _note_policy_violation(message, blocked))
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
    # The app must work under its Content Security Policy: anything it blocked is a bug.
    assert blocked == [], blocked


@pytest.fixture
def phone_at(page_at):
    """Open a phone-sized (390x844) page on the server at a base URL; each call is a separate person."""
    return lambda base_url: page_at(base_url, PHONE)


@pytest.fixture
def phone(phone_at, server_url):
    """Open a fresh phone-sized browser context on the shared server; each call is a separate person."""
    return lambda: phone_at(server_url)


@pytest.fixture
def desk(page_at, server_url):
    """Open a fresh desktop-sized (1280x800) page on the shared server, as managers and admins work;
    each call is a separate person."""
    return lambda: page_at(server_url, DESK)


def _note_policy_violation(message, blocked: list) -> None:
    if "Content Security Policy" in message.text:
        blocked.append(message.text)


@pytest.fixture
def screenshot():
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), animations="disabled")  # toasts mid-fade are unreadable
        return path

    return take


@pytest.fixture
def logo(tmp_path):
    """A company logo as a PNG file, for the branding screens to upload."""
    path = tmp_path / "logo.png"
    image = Image.new("RGB", (256, 256), "#1f4e8c")
    ImageDraw.Draw(image).ellipse((48, 48, 208, 208), fill="#f5b700")
    image.save(path)
    return path
