"""What a request must be before any view reads it: a path without control characters, and an
API body within MAX_CONTENT_LENGTH, labelled JSON, and JSON Python can parse (or a file, to a view
that takes uploads)."""

from flask import Flask, current_app, request

from server.errors import Refused
from server.schemas.text import SINGLE_LINE

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def check_body() -> None:
    if not request.path.startswith("/api/") or request.method not in UNSAFE:
        return
    if _is_upload():
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


def _is_upload() -> bool:
    """A file upload to a view that takes one (content images, people imports): its body is a file,
    not JSON, and may be larger than MAX_CONTENT_LENGTH, up to the view's own `upload_limit`."""
    view = current_app.view_functions.get(request.endpoint)
    upload_limit = getattr(view, "upload_limit", None)
    types = getattr(view, "upload_types", ("multipart/form-data",))
    if not upload_limit or request.mimetype not in types:
        return False
    if request.content_length is not None and request.content_length > upload_limit:
        raise Refused(413, "payload_too_large", f"The file is over {upload_limit // 1_000_000} MB.")
    return True


def check_path() -> None:
    # A path with a NUL or another control character names nothing: without this, the PWA's
    # catch-all answered the app page (200), and a path parameter reached the database, where
    # PostgreSQL refused the NUL with a 500.
    if SINGLE_LINE.search(request.path):
        raise Refused(404, "not_found", "Nothing is at this address.")


def init_app(app: Flask) -> None:
    app.before_request(check_path)
    app.before_request(check_body)
