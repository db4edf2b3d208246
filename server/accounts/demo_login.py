"""Whether the login screen may show the demo's sign-in: only while the demo company is seeded
and its advocate still signs in with the demo password, so a real company never shows it."""

from functools import lru_cache

from werkzeug.security import check_password_hash

from server import demo
from server.extensions import db
from server.models import User

EMAIL = demo.LOGINS[0][0]


def demo_login() -> dict | None:
    """The demo advocate's email and password, or None when they would not sign anyone in."""
    found = db.session.execute(db.select(User.password_hash, User.active).where(User.email == EMAIL)).first()
    if found is None or not found.active or not _is_demo_password(found.password_hash):
        return None
    return {"email": EMAIL, "password": demo.PASSWORD}


@lru_cache(maxsize=8)
def _is_demo_password(password_hash: str) -> bool:
    # scrypt once per hash, not per visit: the login screen asks on every load, signed in or not.
    return check_password_hash(password_hash, demo.PASSWORD)
