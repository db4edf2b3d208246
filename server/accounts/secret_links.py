"""The secret links of invitations and password resets: random tokens, stored as hashes (what a
link is checked against) and, for invitations, sealed with the app's key so a leader can copy
the link again until it is used."""

import base64
import functools
import hashlib
import secrets

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app, request


def new_token() -> tuple[str, str]:
    """A fresh token for the link and the hash to store instead of it."""
    token = secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    # 256 random bits need no salt or slow hash: nobody can guess one from the digest.
    return hashlib.sha256(token.encode()).hexdigest()


def link(route: str, token: str, base: str | None = None) -> str:
    """The PWA's address for `route` with the token in the fragment, which browsers never send
    to a server, so no access log or proxy ever records it. `base`: the app's address, for
    tasks that run outside a request."""
    return f"{base or app_address()}/#/{route}/{token}"


def app_address() -> str:
    return current_app.config["PUBLIC_URL"] or request.url_root.rstrip("/")


def seal(token: str) -> str:
    """The token encrypted with a key derived from SECRET_KEY, so the link can be shown again."""
    return _fernet().encrypt(token.encode()).decode()


def unseal(sealed: str) -> str | None:
    """The token back, or None when SECRET_KEY has changed since it was sealed."""
    try:
        return _fernet().decrypt(sealed.encode()).decode()
    except InvalidToken:
        return None


def _fernet() -> Fernet:
    secret = current_app.config["SECRET_KEY"]
    return _fernet_for(secret.encode() if isinstance(secret, str) else secret)


@functools.lru_cache(maxsize=4)
def _fernet_for(secret: bytes) -> Fernet:
    # A key of its own, derived from SECRET_KEY: the cookie-signing key itself never encrypts.
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"amplify invitation links").derive(
        secret
    )
    return Fernet(base64.urlsafe_b64encode(key))
