"""Log in, log out, the CSRF token browsers send with every unsafe request, and whether single
sign-on is on."""

from flask import current_app, url_for
from flask_wtf.csrf import generate_csrf

from server.accounts import auth
from server.accounts.auth_schemas import CsrfOut, DemoLoginOut, LoginIn, MeOut, SsoOut
from server.accounts.demo_login import demo_login
from server.accounts.service import profile
from server.api import limits
from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.extensions import limiter
from server.sso import accounts as sso

blp = Blueprint("auth", __name__, url_prefix="/api/v1/auth", description="Sessions")


@blp.get("/csrf")
@blp.response(200, CsrfOut)
def csrf_token():
    """Get the token to send as X-CSRFToken on POST, PATCH and DELETE."""
    return {"csrf_token": generate_csrf()}


@blp.get("/sso")
@blp.response(200, SsoOut)
def single_sign_on():
    """Say whether single sign-on is on, the button's label, and whether passwords are off."""
    enabled = sso.enabled()
    return {
        "enabled": enabled,
        "label": current_app.config["OIDC_BUTTON_LABEL"] if enabled else None,
        "start_url": url_for("sso.start") if enabled else None,
        "password_login": sso.password_login_allowed(),
    }


@blp.get("/demo")
@blp.response(200, DemoLoginOut)
def demo():
    """The demo's sign-in for the login screen, only while the demo company is seeded."""
    found = demo_login()
    return {"seeded": found is not None, **(found or {"email": None, "password": None})}


@blp.post("/login")
@limiter.limit(
    limits.login_account_limit,
    key_func=limits.login_account,
    deduct_when=limits.failed_login,
    error_message=limits.account_locked,
)
@limiter.limit(
    limits.login_address_limit, deduct_when=limits.failed_login, error_message=limits.address_locked
)
@blp.arguments(LoginIn)
@blp.response(200, MeOut)
def login(credentials):
    """Log in with email and password; the session cookie carries the login."""
    return profile(auth.log_in(credentials["email"], credentials["password"]))


@blp.post("/logout")
@signed_in
@blp.response(204)
def logout():
    """Log out of this browser."""
    auth.log_out()
