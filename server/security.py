"""Security headers on every answer, and the session cookie marked Secure whenever the request
came over HTTPS. The Content Security Policy is strict: the PWA ships no inline script or style, talks
only to its own origin (the API, Socket.IO), and shows content images from anywhere on https.
The API docs page loads Swagger UI from its CDN, so that one page gets its own policy."""

from flask import Flask, has_request_context, request
from flask.sessions import SecureCookieSessionInterface

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: https:",  # content images live on the company's own sites
        "connect-src 'self'",  # the API and Socket.IO (ws: and wss: to the same origin)
        "font-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
DOCS_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
        "img-src 'self' data: https:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
HSTS = "max-age=31536000; includeSubDomains"


def _add_headers(response):
    policy = DOCS_CSP if request.path.startswith("/api/docs") else CSP
    response.headers.setdefault("Content-Security-Policy", policy)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


class SessionOverHttps(SecureCookieSessionInterface):
    """Behind HTTPS (directly, or a trusted proxy's X-Forwarded-Proto) the session cookie is
    Secure even when SESSION_COOKIE_SECURE was not configured."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return super().get_cookie_secure(app) or (has_request_context() and request.is_secure)


def init_app(app: Flask) -> None:
    app.session_interface = SessionOverHttps()
    app.after_request(_add_headers)
