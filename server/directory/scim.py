"""The SCIM 2.0 endpoint under /scim/v2, through which Entra ID and Okta provision people and
teams. A plain Flask blueprint handing each request to scim2-server, which answers in SCIM's
own media type and error format (RFC 7644 §3.12), not the API's envelope.

Directories authenticate with a bearer token, not a session cookie, so there is no CSRF to guard
against here; and a first sync sends thousands of requests in minutes, so no rate limit applies:
a token is 256 random bits, beyond guessing at any rate."""

import json
from functools import cache

from flask import Blueprint, Flask, Response, request
from scim2_models import UnauthorizedException
from scim2_server.applications.wsgi import WSGIApplication
from scim2_server.requests import ScimRequest

from server.directory import lenient, service
from server.directory.provider import provider
from server.directory.provider import service as scim_service
from server.directory.storage import AmplifyStorage
from server.extensions import csrf, limiter

PREFIX = "/scim/v2"
REFUSED = "Send a directory token made on Amplify's Directory sync screen, as a bearer token."
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]

blp = Blueprint("scim", __name__, url_prefix=PREFIX)


class Endpoint(WSGIApplication):
    """scim2-server's application, reached through Flask, checking our tokens."""

    def check_auth(self, scim_request: ScimRequest) -> None:
        scheme, _, secret = (scim_request.header("Authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or service.holder(secret.strip()) is None:
            raise UnauthorizedException(detail=REFUSED)

    def dispatch_request(self, scim_request: ScimRequest):
        """Check the token first, then forgive what directories leave out (lenient.py)."""
        if self.needs_auth(scim_request):
            self.check_auth(scim_request)
        scim_request.body = lenient.completed(scim_request)
        return self.handler.handle(scim_request)


@cache
def endpoint() -> Endpoint:
    return Endpoint(AmplifyStorage(), provider(), service=scim_service())


@blp.route("", defaults={"path": ""}, methods=METHODS)
@blp.route("/<path:path>", methods=METHODS)
def serve(path: str):
    scim_request = ScimRequest(
        method=request.method,
        base_url=request.host_url.rstrip("/") + PREFIX,
        path=f"/{path}".removesuffix(".scim") if path else "",
        query=request.args.to_dict(),
        headers=list(request.headers.items()),
        body=request.get_data(),
    )
    answer = endpoint().serve(scim_request)
    body = b"" if answer.body is None else json.dumps(answer.body)
    return Response(body, status=answer.status.value, headers=answer.headers)


def init_app(app: Flask) -> None:
    """Serve /scim/v2: bearer tokens instead of cookies, so no CSRF token and no rate limit."""
    csrf.exempt(blp)
    limiter.exempt(blp)
    app.register_blueprint(blp)
