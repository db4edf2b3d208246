"""What a request must be before any view reads it: a path without control characters, and an
API body within MAX_CONTENT_LENGTH, labelled JSON, and JSON Python can parse."""

from flask import Flask, current_app, request

from server.errors import Refused
from server.schemas.text import SINGLE_LINE

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def check_body() -> None:
    if not request.path.startswith("/api/") or request.method not in UNSAFE:
        return
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    # Werkzeug enforces the limit only when a view reads the body; a view that takes none would
    # otherwise accept any size.
    if request.content_length is not None and request.content_length > limit:
        raise Refused(413, "payload_too_large", f"The request body is over {limit} bytes.")
    if not request.content_length:
        return
    if not request.is_json:
        # A form or text/plain body was read as "no body" by webargs, so an operation whose fields
        # are all optional answered 200 and did nothing.
        raise Refused(
            415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."
        )
    try:
        request.get_json()  # parsed once here; views reuse the cached result
    except RecursionError:
        # json.loads raises RecursionError (not ValueError) on very deep nesting: it was a 500.
        raise Refused(400, "bad_request", "The JSON is nested too deeply.") from None


def check_path() -> None:
    # A path with a NUL or another control character names nothing: without this, the PWA's
    # catch-all answered the app page (200), and a path parameter reached the database, where
    # PostgreSQL refused the NUL with a 500.
    if SINGLE_LINE.search(request.path):
        raise Refused(404, "not_found", "Nothing is at this address.")


def init_app(app: Flask) -> None:
    app.before_request(check_path)
    app.before_request(check_body)
