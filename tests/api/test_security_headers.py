"""Browser-facing defences: a strict Content Security Policy and security headers on every
answer, Secure cookies over HTTPS, and the CSRF token demanded by every state-changing API call."""

import re

import pytest

from tests.factories import PASSWORD

UNSAFE = {"post", "put", "patch", "delete"}


def _answer(client, path: str):
    """Headers and text of a GET, with the file it may stream closed."""
    with client.get(path) as response:
        return response.headers, response.get_data(as_text=True)


def test_the_app_shell_and_the_api_carry_a_strict_policy_and_security_headers(client, db):
    for path in ("/", "/api/v1/auth/csrf", "/manifest.webmanifest"):
        headers, _ = _answer(client, path)
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self';" in policy and "'unsafe-inline'" not in policy, path
        assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "Strict-Transport-Security" not in headers  # plain HTTP: HSTS would be a lie


def test_the_built_shell_has_no_inline_script_or_style_for_the_policy_to_block(client, db):
    _, page = _answer(client, "/")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline <script>"
    assert "<style" not in page and " style=" not in page


def test_over_https_cookies_are_secure_httponly_samesite_and_hsts_is_sent(client, advocate, db):
    https = "https://localhost/"
    token = client.get("/api/v1/auth/csrf", base_url=https).get_json()["csrf_token"]
    response = client.open(
        "/api/v1/auth/login",
        method="POST",
        json={"email": advocate.email, "password": PASSWORD},
        headers={"X-CSRFToken": token, "Referer": "https://localhost/"},
        base_url=https,
    )
    assert response.status_code == 200, response.get_json()
    cookies = response.headers.getlist("Set-Cookie")
    assert cookies
    for cookie in cookies:
        flags = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
        assert {"secure", "httponly", "samesite"} <= flags, cookie
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


def _unsafe_operations(client) -> list[tuple[str, str]]:
    document = client.get("/api/openapi.json").get_json()
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "1", path))
        for path, operations in document["paths"].items()
        for method in operations
        if method in UNSAFE
    ]


def test_every_state_changing_call_needs_the_csrf_token(advocate_client, admin_client, db):
    operations = _unsafe_operations(admin_client)
    assert len(operations) > 30
    for signed_in in (advocate_client, admin_client):
        for method, path in operations:
            response = signed_in.open(path, method=method, json={})  # no X-CSRFToken
            assert response.status_code == 400, (method, path, response.status_code)
            assert response.get_json()["error"]["code"] == "csrf_failed", (method, path)


@pytest.mark.parametrize("path", ["/api/docs"])
def test_only_the_api_docs_page_may_load_swagger_ui_from_its_cdn(client, db, path):
    assert "https://cdn.jsdelivr.net" in _answer(client, path)[0]["Content-Security-Policy"]
    assert "cdn.jsdelivr.net" not in _answer(client, "/")[0]["Content-Security-Policy"]
