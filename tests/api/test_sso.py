"""Single sign-on: the whole redirect dance against a real OpenID Connect provider on loopback.
The app is the Flask test client; the provider's sign-in page is answered with requests, as the
browser would, and the app calls the provider's token and key endpoints over real HTTP."""

from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from server.models import Identity, User
from tests.factories import PASSWORD, UserFactory
from tests.support.json_client import JsonClient
from tests.support.oidc_provider import OidcProvider

CALLBACK = "http://localhost/auth/sso/callback"  # the test client's host


@pytest.fixture
def provider():
    with OidcProvider() as running:
        running.redirect_uris.append(CALLBACK)
        yield running


@pytest.fixture
def sso(app, provider, monkeypatch):
    """The app configured for the loopback provider, for this test only."""
    settings = {
        "OIDC_ISSUER": provider.url,
        "OIDC_CLIENT_ID": provider.client_id,
        "OIDC_CLIENT_SECRET": provider.client_secret,
        "OIDC_BUTTON_LABEL": "Sign in with Loopback ID",
        "OIDC_ALLOWED_DOMAINS": [],
        "OIDC_AUTO_CREATE": True,
        "OIDC_DEFAULT_TEAM": None,
        "OIDC_ONLY": False,
    }
    for name, value in settings.items():
        monkeypatch.setitem(app.config, name, value)
    return app.config


def start(client: JsonClient) -> str:
    """Begin signing in; the provider's sign-in page address."""
    response = client.get("/auth/sso/start")
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"]


def answer_sign_in_page(page_url: str, decision: str = "allow") -> str:
    """Press Continue (or Cancel) on the provider's page; where it sends the browser back to."""
    page = requests.get(page_url, timeout=5)
    assert page.status_code == 200 and "Sign in to Amplify" in page.text
    response = requests.post(page_url, data={"decision": decision}, allow_redirects=False, timeout=5)
    assert response.status_code == 302
    return response.headers["Location"]


def come_back(client: JsonClient, callback_url: str):
    parts = urlsplit(callback_url)
    return client.get(f"{parts.path}?{parts.query}")


def sign_in(client: JsonClient, decision: str = "allow"):
    """The whole dance; the app's last answer (a redirect into the PWA)."""
    return come_back(client, answer_sign_in_page(start(client), decision))


def refused_with(response) -> str | None:
    location = response.headers.get("Location", "")
    assert response.status_code == 302 and location.startswith("/#/login?"), location
    return parse_qs(location.split("?", 1)[1])["sso_error"][0]


def me(client: JsonClient):
    return client.get("/api/v1/me")


def test_without_settings_sso_is_off_and_its_routes_do_not_exist(client):
    assert client.get("/api/v1/auth/sso").get_json() == {
        "enabled": False,
        "label": None,
        "start_url": None,
        "password_login": True,
    }
    assert client.get("/auth/sso/start").status_code == 404
    assert client.get("/auth/sso/callback?code=x&state=y").status_code == 404


def test_the_pwa_learns_the_button_label_and_where_it_goes(client, sso):
    assert client.get("/api/v1/auth/sso").get_json() == {
        "enabled": True,
        "label": "Sign in with Loopback ID",
        "start_url": "/auth/sso/start",
        "password_login": True,
    }


def test_the_provider_is_asked_for_a_code_with_pkce_state_and_nonce(client, sso, provider):
    query = parse_qs(urlsplit(start(client)).query)
    assert query["response_type"] == ["code"] and query["client_id"] == [provider.client_id]
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    assert query["state"][0] and query["nonce"][0]
    assert query["redirect_uri"] == [CALLBACK]
    assert set(query["scope"][0].split()) == {"openid", "email", "profile"}


def test_first_sign_in_creates_the_advocate_and_links_the_identity(client, sso, provider, db):
    sso["OIDC_DEFAULT_TEAM"] = "Field"  # no such team yet: made, as `flask create-user --team` does
    response = sign_in(client)
    assert response.status_code == 302 and response.headers["Location"] == "/#/feed"
    profile = me(client).get_json()
    assert (profile["email"], profile["display_name"]) == ("sam@example.test", "Sam")
    assert profile["role"] == "advocate"
    assert profile["team"]["name"] == "Field"
    identity = db.session.scalar(db.select(Identity))
    assert (identity.issuer, identity.subject, identity.user_id) == (provider.url, "user-1", profile["id"])


def test_an_account_made_by_sso_cannot_be_logged_into_with_a_password(client, sso):
    sign_in(client)
    for password in ("x", "!sso", PASSWORD):
        response = JsonClient(client.raw.application.test_client()).post(
            "/api/v1/auth/login", json={"email": "sam@example.test", "password": password}
        )
        assert response.status_code == 401


def test_next_sign_in_finds_the_account_by_subject_even_after_an_email_change(app, client, sso, provider, db):
    sign_in(client)
    first = me(client).get_json()
    provider.user = {**provider.user, "email": "samuel@example.test", "name": "Samuel"}
    other_browser = JsonClient(app.test_client())
    assert sign_in(other_browser).headers["Location"] == "/#/feed"
    assert me(other_browser).get_json()["id"] == first["id"]
    assert db.session.scalar(db.select(db.func.count(User.id))) == 1
    assert db.session.scalar(db.select(db.func.count(Identity.id))) == 1


