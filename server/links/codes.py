"""Short link codes that carry (advocate, content, network) and a MAC, so every link exists without
a row per link, works when the share itself was recorded offline, and cannot be forged."""

import hashlib
import hmac
from functools import lru_cache

from flask import current_app

from server.content.models import NETWORKS

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MAC_LENGTH = 6  # 62**6: about 5.7e10 guesses per forged code


def encode(user_id: int, content_id: int, network: str) -> str:
    value = (user_id << 32 | content_id) << 3 | NETWORKS.index(network)
    return _base62(value) + _mac(value)


def decode(code: str) -> tuple[int, int, str] | None:
    """(user_id, content_id, network), or None for anything that is not a code we made."""
    if not 1 + MAC_LENGTH <= len(code) <= 24 or any(c not in ALPHABET for c in code):
        return None
    value = _number(code[:-MAC_LENGTH])
    if not hmac.compare_digest(code[-MAC_LENGTH:], _mac(value)):
        return None
    network = value & 7
    if network >= len(NETWORKS):
        return None
    return value >> 35, (value >> 3) & 0xFFFFFFFF, NETWORKS[network]


def _mac(value: int) -> str:
    digest = hmac.digest(_key(current_app.config["SECRET_KEY"]), str(value).encode(), "sha256")
    return _base62(int.from_bytes(digest[:8], "big")).rjust(MAC_LENGTH, "0")[-MAC_LENGTH:]


@lru_cache(maxsize=4)
def _key(secret: str) -> bytes:
    return hashlib.sha256(b"tracked-links:" + secret.encode()).digest()


def _base62(value: int) -> str:
    digits = ""
    while True:
        value, digit = divmod(value, 62)
        digits = ALPHABET[digit] + digits
        if not value:
            return digits


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 62 + ALPHABET.index(char)
    return value
