"""Rate limits on the endpoints people could hammer: sharing and suggesting are limited per
advocate (a whole office can sit behind one address), following a tracked link per address.
Over a limit the answer is 429 with Retry-After, in the one error envelope. The limits are
settings (SHARE_RATE_LIMIT, SUGGESTION_RATE_LIMIT, CLICK_RATE_LIMIT) in flask-limiter's
notation; they are kept in Redis when REDIS_URL is set, so every process counts together."""

from flask import current_app
from flask_login import current_user

from server.addresses import remote_address_key


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
