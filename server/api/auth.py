"""Log in, log out, and the CSRF token browsers send with every unsafe request."""

from flask import current_app
from flask_wtf.csrf import generate_csrf

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.api.me import profile
from server.extensions import limiter
from server.schemas.auth import CsrfOut, LoginIn, MeOut
from server.services import auth

blp = Blueprint("auth", __name__, url_prefix="/api/v1/auth", description="Sessions")


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@blp.get("/csrf")
@blp.response(200, CsrfOut)
def csrf_token():
    """Get the token to send as X-CSRFToken on POST, PATCH and DELETE."""
    return {"csrf_token": generate_csrf()}


@blp.post("/login")
@limiter.limit(_login_limit)
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
