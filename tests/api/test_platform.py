"""Health, the OpenAPI document, the error envelope, and serving the PWA."""

import gzip
import json
import re

import brotli
import pytest
from flask_migrate import upgrade

from server import create_app
from server.config import ROOT
from tests.factories import ContentFactory


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok"}


# Actions whose path says everything: no request body to document.
BODYLESS = {
    "/api/v1/auth/logout",
    "/api/v1/content/{content_id}/open",
    "/api/v1/deletions/{user_id}/carry-out",
    "/api/v1/people/{person_id}/reset-link",
    "/api/v1/invitations/{invitation_id}/resend",
    "/api/v1/teams/{team_id}/archive",
    "/api/v1/teams/{team_id}/restore",
    "/api/v1/content/{content_id}/archive",
    "/api/v1/content/{content_id}/duplicate",
    "/api/v1/content/{content_id}/restore",
    "/api/v1/rewards/{reward_id}/restore",
    "/api/v1/store/redemptions/{redemption_id}/cancel",
    "/api/v1/store/redemptions/{redemption_id}/received",
    "/api/v1/rules/versions/{version}",  # PATCH only ever answers 405: a published version is kept as is
}


def test_openapi_documents_every_operation_with_schemas(client, app):
    spec = client.get("/api/openapi.json").get_json()
    verbs = {"get", "post", "put", "patch", "delete"}
    documented = {(path, m) for path, ops in spec["paths"].items() for m in ops if m in verbs}
    routed = {
        (_openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1") or rule.rule == "/healthz"
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert routed <= documented
    for path, method in documented:
        operation = spec["paths"][path][method]
        success = [code for code in operation["responses"] if code.startswith("2") and code != "204"]
        assert all("content" in operation["responses"][code] for code in success), (path, method)
        if method in {"post", "patch"} and path not in BODYLESS:
            assert "requestBody" in operation, (path, method)


def _openapi_path(rule: str) -> str:
    return rule.replace("<int:", "{").replace("<string:", "{").replace(">", "}")


def test_docs_page_is_served(client):
    assert client.get("/api/docs").status_code == 200


def test_unknown_api_path_gets_the_json_envelope(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_oversized_body_is_413(advocate_client, app):
    body = {"content_id": 1, "network": "x", "client_id": "a" * (app.config["MAX_CONTENT_LENGTH"] + 10)}
    response = advocate_client.post("/api/v1/shares", json=body)
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "payload_too_large"


def test_malformed_json_is_a_clear_400_or_422(advocate_client):
    response = advocate_client.post(
        "/api/v1/shares", data="{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code in {400, 422}
    assert response.get_json()["error"]["message"]


@pytest.fixture
def crashing_app(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "INSTANCE_PATH": str(tmp_path),
            "SECRET_KEY": "x",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'crash.db'}",
            "REDIS_URL": None,
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )

    @app.get("/api/v1/boom")
    def boom():
        raise RuntimeError("secret connection string postgres://admin:hunter2@db")

    with app.app_context():
        upgrade()
    return app


def test_a_crash_reveals_nothing_internal(crashing_app, caplog):
    response = crashing_app.test_client().get("/api/v1/boom")
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    assert "hunter2" not in response.get_data(as_text=True)
    assert "hunter2" in caplog.text  # operators still get the details in the log


def _fetch(client, path, headers=None):
    """GET a file response and close it, as a browser would after reading it."""
    response = client.get(path, headers=headers or {})
    response.get_data()
    response.close()
    return response


def test_the_pwa_shell_and_service_worker_are_served(client):
    shell = _fetch(client, "/")
    assert shell.status_code == 200
    assert b'rel="manifest"' in shell.data
    worker = _fetch(client, "/sw.js")
    assert worker.status_code == 200
    assert "no-cache" in worker.headers["Cache-Control"]
    assert worker.headers["Service-Worker-Allowed"] == "/"
    assert _fetch(client, "/manifest.webmanifest").status_code == 200


def test_client_side_routes_get_the_shell(client):
    response = _fetch(client, "/leaderboard")
    assert response.status_code == 200
    assert b"<html" in response.data.lower()


def test_built_pwa_exists_for_these_tests():
    assert (ROOT / "pwa" / "dist" / "index.html").exists(), "run `make setup` to build the PWA"


def test_assets_and_api_answers_are_compressed_for_browsers_that_accept_it(advocate_client):
    """A phone on a slow network downloads the app's JavaScript and its feed compressed."""
    shell = _fetch(advocate_client, "/").data.decode()
    script = re.search(r'src="(/assets/[^"]+\.js)"', shell).group(1)
    plain = _fetch(advocate_client, script)
    assert "Content-Encoding" not in plain.headers
    packed = _fetch(advocate_client, script, {"Accept-Encoding": "br"})
    assert packed.headers["Content-Encoding"] == "br"
    assert brotli.decompress(packed.data) == plain.data
    assert len(packed.data) < len(plain.data) / 2
    # Compressed, a file still revalidates: the browser's ETag gets a 304, not the file again.
    revalidated = _fetch(
        advocate_client, script, {"Accept-Encoding": "br", "If-None-Match": packed.headers["ETag"]}
    )
    assert revalidated.status_code == 304
    ContentFactory.create_batch(5)
    feed = advocate_client.get("/api/v1/content/feed", headers={"Accept-Encoding": "gzip"})
    assert feed.headers["Content-Encoding"] == "gzip"
    assert len(json.loads(gzip.decompress(feed.data))["items"]) == 5
