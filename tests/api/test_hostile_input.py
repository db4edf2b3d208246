"""Hostile input against every POST, PUT and PATCH in the OpenAPI document, sent by someone allowed
to call it: oversized, deeply nested, non-UTF-8 and mislabelled bodies, markup and SQL in every
string field, path traversal in every URL field, huge and negative numbers in every integer
field. Each is refused with a 4xx in the error envelope naming the field and changes no row, or,
where the text is free-form, is kept verbatim and returned as JSON data, never as markup."""

import itertools
import json

import pytest

from tests.api.test_authorization_matrix import EXPECTED, ROLES, send
from tests.support import valid_calls, world
from tests.support.json_client import signed_in
from tests.support.reset import reset, row_counts

UNSAFE = ("POST", "PUT", "PATCH")
# Their body is a file, not JSON: hostile files (fake, truncated and oversized images; malformed
# CSV) are tried in tests/api/test_content_images.py and test_people_import.py.
UPLOADS = {("POST", "/api/v1/content/images"), ("POST", "/api/v1/people/imports")}
# Refused to every role by design (a published rule-set version is never edited in place), so
# nobody is allowed to send them anything: tests/api/test_rules_versions.py tries them instead.
REFUSED_TO_ALL = {("PUT", "/api/v1/rules/versions/{version}"), ("PATCH", "/api/v1/rules/versions/{version}")}
OPERATIONS = sorted(op for op in EXPECTED if op[0] in UNSAFE and op not in REFUSED_TO_ALL)
JSON_OPERATIONS = [op for op in OPERATIONS if op not in UPLOADS]
TEXT_PAYLOADS = ("<script>alert(document.cookie)</script>", "x'); DROP TABLE users; --")
TRAVERSAL = "../../etc/passwd"
NUMBERS = (10**30, -(2**63), -1)


def _document(app) -> dict:
    return app.test_client().get("/api/openapi.json").get_json()


def _body_schema(document: dict, method: str, path: str) -> dict | None:
    body = document["paths"][path][method.lower()].get("requestBody")
    return _resolve(document, body["content"]["application/json"]["schema"]) if body else None


