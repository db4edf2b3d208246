"""Sessions kept on the server: signing in opens a row, signing out (here, everywhere, or by
an admin) closes it, and every request checks its row is still open."""

import logging
import secrets
from datetime import timedelta

from flask import g, request, session
from flask_login import login_user, logout_user
from sqlalchemy.exc import SQLAlchemyError

from server.extensions import db
from server.models import User, UserSession
from server.models.types import utcnow
from server.models.user import parse_session_id

logger = logging.getLogger(__name__)
# How stale last_seen_at may get before a request moves it: one write per session every few
# minutes instead of one per request.
SEEN_EVERY = timedelta(minutes=5)
_KEY = "sid"  # the row's id in the signed session cookie, beside flask-login's own keys
# Built once: the user loader runs on every signed-in request, sharing included.
_LOAD = (
    db.select(User, UserSession.last_seen_at)
    .join(UserSession, UserSession.user_id == User.id)
    .where(
        UserSession.id == db.bindparam("sid"),
        UserSession.revoked_at.is_(None),
        User.id == db.bindparam("user_id"),
        User.active.is_(True),
        User.session_version == db.bindparam("version"),
    )
)

# First match wins: Edge's string also names Chrome, Chrome's names Safari, Android's names Linux.
_BROWSERS = (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))
_SYSTEMS = (
    ("Android", "Android"),
    ("iPhone", "iPhone"),
    ("iPad", "iPad"),
    ("Windows", "Windows"),
    ("Mac OS X", "macOS"),
    ("CrOS", "ChromeOS"),
    ("Linux", "Linux"),
)


def start(user: User) -> UserSession:
    """Sign `user` in on this browser: a new session row, and its id in the cookie."""
    if session.get(_KEY):  # signing in again here: the session it replaces ends
        _revoke(UserSession.id == session[_KEY])
    row = UserSession(
        id=secrets.token_urlsafe(32), user_id=user.id, device=device_of(request.user_agent.string)
    )
    db.session.add(row)
    db.session.commit()
    login_user(user)
    session[_KEY] = row.id
    return row


def load(user_id: str) -> User | None:
    """The user of this request's cookie while its session is open: one indexed lookup."""
    parsed, sid = parse_session_id(user_id), session.get(_KEY)
    if parsed is None or not isinstance(sid, str):
        return None  # includes cookies from before sessions were kept on the server
    # A revoked session, a deactivated account, or one whose sessions all ended (a password
    # reset, "sign out everywhere") finds nothing: signed out on its very next request.
    found = db.session.execute(_LOAD, {"sid": sid, "user_id": parsed[0], "version": parsed[1]}).first()
    if found is None:
        return None
    user, last_seen_at = found
    if utcnow() - last_seen_at >= SEEN_EVERY:
        g.session_seen = sid  # written once the view is done: see write_last_seen
    return user


def write_last_seen(response):
    """Move this session's last_seen_at after the view, in the request's own connection.

    A second connection inside the user loader made every stale request hold two of the pool's
    connections at once; under a burst they all waited for a second one that never came free.
    Written here, the view's transaction has ended and no write lock is taken early."""
    sid = g.pop("session_seen", None)
    if sid is None or response.status_code >= 500:
        return response
    try:
        # Whatever the view left uncommitted (a refused request) would be rolled back at teardown:
        # end it here, so this commit writes last_seen_at alone.
        db.session.rollback()
        db.session.execute(db.update(UserSession).where(UserSession.id == sid).values(last_seen_at=utcnow()))
        db.session.commit()
    except SQLAlchemyError:  # a device list a few minutes stale is no reason to fail the answer
        db.session.rollback()
        logger.warning("could not record when session was last seen", exc_info=True)
    return response


def open_sessions(user: User) -> list[dict]:
    """The devices `user` is signed in on, most recently used first, this browser marked."""
    query = db.select(UserSession).where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
    rows = db.session.scalars(query.order_by(UserSession.last_seen_at.desc(), UserSession.id))
    here = current_id()
    return [
        {
            "device": row.device,
            "created_at": row.created_at,
            "last_seen_at": row.last_seen_at,
            "current": row.id == here,
        }
        for row in rows
    ]


def current_id() -> str | None:
    return session.get(_KEY)


def end_here() -> str | None:
    """Sign out of this browser: its row is closed, so a copy of the cookie stops working too."""
    sid = session.pop(_KEY, None)
    if sid:
        _revoke(UserSession.id == sid)
        db.session.commit()
    logout_user()
    return sid


def end_others(user: User, keep: str | None) -> list[str]:
    """Close every open session of `user` but `keep`; the ids closed (their sockets go too)."""
    ended = db.session.scalars(_open_of(user.id).where(UserSession.id != (keep or ""))).all()
    if ended:
        _revoke(UserSession.id.in_(ended))
    db.session.commit()
    return list(ended)


def end_everywhere(user: User) -> None:
    """Close every session of `user`, in the caller's transaction; the caller commits."""
    user.end_sessions()  # the version in every cookie of theirs stops matching too
    _revoke(UserSession.user_id == user.id)


def device_of(user_agent: str) -> str:
    """'Chrome on Android' from a User-Agent string, or '' when neither part is known."""
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), "")
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), "")
    return " on ".join(part for part in (browser, system) if part)


def _open_of(user_id: int):
    return db.select(UserSession.id).where(UserSession.user_id == user_id, UserSession.revoked_at.is_(None))


def _revoke(which) -> None:
    statement = db.update(UserSession).where(which, UserSession.revoked_at.is_(None))
    db.session.execute(
        statement.values(revoked_at=utcnow()), execution_options={"synchronize_session": False}
    )
