"""Rate limits on the endpoints people could hammer: sharing and suggesting are limited per
advocate (a whole office can sit behind one address), following a tracked link per address,
and logging in by FAILED attempts only, per account and per address: a successful login never
counts, so a Monday morning's office full of colleagues behind one address all get in.
Over a limit the answer is 429 with Retry-After, in the one error envelope. The limits are
settings (SHARE_RATE_LIMIT, SUGGESTION_RATE_LIMIT, CLICK_RATE_LIMIT, LOGIN_ACCOUNT_FAILURE_LIMIT,
LOGIN_ADDRESS_FAILURE_LIMIT) in flask-limiter's notation; they are kept in Redis when REDIS_URL
is set, so every process counts together."""

import hashlib
import hmac
import time

from flask import Response, current_app, request
from flask_login import current_user

from server.addresses import remote_address_key
from server.extensions import limiter


def per_advocate() -> str:
    """The signed-in person, else the hashed address (the route then answers 401 anyway)."""
    if current_user.is_authenticated:
        return f"advocate:{current_user.id}"
    return remote_address_key()


def share_limit() -> str:
    return current_app.config["SHARE_RATE_LIMIT"]


def suggestion_limit() -> str:
    return current_app.config["SUGGESTION_RATE_LIMIT"]


def click_limit() -> str:
    return current_app.config["CLICK_RATE_LIMIT"]


def login_account_limit() -> str:
    return current_app.config["LOGIN_ACCOUNT_FAILURE_LIMIT"]


def login_address_limit() -> str:
    return current_app.config["LOGIN_ADDRESS_FAILURE_LIMIT"]


def login_account() -> str:
    """The account a login names, hashed like addresses are (never an email in Redis or logs);
    '' without one, which flask-limiter skips."""
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    if not isinstance(email, str) or not email.strip():
        return ""
    key = hashlib.sha256(b"login-accounts:" + current_app.config["SECRET_KEY"].encode()).digest()
    # surrogatepass: a lone surrogate ("\ud800" in the JSON) must reach the 422, not a 500 here.
    name = email.strip().lower().encode("utf-8", "surrogatepass")
    return "account:" + hmac.digest(key, name, "sha256")[:12].hex()


def failed_login(response: Response) -> bool:
    """Only a wrong email or password counts towards the login limits."""
    return response.status_code == 401


def account_locked() -> str:
    return f"Too many wrong passwords for this email. Try again in {_wait()}, or use “Forgot password?”."


def address_locked() -> str:
    return f"Too many failed logins from your network. Try again in {_wait()}."


def _wait() -> str:
    """Until the breached limit's window ends, to the nearest minute (at least one)."""
    limit = limiter.current_limit
    minutes = max(1, round((limit.reset_at - time.time()) / 60)) if limit else 1
    return f"{minutes} minute{'s' if minutes != 1 else ''}"
