"""Signing in with an identity provider: find the person's account by their identity there, else
by their verified email, else create one, and refuse whoever the settings keep out."""

import logging

from flask import current_app, session

from server.accounts import sessions
from server.extensions import db
from server.models import Identity, Team, User

log = logging.getLogger(__name__)

# Never matches a password: werkzeug refuses a hash without its "method$salt$hash" parts, so an
# account made by single sign-on cannot be logged into with a password until someone sets one.
NO_PASSWORD = "!sso"


class SsoRefused(Exception):
    """A sign-in turned away; the code names the message the PWA shows on its login screen."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def enabled() -> bool:
    config = current_app.config
    return bool(config["OIDC_ISSUER"] and config["OIDC_CLIENT_ID"])


def password_login_allowed() -> bool:
    """OIDC_ONLY turns passwords off, but only once there is another way in."""
    return not (enabled() and current_app.config["OIDC_ONLY"])


def sign_in(issuer: str, claims: dict) -> User:
    """Log in the person the provider vouched for (claims already verified), rotating the session."""
    email = _checked_email(claims)
    user = _linked_user(issuer, claims["sub"]) or _user_to_link(issuer, claims, email)
    if not user.active:
        db.session.rollback()  # no link is kept for an account that cannot sign in
        raise SsoRefused("account_inactive", email)
    db.session.commit()
    # A fresh session: nothing from before the login (the sign-in state, an old CSRF token) lives on.
    session.clear()
    sessions.start(user)
    return user


def _checked_email(claims: dict) -> str:
    email = str(claims.get("email") or "").strip().lower()
    if "@" not in email:
        raise SsoRefused("email_missing")
    # Providers that check addresses say so; one that says "not verified" must not vouch for it.
    if claims.get("email_verified") in (False, "false"):
        raise SsoRefused("email_unverified", email)
    allowed = current_app.config["OIDC_ALLOWED_DOMAINS"]
    if allowed and email.rsplit("@", 1)[1] not in allowed:
        raise SsoRefused("domain_not_allowed", email)
    return email


def _linked_user(issuer: str, subject: str) -> User | None:
    identity = db.session.scalar(db.select(Identity).filter_by(issuer=issuer, subject=subject))
    return db.session.get(User, identity.user_id) if identity else None


def _user_to_link(issuer: str, claims: dict, email: str) -> User:
    """The account with this email, else a new advocate; linked to the identity from now on."""
    user = db.session.scalar(db.select(User).filter_by(email=email))
    if user is None:
        user = _new_advocate(claims, email)
    db.session.add(Identity(user=user, issuer=issuer, subject=claims["sub"]))
    log.info("linked %s at %s to user %s", claims["sub"], issuer, email)
    return user


def _new_advocate(claims: dict, email: str) -> User:
    if not current_app.config["OIDC_AUTO_CREATE"]:
        raise SsoRefused("no_account", email)
    user = User(
        email=email,
        display_name=_display_name(claims, email),
        role="advocate",
        active=True,  # column defaults apply only at insert, and sign_in checks it before that
        team=_default_team(),
        password_hash=NO_PASSWORD,
    )
    db.session.add(user)
    return user


def _display_name(claims: dict, email: str) -> str:
    given = " ".join(str(claims.get(k) or "").strip() for k in ("given_name", "family_name")).strip()
    name = str(claims.get("name") or "").strip() or given or email.split("@")[0]
    return name[:80]


def _default_team() -> Team | None:
    name = current_app.config["OIDC_DEFAULT_TEAM"]
    if not name:
        return None
    # As `flask create-user --team` does: the team is made the first time someone joins it.
    return db.session.scalar(db.select(Team).filter_by(name=name)) or Team(name=name)