def test_a_verified_email_links_the_existing_account(client, sso, provider, advocate, db):
    provider.user = {"sub": "ada-at-idp", "email": "ADA@example.test", "email_verified": True, "name": "A"}
    assert sign_in(client).headers["Location"] == "/#/feed"
    profile = me(client).get_json()
    assert (profile["id"], profile["display_name"]) == (advocate.id, "Ada")
    assert db.session.scalar(db.select(Identity.user_id).filter_by(subject="ada-at-idp")) == advocate.id
    JsonClient(client.raw.application.test_client()).login(advocate.email, PASSWORD)  # still works


def test_an_email_the_provider_says_is_unverified_links_nothing(client, sso, provider, advocate, db):
    provider.user = {"sub": "impostor", "email": advocate.email, "email_verified": False}
    assert refused_with(sign_in(client)) == "email_unverified"
    assert me(client).status_code == 401
    assert db.session.scalar(db.select(Identity)) is None


def test_an_email_only_in_userinfo_is_fetched_from_there(client, sso, provider):
    provider.email_in_id_token = False
    assert sign_in(client).headers["Location"] == "/#/feed"
    assert me(client).get_json()["email"] == "sam@example.test"


def test_signing_in_rotates_the_session(client, sso):
    old_token = client.csrf()
    sign_in(client)
    response = client.open("/api/v1/auth/logout", method="POST", headers={"X-CSRFToken": old_token})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"
    client._token = None  # what the PWA does after signing in: fetch a fresh token
    assert client.post("/api/v1/auth/logout").status_code == 204


def test_a_state_that_does_not_match_is_refused(client, sso, db):
    back = answer_sign_in_page(start(client))
    forged = back.replace("state=", "state=forged")
    assert refused_with(come_back(client, forged)) == "sso_expired"
    assert me(client).status_code == 401
    assert db.session.scalar(db.select(User)) is None


def test_a_callback_in_another_browser_is_refused(app, client, sso):
    back = answer_sign_in_page(start(client))
    stranger = JsonClient(app.test_client())
    assert refused_with(come_back(stranger, back)) == "sso_expired"
    assert me(stranger).status_code == 401


@pytest.mark.parametrize("fault", ["wrong_nonce", "bad_signature", "wrong_audience"])
def test_an_id_token_that_fails_its_checks_is_refused(client, sso, provider, db, fault):
    provider.fault = fault
    assert refused_with(sign_in(client)) == "sso_invalid"
    assert me(client).status_code == 401
    assert db.session.scalar(db.select(User)) is None


def test_cancelling_at_the_provider_says_so(client, sso):
    assert refused_with(sign_in(client, decision="deny")) == "sso_denied"
    assert me(client).status_code == 401


def test_only_allowed_email_domains_get_in(client, sso, provider, db):
    sso["OIDC_ALLOWED_DOMAINS"] = ["amplify.test"]
    assert refused_with(sign_in(client)) == "domain_not_allowed"
    assert db.session.scalar(db.select(User)) is None
    provider.user = {**provider.user, "email": "sam@amplify.test"}
    assert sign_in(client).headers["Location"] == "/#/feed"


@pytest.mark.parametrize("linked", [False, True], ids=["by-email", "by-subject"])
def test_a_deactivated_account_is_refused(client, sso, provider, advocate, db, linked):
    provider.user = {"sub": "ada-at-idp", "email": advocate.email, "email_verified": True}
    if linked:
        db.session.add(Identity(user=advocate, issuer=provider.url, subject="ada-at-idp"))
    advocate.active = False
    db.session.commit()
    assert refused_with(sign_in(client)) == "account_inactive"
    assert me(client).status_code == 401
    assert db.session.scalar(db.select(db.func.count(Identity.id))) == int(linked)


def test_without_auto_create_a_stranger_is_turned_away(client, sso, db):
    sso["OIDC_AUTO_CREATE"] = False
    assert refused_with(sign_in(client)) == "no_account"
    assert db.session.scalar(db.select(User)) is None


def test_a_provider_that_is_down_sends_the_browser_back_with_a_reason(client, sso, provider):
    provider.stop()
    assert refused_with(client.get("/auth/sso/start")) == "sso_unavailable"


def test_oidc_only_refuses_password_login_with_a_clear_403(client, sso, advocate):
    sso["OIDC_ONLY"] = True
    assert client.get("/api/v1/auth/sso").get_json()["password_login"] is False
    response = client.post("/api/v1/auth/login", json={"email": advocate.email, "password": PASSWORD})
    assert response.status_code == 403
    error = response.get_json()["error"]
    assert error["code"] == "password_login_off"
    assert "Sign in with Loopback ID" in error["message"]


def test_linking_an_admins_account_keeps_them_admin(client, sso, provider, db):
    boss = UserFactory(email="boss@example.test", role="admin", team=None)
    provider.user = {"sub": "boss", "email": boss.email, "email_verified": True}
    sign_in(client)
    assert me(client).get_json()["role"] == "admin"
