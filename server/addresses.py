"""Client addresses are never stored or logged. Rate limits need a per-address key, and their
storage (Redis, shared by processes) and flask-limiter's "limit exceeded" log line both show the
key, so the key is a keyed hash of the address: the same address gives the same key in every
process of one installation, yet the key cannot be turned back into the address without the
SECRET_KEY (a plain hash of the 2**32 IPv4 addresses would be reversed in minutes)."""

import hashlib
import hmac
from functools import lru_cache

from flask import current_app, request


def address_key(address: str, secret: str) -> str:
    return "address:" + _hashed(address, secret)


def remote_address_key() -> str:
    """flask-limiter's key function: the request's address, hashed."""
    return address_key(request.remote_addr or "", current_app.config["SECRET_KEY"])


@lru_cache(maxsize=4096)  # the tracked-link fast path asks for each click
def _hashed(address: str, secret: str) -> str:
    key = hashlib.sha256(b"rate-limits:" + secret.encode()).digest()
    return hmac.digest(key, address.encode(), "sha256")[:12].hex()
