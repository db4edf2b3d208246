"""Single sign-on at phone size: a server configured (by environment, as in production) for an
OpenID Connect provider on loopback, with passwords off."""

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import serious_violations, small_targets
from tests.support.live_server import live_servers
from tests.support.oidc_provider import OidcProvider

LABEL = "Sign in with Loopback ID"
# Waits in the page, not by polling: polling a string needs eval, which the app's policy forbids.
CONTROLLED = """navigator.serviceWorker.controller || new Promise(done =>
  navigator.serviceWorker.addEventListener('controllerchange', () => done(true), {once: true}))"""


@pytest.fixture(scope="module")
def provider():
    with OidcProvider() as running:
        yield running


@pytest.fixture(scope="module")
def sso_url(tmp_path_factory, provider):
    settings = {
        "OIDC_ISSUER": provider.url,
        "OIDC_CLIENT_ID": provider.client_id,
        "OIDC_CLIENT_SECRET": provider.client_secret,
        "OIDC_BUTTON_LABEL": LABEL,
        "OIDC_ONLY": "1",
    }
    with live_servers(tmp_path_factory.mktemp("sso"), "sso", 1, overrides=settings) as group:
        # Registered once the server's address is known, as an administrator would at the provider.
        provider.redirect_uris.append(f"{group.urls[0]}/auth/sso/callback")
        yield group.urls[0]


def open_login(phone_at, sso_url):
    page = phone_at(sso_url)
    page.goto("/")
    expect(page.get_by_role("link", name=LABEL)).to_be_visible()
    # The service worker controls the page by now: it must let the sign-in reach the server.
    page.evaluate(CONTROLLED)
    return page


def test_an_advocate_signs_in_at_the_provider_and_lands_on_the_feed(phone_at, sso_url, provider, screenshot):
    provider.user = {"sub": "idp-7", "email": "advocate@demo.example", "email_verified": True, "name": "A"}
    page = open_login(phone_at, sso_url)
    expect(page.locator("input[name=password]")).to_have_count(0)  # OIDC_ONLY: no password form
    assert serious_violations(page) == [] and small_targets(page) == []
    screenshot(page, "sso-1-login")

    page.get_by_role("link", name=LABEL).tap()
    expect(page.get_by_role("heading", name="Loopback ID")).to_be_visible()
    screenshot(page, "sso-2-provider")
    page.get_by_role("button", name="Continue").tap()

    expect(page.locator("[data-testid=points-total]")).to_be_visible()
    assert page.evaluate("location.hash").startswith("#/feed")
    expect(page.get_by_role("heading", name="Your feed")).to_be_visible()
    screenshot(page, "sso-3-feed")


def test_cancelling_at_the_provider_comes_back_with_a_message(phone_at, sso_url, screenshot):
    page = open_login(phone_at, sso_url)
    page.emulate_media(color_scheme="dark")  # the message must read well in the dark theme too
    page.get_by_role("link", name=LABEL).tap()
    page.get_by_role("button", name="Cancel").tap()

    expect(page.get_by_role("alert")).to_contain_text("Sign-in was cancelled")
    expect(page.get_by_role("link", name=LABEL)).to_be_visible()  # to try again
    assert page.evaluate("location.hash") == "#/login"  # a reload does not repeat the message
    assert serious_violations(page) == []
    screenshot(page, "sso-4-cancelled")
