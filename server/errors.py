"""The one JSON error envelope, used for every failure the API returns."""

import logging

from flask import Flask, jsonify
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import IntegrityError, OperationalError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    500: "internal_error",
}


class Refused(Exception):
    """A request the service layer turns down, with a reason a person can read."""

    def __init__(self, status: int, code: str, message: str, fields: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.fields = status, code, message, fields


class Unavailable(Exception):
    """A service the request needs (the database, Redis) cannot be reached just now: 503."""


def envelope(status: int, code: str, message: str, fields: dict | None = None, headers=None):
    body = {"status": status, "code": code, "message": message}
    if fields:
        body["fields"] = fields
    return jsonify(error=body), status, headers or {}


def _validation_fields(messages: dict) -> dict:
    """Flatten webargs' {location: {field: [...]}} into {field: [...]}."""
    fields: dict = {}
    for location, problems in messages.items():
        if isinstance(problems, dict):
            fields.update(problems)
        else:
            fields[location] = problems
    return fields


def handle_http_error(error: HTTPException):
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    if isinstance(error, CSRFError):
        return envelope(400, "csrf_failed", f"CSRF check failed: {error.description}")
    if "messages" in data:
        fields = _validation_fields(data["messages"])
        return envelope(status, CODES.get(status, "error"), _summary(fields), fields)
    message = data.get("message") or error.description or error.name
    headers = {**_protocol_headers(error), **(data.get("headers") or {})}
    return envelope(status, CODES.get(status, "error"), message, headers=headers)


def _protocol_headers(error: HTTPException) -> dict:
    """The headers the status itself calls for (a 405's Allow, RFC 9110), without Werkzeug's
    HTML Content-Type: the envelope is JSON."""
    return {name: value for name, value in error.get_headers() if name.lower() != "content-type"}


def _summary(fields: dict) -> str:
    names = ", ".join(sorted(fields))
    return f"Some fields are not valid: {names}." if names else "The request is not valid."


def handle_refused(error: Refused):
    from server.extensions import db

    db.session.rollback()
    return envelope(error.status, error.code, error.message, error.fields)


def handle_integrity_error(error: IntegrityError):
    from server.extensions import db

    db.session.rollback()
    return envelope(409, "conflict", "That conflicts with data that already exists.")


def handle_unavailable(error: Exception):
    from server.extensions import db

    log.warning("service unavailable: %s", error)
    db.session.rollback()
    message = "Amplify cannot reach one of its services just now. Please try again in a moment."
    return envelope(503, "unavailable", message, headers={"Retry-After": "5"})


def handle_unexpected(error: Exception):
    from server.extensions import db

    # Log the details for operators; the client learns nothing about internals.
    log.exception("unhandled error", exc_info=error)
    db.session.rollback()
    return envelope(500, "internal_error", "Something went wrong on our side. Please try again.")


def init_app(app: Flask) -> None:
    """Register the envelope handlers, replacing flask-smorest's own."""
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Refused, handle_refused)
    app.register_error_handler(IntegrityError, handle_integrity_error)
    app.register_error_handler(Unavailable, handle_unavailable)
    # The database refused or dropped the connection (down, restarting, locked too long): the
    # pool reconnects on a later request, so the client should try again, as the PWA does.
    app.register_error_handler(OperationalError, handle_unavailable)
    app.register_error_handler(Exception, handle_unexpected)
