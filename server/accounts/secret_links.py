"""The secret links of invitations and password resets: random tokens, stored only as hashes."""

import hashlib
import secrets

from flask import current_app, request


def new_token() -> tuple[str, str]:
    """A fresh token for the link and the hash to store instead of it."""
    token = secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    # 256 random bits need no salt or slow hash: nobody can guess one from the digest.
    return hashlib.sha256(token.encode()).hexdigest()


def link(route: str, token: str) -> str:
    """The PWA's address for `route` with the token in the fragment, which browsers never send
    to a server, so no access log or proxy ever records it."""
    base = current_app.config["PUBLIC_URL"] or request.url_root.rstrip("/")
    return f"{base}/#/{route}/{token}"