def _resolve(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def fields_of(document: dict, schema: dict, kind: str, prefix=()) -> list[tuple]:
    """Paths (tuples of keys and list indexes) to every field of `kind` ("string" or "integer")."""
    found = []
    for name, prop in schema.get("properties", {}).items():
        if prop.get("readOnly"):
            continue
        prop = _resolve(document, prop)
        here = (*prefix, name)
        if prop.get("type") == kind:
            found.append(here)
        elif prop.get("type") == "object" and "properties" in prop:
            found += fields_of(document, prop, kind, here)
        elif prop.get("type") == "array":
            item = _resolve(document, prop.get("items", {}))
            if item.get("type") == kind:
                found.append((*here, 0))
            elif "properties" in item:
                found += fields_of(document, item, kind, (*here, 0))
    return found


def with_value(body, path: tuple, value):
    """A copy of `body` with `value` at `path`, creating what is missing on the way."""
    body = json.loads(json.dumps(body or {}))
    target = body
    for key, following in itertools.pairwise(path):
        if isinstance(key, int):
            while len(target) <= key:
                target.append([] if isinstance(following, int) else {})
            target = target[key]
        else:
            target = target.setdefault(key, [] if isinstance(following, int) else {})
    last = path[-1]
    if isinstance(last, int):
        target[last : last + 1] = [value]
    else:
        target[last] = value
    return body


def _caller(operation) -> str:
    """Someone the matrix allows to make the call, so only the input can be the problem."""
    # 422: allowed, but the matrix's valid call cannot succeed here (a link preview reaches no page).
    allowed = {
        role for role, status in zip(ROLES, EXPECTED[operation], strict=True) if status < 300 or status == 422
    }
    return next(role for role in ("admin", "manager", "advocate", "anonymous") if role in allowed)


def _client(app, company, operation):
    return signed_in(app, company.users.get(_caller(operation)))


def _raw(client, method, url, query, data, content_type="application/json"):
    headers = {"X-CSRFToken": client.csrf(), "Content-Type": content_type}
    return client.open(url, method=method, query_string=query, data=data, headers=headers)


def _assert_refused(response, before: dict, status=None, code=None, field=None):
    error = (response.get_json(silent=True) or {}).get("error")
    assert 400 <= response.status_code < 500 and error, (response.status_code, response.get_data()[:300])
    assert status is None or response.status_code == status, error
    assert code is None or error["code"] == code, error
    if response.status_code == 422:  # a validation refusal names the field (401 for a login does not)
        assert field is None or field in error.get("fields", {}), error
    assert row_counts() == before, "a refused request changed the database"


def _assert_kept_as_data(response, payload: str):
    """Free text may be kept: then it comes back as a JSON string exactly as sent, never as HTML."""
    if response.status_code == 204:
        return  # nothing comes back (a new password is kept, never shown)
    assert response.mimetype == "application/json"
    text = response.get_data(as_text=True)
    assert "&lt;" not in text and "&#" not in text, "text was HTML-escaped (altered) instead of kept"
    strings = [s for s in _strings(response.get_json()) if payload[:12] in s]
    assert all(payload in s for s in strings), strings


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.fixture
def company(db, vapid):
    return world.build()


@pytest.mark.parametrize("operation", JSON_OPERATIONS, ids=" ".join)
def test_bodies_the_api_cannot_take_are_refused(app, company, operation):
    method, path = operation
    url, query, body = valid_calls.call_for(method, path, company)
    client = _client(app, company, operation)
    too_big = json.dumps({**(body or {}), "padding": "x" * app.config["MAX_CONTENT_LENGTH"]})
    cases = [
        (too_big, "application/json", 413, "payload_too_large"),
        ("[" * 100_000 + "]" * 100_000, "application/json", 400, "bad_request"),
        (b'{"title": "caf\xe9 \xff\xfe"}', "application/json", 400, "bad_request"),
        (json.dumps(body or {}), "text/plain", 415, "unsupported_media_type"),
        (json.dumps(body or {}), "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    ]
    for data, content_type, status, code in cases:
        before = row_counts()
        response = _raw(client, method, url, query, data, content_type)
        _assert_refused(response, before, status, code)


def _is_link(path: tuple) -> bool:
    name = next(key for key in reversed(path) if isinstance(key, str))
    return any(word in name for word in ("url", "endpoint", "image", "file"))


def _try_each(app, company, operation, kind: str, values, must_refuse):
    """Put each value into each field of `kind` of the valid body, one at a time. A refusal must
    name the field's top-level name and change nothing; an accepted value must be allowed by
    `must_refuse` and come back as data. The world is rebuilt after anything was accepted."""
    method, path = operation
    schema = _body_schema(_document(app), method, path)
    assert schema is not None, "every POST, PUT and PATCH in the corpus takes a JSON body"
    tried = 0
    for field in fields_of(_document(app), schema, kind):
        for value in values(field):
            url, query, body = valid_calls.call_for(method, path, company)
            client = _client(app, company, operation)
            before = row_counts()
            response = send(client, method, url, query, with_value(body, field, value))
            tried += 1
            if response.status_code < 300 and not must_refuse(schema, field, value):
                _assert_kept_as_data(response, value) if isinstance(value, str) else None
                reset(app)
                company = world.build()
            else:
                _assert_refused(response, before, field=field[0])
    return tried


BODY_OPERATIONS = [
    op
    for op in OPERATIONS
    if op
    not in {
        ("POST", "/api/v1/auth/logout"),
        ("POST", "/api/v1/content/{content_id}/open"),
        ("POST", "/api/v1/people/{person_id}/reset-link"),
        ("POST", "/api/v1/invitations/{invitation_id}/resend"),
        ("POST", "/api/v1/deletions/{user_id}/carry-out"),
        ("POST", "/api/v1/content/{content_id}/archive"),
        ("POST", "/api/v1/content/{content_id}/duplicate"),
        ("POST", "/api/v1/content/{content_id}/restore"),
        ("POST", "/api/v1/teams/{team_id}/archive"),
        ("POST", "/api/v1/teams/{team_id}/restore"),
        ("POST", "/api/v1/rewards/{reward_id}/restore"),
        ("POST", "/api/v1/store/redemptions/{redemption_id}/cancel"),
        ("POST", "/api/v1/store/redemptions/{redemption_id}/received"),
    }
    and op not in UPLOADS
]


# Bodies with no field of a kind: a case for them would send nothing and pass, so they have none
# (test_the_operations_left_out_have_no_field_of_that_kind keeps these lists true).
WITHOUT_STRING_FIELDS = {
    ("PATCH", "/api/v1/me"),
    ("POST", "/api/v1/content/audience"),
    ("POST", "/api/v1/teams/{team_id}/merge"),
    ("POST", "/api/v1/closes/{close_id}/confirm"),
    ("POST", "/api/v1/guidelines/acknowledge"),
    ("POST", "/api/v1/guidelines/quiz/attempts"),
    ("POST", "/api/v1/rules/describe"),  # a free-form draft: each item is read as far as it can be
}
WITHOUT_INTEGER_FIELDS = {
    ("POST", "/api/v1/directory/tokens"),
    ("POST", "/api/v1/content/link-preview"),
    ("PATCH", "/api/v1/me"),
    ("PATCH", "/api/v1/prize-winners/{winner_id}"),
    ("PATCH", "/api/v1/redemptions/{redemption_id}"),
    ("POST", "/api/v1/auth/login"),
    ("POST", "/api/v1/auth/password-reset"),
    ("POST", "/api/v1/auth/password-reset/check"),
    ("POST", "/api/v1/auth/password-reset/complete"),
    ("POST", "/api/v1/invitations/accept"),
    ("POST", "/api/v1/invitations/check"),
    ("POST", "/api/v1/me/deletion"),
    ("POST", "/api/v1/push/devices"),
    ("POST", "/api/v1/push/devices/renew"),
    ("POST", "/api/v1/rules/check"),
    ("POST", "/api/v1/rules/describe"),
    ("POST", "/api/v1/rules/rescore"),
    ("POST", "/api/v1/suggestions"),
    ("POST", "/api/v1/suggestions/{suggestion_id}/reject"),
    ("PUT", "/api/v1/content/{content_id}/rating"),
    ("PUT", "/api/v1/guidelines"),
    ("PUT", "/api/v1/push/preferences"),
}


def _fields(app, operation, kind: str) -> list[tuple]:
    document = _document(app)
    return fields_of(document, _body_schema(document, *operation), kind)


def _assert_sent(tried: int, expected: int, operation, kind: str):
    assert tried == expected, f"{' '.join(operation)}: sent {tried} requests, expected {expected}"
    assert tried > 0, (
        f"{' '.join(operation)} has no {kind} field to try: add it to WITHOUT_{kind.upper()}_FIELDS"
    )


@pytest.mark.parametrize("operation", sorted(set(BODY_OPERATIONS) - WITHOUT_STRING_FIELDS), ids=" ".join)
def test_markup_sql_and_path_traversal_in_every_string_field(app, company, operation):
    def values(field):
        return (*TEXT_PAYLOADS, TRAVERSAL) if _is_link(field) else TEXT_PAYLOADS

    def must_refuse(schema, field, value):
        return _is_link(field)  # links are checked as http(s) URLs, never stored as typed

    tried = _try_each(app, company, operation, "string", values, must_refuse)
    expected = sum(len(values(field)) for field in _fields(app, operation, "string"))
    _assert_sent(tried, expected, operation, "string")


@pytest.mark.parametrize("operation", sorted(set(BODY_OPERATIONS) - WITHOUT_INTEGER_FIELDS), ids=" ".join)
def test_huge_and_negative_numbers_in_every_integer_field(app, company, operation):
    def must_refuse(schema, field, value):
        bounds = _property(_document(app), schema, field)
        low, high = bounds.get("minimum"), bounds.get("maximum")
        return (low is None or value < low) or (high is None or value > high)

    tried = _try_each(app, company, operation, "integer", lambda field: NUMBERS, must_refuse)
    _assert_sent(tried, len(NUMBERS) * len(_fields(app, operation, "integer")), operation, "integer")


def test_the_operations_left_out_have_no_field_of_that_kind(app):
    for kind, left_out in (("string", WITHOUT_STRING_FIELDS), ("integer", WITHOUT_INTEGER_FIELDS)):
        assert left_out <= set(BODY_OPERATIONS), left_out - set(BODY_OPERATIONS)
        for operation in left_out:
            assert not _fields(app, operation, kind), f"{' '.join(operation)} has {kind} fields: try them"


def _property(document: dict, schema: dict, path: tuple) -> dict:
    for key in path:
        if isinstance(key, int):
            schema = _resolve(document, schema["items"])
        else:
            schema = _resolve(document, schema["properties"][key])
    return schema


PATH_OPERATIONS = sorted(op for op in EXPECTED if "_id}" in op[1])


@pytest.mark.parametrize("operation", PATH_OPERATIONS, ids=" ".join)
def test_negative_and_huge_ids_in_paths_name_nothing(app, company, operation):
    method, path = operation
    client = _client(app, company, operation)
    for bad in (-1, 0, 2**31, 10**30):
        ids = {
            name: bad if name.endswith("_id") else value
            for name, value in valid_calls.path_ids(company).items()
        }
        _, query, body = valid_calls.call_for(method, path, company)
        before = row_counts()
        response = send(client, method, path.format(**ids), query, body)
        _assert_refused(response, before, status=404, code="not_found")


def test_a_csrf_token_from_another_session_is_refused(app, company):
    theirs = signed_in(app, company.users["advocate"])
    mine = signed_in(app, company.users["manager"])
    url, _, body = valid_calls.call_for("POST", "/api/v1/kudos", company)
    before = row_counts()
    response = mine.open(url, method="POST", json=body, headers={"X-CSRFToken": theirs.csrf()})
    _assert_refused(response, before, status=400, code="csrf_failed")
    assert send(mine, "POST", url, None, body).status_code == 201  # its own token works
