"""The tracked-link redirect as a thin WSGI layer in front of the app: the hottest public URL
skips the Flask request pipeline (Socket.IO middleware, request context, Flask-Login, the rate
limiter's checks), so following a link costs little more than a bare redirect.

Only people's GET and HEAD requests for /s/<code> are answered here; crawlers, anything odd and
any error go through to the Flask route, which does the same through the same service
(links/clicks.py) and renders the crawler's card."""

import logging
import time
from functools import lru_cache

from flask import Flask
from flask_login.utils import decode_cookie
from limits import parse
from werkzeug.http import parse_cookie

from server.addresses import address_key
from server.errors import Refused
from server.extensions import limiter
from server.links import clicks
from server.links.bots import is_bot
from server.models.user import parse_session_id

log = logging.getLogger(__name__)
PREFIX = "/s/"
TOO_MANY = (
    b"<!doctype html><title>Too many clicks</title>"
    b"<p>Too many links were followed from your network just now. Try again in a minute.</p>"
)


class TrackedLinks:
    def __init__(self, wsgi_app, app: Flask):
        self.wsgi_app, self.app = wsgi_app, app
        self.counter = limiter.limiter  # this app's storage (tests build several apps)

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        agent = environ.get("HTTP_USER_AGENT", "")
        if (
            not path.startswith(PREFIX)
            or environ.get("REQUEST_METHOD") not in ("GET", "HEAD")
            or is_bot(agent)
        ):
            return self.wsgi_app(environ, start_response)
        code = path[len(PREFIX) :]
        address = environ.get("REMOTE_ADDR", "")
        counted_as = address_key(address, self.app.config["SECRET_KEY"])
        if not self.counter.hit(self._click_limit(), "clicks", counted_as):
            return self._too_many(counted_as, start_response)
        try:
            with self.app.app_context():
                viewer = self._viewer(environ)
                followed = clicks.follow(code, address, agent, viewer)
        except Refused:
            return self.wsgi_app(environ, start_response)  # the route answers the 404 page
        except Exception:
            log.exception("tracked link %s: falling back to the Flask route", code)
            return self.wsgi_app(environ, start_response)
        headers = [
            ("Location", followed.destination),
            ("Cache-Control", "private, no-store"),  # every click must reach us to count
            ("Referrer-Policy", "no-referrer"),  # the code stays ours
            ("Content-Length", "0"),
        ]
        start_response("302 Found", headers)
        return [b""]

    def _click_limit(self):
        return _parsed(self.app.config["CLICK_RATE_LIMIT"])

    def _too_many(self, counted_as: str, start_response):
        """The same 429 and Retry-After the rate limiter gives the API (api/limits.py)."""
        reset = self.counter.get_window_stats(self._click_limit(), "clicks", counted_as).reset_time
        headers = [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Retry-After", str(max(1, int(reset - time.time()) + 1))),
            ("Cache-Control", "no-store"),
            ("Content-Length", str(len(TOO_MANY))),
        ]
        start_response("429 Too Many Requests", headers)
        return [TOO_MANY]

    def _viewer(self, environ) -> int | None:
        """The signed-in user of this browser, from the session or remember-me cookie: their own
        clicks don't count."""
        if not environ.get("HTTP_COOKIE"):  # most visitors: nothing to parse
            return None
        cookies = parse_cookie(environ)
        cookie = cookies.get(self.app.config.get("SESSION_COOKIE_NAME", "session"))
        if not cookie:
            remembered = decode_cookie(
                cookies.get(self.app.config.get("REMEMBER_COOKIE_NAME", "remember_token"), "")
            )
            return _user_id(remembered)
        serializer = self.app.session_interface.get_signing_serializer(self.app)
        try:
            user_id = serializer.loads(
                cookie, max_age=int(self.app.permanent_session_lifetime.total_seconds())
            )
        except Exception:  # expired or tampered: nobody
            return None
        return _user_id(user_id.get("_user_id") if isinstance(user_id, dict) else None)


def _user_id(session_id) -> int | None:
    parsed = parse_session_id(session_id) if session_id else None
    return parsed[0] if parsed else None


@lru_cache(maxsize=8)
def _parsed(limit: str):
    return parse(limit)
