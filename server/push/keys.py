"""VAPID keys: from VAPID_PRIVATE_KEY / VAPID_PUBLIC_KEY, else `instance/vapid.json`, which the
`flask vapid-keys` command writes. Keys are base64url: the raw 32-byte private value and the
uncompressed public point, which is what browsers take as `applicationServerKey`. The subject is
the organisation's push contact when an admin has set one, else VAPID_SUBJECT, else the file's."""

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from flask import has_app_context
from py_vapid import Vapid
from sqlalchemy.exc import SQLAlchemyError

from server.extensions import db
from server.organisation.models import Organisation

FILE_NAME = "vapid.json"


@dataclass(frozen=True)
class VapidKeys:
    private_key: str
    public_key: str
    subject: str  # mailto: or https: contact the push services may use

    def signer(self) -> Vapid:
        return Vapid.from_string(private_key=self.private_key)


def generate(subject: str) -> VapidKeys:
    vapid = Vapid()
    vapid.generate_keys()
    private = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    public = vapid.public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    return VapidKeys(_b64(private), _b64(public), subject)


def load(instance: Path) -> VapidKeys | None:
    """The configured keys, or None when push is not set up."""
    private, public = os.environ.get("VAPID_PRIVATE_KEY"), os.environ.get("VAPID_PUBLIC_KEY")
    subject = _organisation_contact() or os.environ.get("VAPID_SUBJECT")
    if private and public:
        return VapidKeys(private.strip(), public.strip(), subject or _default_subject())
    path = instance / FILE_NAME
    if not path.exists():
        return None
    saved = json.loads(path.read_text())
    return VapidKeys(saved["private_key"], saved["public_key"], subject or saved["subject"])


def save(keys: VapidKeys, instance: Path) -> Path:
    instance.mkdir(parents=True, exist_ok=True)
    path = instance / FILE_NAME
    path.write_text(json.dumps(keys.__dict__, indent=2))
    path.chmod(0o600)  # the private key signs every push this server sends
    return path


def _organisation_contact() -> str | None:
    """The contact admins set on the settings screen: theirs to give push services, not the
    server operator's. Read, never created, so `flask vapid-keys` works before the first migration."""
    if not has_app_context():
        return None
    try:
        query = db.select(Organisation.push_contact).order_by(Organisation.id).limit(1)
        return db.session.scalar(query)
    except SQLAlchemyError:
        db.session.rollback()
        return None


def _default_subject() -> str:
    return "mailto:push@example.com"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
