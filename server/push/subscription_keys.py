"""A browser's subscription keys, checked the way the encryption will use them (RFC 8291): the
`p256dh` public key is an uncompressed P-256 point and `auth` a 16-byte secret, both base64url."""

import base64
import binascii
import re

from cryptography.hazmat.primitives.asymmetric import ec
from marshmallow import ValidationError

POINT_BYTES = 65  # 0x04, then x and y of 32 bytes each
AUTH_BYTES = 16
_ALPHABET = re.compile(r"[A-Za-z0-9_-]+={0,2}")


def check_p256dh(text: str) -> None:
    raw = _decoded(text, "The browser's public key (p256dh)")
    if len(raw) != POINT_BYTES or raw[0] != 0x04:
        raise ValidationError(
            f"The browser's public key (p256dh) must be an uncompressed P-256 point of {POINT_BYTES} "
            f"bytes starting with 0x04; this one is {len(raw)} bytes."
        )
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw)
    except ValueError:
        raise ValidationError(
            "The browser's public key (p256dh) is not a point on the P-256 curve."
        ) from None


def check_auth(text: str) -> None:
    raw = _decoded(text, "The authentication secret (auth)")
    if len(raw) != AUTH_BYTES:
        raise ValidationError(
            f"The authentication secret (auth) must be {AUTH_BYTES} bytes; this one is {len(raw)} bytes."
        )


def _decoded(text: str, what: str) -> bytes:
    """Strict base64url: the standard decoder would skip characters outside the alphabet."""
    if not _ALPHABET.fullmatch(text):
        raise ValidationError(f"{what} must be base64url (letters, digits, '-' and '_').")
    try:
        return base64.urlsafe_b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4))
    except (binascii.Error, ValueError):
        raise ValidationError(f"{what} is not valid base64url.") from None
