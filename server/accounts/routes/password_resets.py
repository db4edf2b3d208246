"""Forgotten passwords: ask for a reset link by email, then set a new password with it."""

from flask import current_app

from server.accounts import password_resets
from server.accounts.schemas import (
    ResetCompleteIn,
    ResetPreviewOut,
    ResetRequestedOut,
    ResetRequestIn,
    TokenIn,
)
from server.api.blueprint import Blueprint
from server.extensions import limiter

blp = Blueprint(
    "password_resets", __name__, url_prefix="/api/v1/auth/password-reset", description="Password resets"
)
ANSWER = "If an active account has this email, a link to reset its password is on its way."


def _request_limit() -> str:
    return current_app.config["PASSWORD_RESET_RATE_LIMIT"]


def _link_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


@blp.post("")
@limiter.limit(_request_limit)
@blp.arguments(ResetRequestIn)
@blp.response(202, ResetRequestedOut)
def request_reset(body):
    """Ask for a reset link by email. The answer is the same whether or not the account exists."""
    password_resets.request_reset(body["email"])
    return {"message": ANSWER}


@blp.post("/check")
@limiter.limit(_link_limit)
@blp.arguments(TokenIn)
@blp.response(200, ResetPreviewOut)
def check(body):
    """Whose password a reset link changes (410 when used or expired)."""
    reset = password_resets.check(body["token"])
    return {"email": reset.user.email, "expires_at": reset.expires_at}


@blp.post("/complete")
@limiter.limit(_link_limit)
@blp.arguments(ResetCompleteIn)
@blp.response(204)
def complete(body):
    """Set a new password; every session of the account ends, here and on other devices."""
    password_resets.complete(body["token"], body["password"])
