"""The bearer tokens a directory provisions with: admins make one per directory (shown once, kept
only as a hash), see when each was last used, and revoke them."""

import hashlib
import secrets
from datetime import timedelta

from server.directory.models import ScimToken
from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, User
from server.models.types import utcnow

PREFIX = "amp_scim_"  # recognisable in a secret scanner's findings and in a directory's settings
TOUCH_EVERY = timedelta(minutes=1)  # a sync sends thousands of requests: one write a minute is enough


def tokens() -> list[ScimToken]:
    """Every token, newest first: revoked ones too, so admins see what was turned off and when."""
    return list(
        db.session.scalars(db.select(ScimToken).order_by(ScimToken.created_at.desc(), ScimToken.id.desc()))
    )


def make(admin: User, name: str) -> tuple[ScimToken, str]:
    """A new token for one directory; the secret is returned this once and never stored."""
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ScimToken(name=name.strip(), token_hash=digest(secret), created_by_id=admin.id)
    db.session.add(token)
    db.session.flush()
    _audit(admin, "directory.token_made", token)
    db.session.commit()
    return token, secret


def revoke(admin: User, token_id: int) -> ScimToken:
    """Turn a token off at once: the directory holding it is refused from its next request."""
    token = db.session.get(ScimToken, token_id)
    if token is None:
        raise Refused(404, "not_found", "There is no such directory token.")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        _audit(admin, "directory.token_revoked", token)
        db.session.commit()
    return token


def holder(secret: str) -> ScimToken | None:
    """The live token with this secret, noting that it was used (at most once a minute)."""
    if not secret.startswith(PREFIX):
        return None
    token = db.session.scalar(db.select(ScimToken).filter_by(token_hash=digest(secret)))
    if token is None or token.revoked_at is not None:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at >= TOUCH_EVERY:
        token.last_used_at = now
        db.session.commit()
    return token


def digest(secret: str) -> str:
    # A plain SHA-256 is enough: the secret is 256 random bits, not a password to stretch.
    return hashlib.sha256(secret.encode()).hexdigest()


def _audit(admin: User, action: str, token: ScimToken) -> None:
    db.session.add(
        AuditEntry(actor_id=admin.id, action=action, detail={"token_id": token.id, "name": token.name})
    )
