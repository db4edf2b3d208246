"""Password resets: a person asks by email (the answer never says whether an account exists) or
an admin makes a link for them; the link works once, for an hour, and setting the new password
ends every other session and socket of theirs."""

from datetime import timedelta

from flask import current_app

from server.accounts import secret_links as account_links
from server.accounts import service as accounts
from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.mail import service as mail
from server.models import PasswordReset, User
from server.models.types import utcnow
from server.realtime import publish


def request_reset(email: str) -> None:
    """Email a reset link when an active account has this email; otherwise do nothing, quietly."""
    user = db.session.scalar(db.select(User).filter_by(email=email, active=True))
    if user is None:
        return
    link, _ = _new_link(user, None)
    minutes = round(current_app.config["PASSWORD_RESET_MINUTES"])
    body = (
        "Someone (we hope you) asked to reset your Amplify password.\n\n"
        f"Open this link within {minutes} minutes to choose a new one (it works once):\n{link}\n\n"
        "If it wasn't you, ignore this message: your password stays as it is.\n"
    )
    mail.send(user.email, "Reset your Amplify password", body, "password_reset", user_id=user.id)


def link_for(admin: User, person_id: int) -> tuple[str, PasswordReset]:
    """A reset link an admin hands to a person themselves (no mail is sent)."""
    person = accounts.managed(admin, person_id)
    if not person.active:
        raise Refused(409, "account_inactive", "Reactivate this account before resetting its password.")
    return _new_link(person, admin)


def check(token: str) -> PasswordReset:
    """The reset behind a link, or why it cannot be used."""
    reset = db.session.scalar(db.select(PasswordReset).filter_by(token_hash=account_links.digest(token)))
    if reset is None or not reset.user.active:
        raise Refused(404, "reset_not_found", "This reset link is not valid. Ask for a new one.")
    if reset.used_at is not None:
        raise Refused(410, "reset_used", "This reset link has already been used. Ask for a new one.")
    if not reset.usable(utcnow()):
        raise Refused(410, "reset_expired", "This reset link has expired. Ask for a new one.")
    return reset


def complete(token: str, password: str) -> None:
    """Set the new password, spend every open link of theirs, and end all their sessions."""
    user = check(token).user
    user.set_password(password)
    now = utcnow()
    db.session.execute(
        db.update(PasswordReset)
        .where(PasswordReset.user_id == user.id, PasswordReset.used_at.is_(None))
        .values(used_at=now)
    )
    sessions.end_everywhere(user)
    db.session.commit()
    publish.sessions_ended(user.id)


def _new_link(user: User, creator: User | None) -> tuple[str, PasswordReset]:
    token, token_hash = account_links.new_token()
    minutes = current_app.config["PASSWORD_RESET_MINUTES"]
    reset = PasswordReset(
        user_id=user.id,
        token_hash=token_hash,
        created_by_id=creator.id if creator else None,
        expires_at=utcnow() + timedelta(minutes=minutes),
    )
    db.session.add(reset)
    db.session.commit()
    return account_links.link("reset", token), reset
