"""Every URL the app routes answers a method it does not take with 405 and an `Allow` header
listing the ones it does (RFC 9110 15.5.6), and a file that is not there is a 404, never the app
page with a 200 in its place."""

import pytest

from server.api.converters import RecordIdConverter

TRIED = ("DELETE", "PUT", "PATCH", "POST", "GET")


def _sample_values(rule) -> dict:
    """A value for each of the rule's variables its converter accepts."""
    return {
        name: 1 if isinstance(converter, RecordIdConverter) else "sample"
        for name, converter in rule._converters.items()
    }


def _rules(app):
    return sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule)


def test_every_rule_answers_a_method_it_does_not_take_with_allow(app, client):
    adapter = app.url_map.bind("localhost")
    tried = 0
    for rule in _rules(app):
        path = rule.build(_sample_values(rule), append_unknown=False)[1]
        allowed = set(adapter.allowed_methods(path))
        wrong = next((method for method in TRIED if method not in allowed), None)
        if wrong is None:
            continue  # the URL takes every method we would try
        response = client.open(path, method=wrong)
        assert response.status_code == 405, (wrong, path, response.status_code)
        listed = {method.strip() for method in response.headers.get("Allow", "").split(",") if method}
        assert listed == allowed, (wrong, path, response.headers.get("Allow"))
        assert response.get_json()["error"]["code"] == "method_not_allowed"
        tried += 1
    assert tried >= len(list(app.url_map.iter_rules())) - 2, "most rules take only some methods"


@pytest.fixture
def built(app, tmp_path, monkeypatch):
    """A small built PWA: the app page, an icon and one badge picture."""
    (tmp_path / "index.html").write_text("<!doctype html><title>Amplify</title>")
    (tmp_path / "badges").mkdir()
    (tmp_path / "badges" / "first-share.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (tmp_path / "assets").mkdir()
    monkeypatch.setitem(app.config, "PWA_DIST", str(tmp_path))
    return tmp_path


MISSING = ("/badges/never-earned.svg", "/icons/gone.png", "/assets/x.js", "/app.js.map", "/a/b.webmanifest")


@pytest.mark.parametrize("path", MISSING)
def test_a_missing_file_is_not_found(client, built, path):
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code, response.get_data()[:200])
    assert response.get_json()["error"]["code"] == "not_found"


def test_files_that_exist_and_app_routes_still_load(client, built):
    with client.get("/badges/first-share.svg") as badge:
        assert badge.status_code == 200 and badge.mimetype == "image/svg+xml"
    for route in ("/", "/feed", "/people/42"):
        with client.get(route) as page:
            assert page.status_code == 200 and page.mimetype == "text/html", route
            assert b"<title>Amplify</title>" in page.get_data()
