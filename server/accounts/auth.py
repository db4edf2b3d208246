"""Logging in and out."""

from flask import current_app

from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.models import User
from server.realtime import publish
from server.sso import accounts as sso

# Checked against when the email is unknown, so both failures take the same time.
_DUMMY_HASH = "scrypt:32768:8:1$dummy$" + "0" * 128


def log_in(email: str, password: str) -> User:
    if not sso.password_login_allowed():
        label = current_app.config["OIDC_BUTTON_LABEL"]
        raise Refused(403, "password_login_off", f"Passwords are not used here: use “{label}” instead.")
    user = db.session.scalar(db.select(User).filter(User.email == email.strip().lower()))
    if user is None:
        User(password_hash=_DUMMY_HASH).check_password(password)
    if user is None or not user.check_password(password):
        raise Refused(401, "invalid_credentials", "That email and password do not match an account.")
    if not user.active:
        raise Refused(403, "account_inactive", "This account has been deactivated.")
    sessions.start(user)
    return user


def log_out() -> None:
    """End this browser's session on the server, and the sockets it opened."""
    ended = sessions.end_here()
    if ended:
        publish.session_ended(ended)


def sign_out_elsewhere(user: User) -> int:
    """End every session of `user` but this browser's, with their sockets; how many ended."""
    ended = sessions.end_others(user, sessions.current_id())
    publish.session_ended(*ended)
    return len(ended)
