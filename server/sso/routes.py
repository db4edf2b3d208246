"""GET /auth/sso/start sends the browser to the provider; GET /auth/sso/callback is where it
comes back. Both end in a redirect to the PWA: the feed, or the login screen with an error code
the PWA turns into a message (never text taken from the URL)."""

import logging
from urllib.parse import quote

from flask import Blueprint, abort, redirect, url_for

from server.sso import accounts as sso
from server.sso import client
from server.sso.verify import refusals, verified_claims

log = logging.getLogger(__name__)
blp = Blueprint("sso", __name__, url_prefix="/auth/sso")


@blp.before_request
def _only_when_configured():
    if not sso.enabled():
        abort(404)


@blp.get("/start")
def start():
    """Redirect to the provider's sign-in page, remembering state, nonce and PKCE verifier."""
    oidc = client.provider()
    try:
        with refusals():
            client.issuer_of(oidc)
            return oidc.authorize_redirect(url_for("sso.callback", _external=True))
    except sso.SsoRefused as refusal:
        return _back_to_login(refusal)


@blp.get("/callback")
def callback():
    """Log in whoever the provider vouched for, then open the feed."""
    try:
        sso.sign_in(*verified_claims())
    except sso.SsoRefused as refusal:
        return _back_to_login(refusal)
    return redirect("/#/feed")


def _back_to_login(refusal: sso.SsoRefused):
    log.warning("single sign-on refused: %s", refusal)
    return redirect(f"/#/login?sso_error={quote(refusal.code)}")
