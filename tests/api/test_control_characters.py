"""Control characters in text, in every string of every request body, query string and path the
OpenAPI document describes: a NUL (which PostgreSQL cannot store: it was a 500), an escape or a
lone surrogate is refused with a 422 naming the field, in words a person can act on, and changes
nothing. Line breaks and tabs are refused in single-line fields and kept in multi-line ones."""

import itertools
import json
import logging

import pytest

from server.extensions import limiter
from tests.api.test_authorization_matrix import EXPECTED, ROLES, send
from tests.factories import PASSWORD
from tests.support import valid_calls, world
from tests.support.json_client import JsonClient
from tests.support.reset import reset, row_counts

ALWAYS_REFUSED = ("\x00", "\x1b", "\x7f", "\u0085", "\ud800")  # NUL, ESC, DEL, C1 NEL, surrogate
LINE_BREAKS = ("\n", "\t", "\r\n")


def _document(app) -> dict:
    return app.test_client().get("/api/openapi.json").get_json()


def _resolve(document: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _is_string(prop: dict) -> bool:
    kind = prop.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def string_fields(document: dict, schema: dict, prefix=()) -> list[tuple[tuple, bool]]:
    """(path, multi-line) of every string the schema takes: properties, list items, and the keys
    and values of free-form objects, at any depth."""
    found = []
    for name, prop in schema.get("properties", {}).items():
        if not prop.get("readOnly"):
            found += _strings_in(document, _resolve(document, prop), (*prefix, name))
    return found


def _strings_in(document: dict, prop: dict, here: tuple) -> list[tuple[tuple, bool]]:
    if _is_string(prop):
        return [(here, bool(prop.get("x-multiline")))]
    if "properties" in prop:
        return string_fields(document, prop, here)
    if prop.get("type") == "array":
        return _strings_in(document, _resolve(document, prop.get("items", {})), (*here, 0))
    values = prop.get("additionalProperties")
    if isinstance(values, dict) and values:
        # A free-form object's values: "k" is no real key, and the text check comes first.
        return _strings_in(document, _resolve(document, values), (*here, "k"))
    return []


def with_value(body, path: tuple, value):
    """A copy of `body` with `value` at `path`, creating what is missing on the way."""
    body = json.loads(json.dumps(body or {}))
    target = body
    for key, following in itertools.pairwise(path):
        empty = [] if isinstance(following, int) else {}
        if isinstance(key, int):
            while len(target) <= key:
                target.append(empty)
            target = target[key]
        else:
            if not isinstance(target.get(key), type(empty)):
                target[key] = empty
            target = target[key]
    if isinstance(path[-1], int):
        target[path[-1] : path[-1] + 1] = [value]
    else:
        target[path[-1]] = value
    return body


def _current(body, path: tuple):
    for key in path:
        try:
            body = body[key]
        except (KeyError, IndexError, TypeError):
            return None
    return body


def _text_with(body, path: tuple, char: str) -> str:
    """The valid call's own text at `path` (or a plain word) with `char` inside it."""
    current = _current(body, path)
    text = current if isinstance(current, str) and len(current) > 1 else "Spring launch"
    return text[:1] + char + text[1:]


def _client(app, company, operation) -> JsonClient:
    """Someone allowed to make the call, signed in through the login form."""
    statuses = list(zip(ROLES, EXPECTED[operation], strict=True))
    allowed = {role for role, status in statuses if status < 300}
    # An operation nobody here completes (a link preview: no page is reachable) is tried as whoever
    # reaches its view.
    allowed = allowed or {role for role, status in statuses if status == 422}
    role = next(role for role in ("admin", "manager", "advocate", "anonymous") if role in allowed)
    client = JsonClient(app.test_client())
    if role != "anonymous":
        client.login(company.users[role].email, PASSWORD)
    return client


def _messages(problem) -> list[str]:
    if isinstance(problem, str):
        return [problem]
    if isinstance(problem, list):
        return [m for item in problem for m in _messages(item)]
    if isinstance(problem, dict):
        return [m for item in problem.values() for m in _messages(item)]
    return []


def _assert_refused_by_name(response, name: str, char: str, before: dict):
    limiter.reset()  # a refused login still counts against the address's limit
    error = (response.get_json(silent=True) or {}).get("error") or {}
    assert response.status_code == 422, (name, repr(char), response.status_code, response.get_data()[:300])
    messages = _messages(error.get("fields", {}).get(name))
    if char in LINE_BREAKS:
        wanted = "line breaks and tabs are not allowed"
    else:
        wanted = f"control character (U+{ord(char[0]):04X})"
    assert any(wanted in m for m in messages), (name, repr(char), error)
    assert name in error["message"], error  # the summary names it too
    assert row_counts() == before, "a refused request changed the database"


def _assert_not_refused_for_lines(response, name: str):
    error = (response.get_json(silent=True) or {}).get("error") or {}
    messages = _messages(error.get("fields", {}).get(name))
    assert not any("line breaks" in m or "control character" in m for m in messages), (name, error)


@pytest.fixture
def company(db, vapid):
    return world.build()


BODY_OPERATIONS = sorted(op for op in valid_calls.CALLS if op[0] in ("POST", "PUT", "PATCH"))


@pytest.mark.parametrize("operation", BODY_OPERATIONS, ids=" ".join)
def test_control_characters_in_every_body_string_are_refused_by_name(app, company, operation):
    method, path = operation
    document = _document(app)
    body_doc = document["paths"][path][method.lower()].get("requestBody")
    if body_doc is None or "application/json" not in body_doc["content"]:
        return  # takes no body, or a file upload: no JSON to send text in (counted below)
    schema = _resolve(document, body_doc["content"]["application/json"]["schema"])
    client = _client(app, company, operation)
    sent = 0
    for field, multiline in string_fields(document, schema):
        for char in ALWAYS_REFUSED + (() if multiline else LINE_BREAKS):
            url, query, body = valid_calls.call_for(method, path, company)
            before = row_counts()
            sent_body = with_value(body, field, _text_with(body, field, char))
            response = send(client, method, url, query, sent_body)
            _assert_refused_by_name(response, field[0], char, before)
            sent += 1
    assert sent or not string_fields(document, schema), "no text field was tried"


def test_every_text_taking_operation_was_walked(app):
    """The walk above reaches every operation that takes a body: none is missing a valid call."""
    document = _document(app)
    taking = {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "requestBody" in operation
    }
    assert taking <= set(BODY_OPERATIONS), taking - set(BODY_OPERATIONS)
    assert len(taking) > 30  # the document was read, not an empty one


@pytest.mark.parametrize("operation", BODY_OPERATIONS, ids=" ".join)
def test_line_breaks_and_tabs_are_kept_in_multiline_fields(app, company, operation):
    method, path = operation
    document = _document(app)
    body_doc = document["paths"][path][method.lower()].get("requestBody")
    json_body = body_doc and body_doc["content"].get("application/json")
    schema = _resolve(document, json_body["schema"]) if json_body else {}
    for field, multiline in string_fields(document, schema):
        if not multiline:
            continue
        url, query, body = valid_calls.call_for(method, path, company)
        text = "First line,\n\tthen an indented one.\r\nAnd a last."
        client = _client(app, company, operation)
        response = send(client, method, url, query, with_value(body, field, text))
        _assert_not_refused_for_lines(response, field[0])
        if response.status_code < 300:  # kept: start again from the valid world
            reset(app)
            company = world.build()


def test_multiline_fields_are_the_ones_people_type_paragraphs_into(app):
    document = _document(app)
    marked = set()
    for item in document["paths"].values():
        for operation in item.values():
            body = isinstance(operation, dict) and operation.get("requestBody")
            if body and "application/json" in body["content"]:
                schema = _resolve(document, body["content"]["application/json"]["schema"])
                marked |= {field for field, multiline in string_fields(document, schema) if multiline}
    names = {next(k for k in reversed(field) if isinstance(k, str) and k != "k") for field in marked}
    assert names == {
        "summary",
        "captions",
        "caption_variants",
        "caption",
        "text",
        "message",
        "comment",
        "reason",
        "note",  # a reward redemption's delivery note, often an address
        "csv",  # a people import's file, sent as JSON text
    } | {
        "description",
        "condition",
        "criteria",
    }


QUERY_OPERATIONS = sorted(op for op, call in valid_calls.CALLS.items() if op[0] == "GET")


@pytest.mark.parametrize("operation", QUERY_OPERATIONS, ids=" ".join)
def test_control_characters_in_query_strings_are_refused_by_name(app, company, operation):
    method, path = operation
    document = _document(app)
    parameters = document["paths"][path]["get"].get("parameters", [])
    names = [p["name"] for p in parameters if p["in"] == "query" and _is_string(p.get("schema", {}))]
    client = _client(app, company, operation)
    for name in names:
        for char in (*ALWAYS_REFUSED[:3], "\n"):
            url, query, _ = valid_calls.call_for(method, path, company)
            query = {**(query or {}), name: _text_with(query or {}, (name,), char)}
            before = row_counts()
            _assert_refused_by_name(send(client, method, url, query, None), name, char, before)


NUMBER_PATH_PARTS = {"{version}"}  # a rule set's version number, an integer like the ids


def _has_text_in_path(path: str) -> bool:
    return any(
        "{" in part and not part.endswith("_id}") and part not in NUMBER_PATH_PARTS
        for part in path.split("/")
    )


STRING_PATHS = sorted(op for op in valid_calls.CALLS if _has_text_in_path(op[1]))


@pytest.mark.parametrize("operation", STRING_PATHS, ids=" ".join)
def test_control_characters_in_path_text_name_nothing(app, company, operation):
    method, path = operation
    client = _client(app, company, operation)
    ids = valid_calls.path_ids(company)
    for char in ("%00", "%1B", "%0A"):
        texts = {name: _with_char(value, char) for name, value in ids.items()}
        _, query, body = valid_calls.call_for(method, path, company)
        response = send(client, method, path.format(**texts), query, body)
        assert response.status_code == 404, (path, char, response.get_data()[:300])
        assert response.get_json()["error"]["code"] == "not_found"


def _with_char(value, char: str):
    return value[:1] + char + value[1:] if isinstance(value, str) else value


OTHER_PATHS = ("/s/ab%00cd", "/s/%1B", "/badges/a%00b.svg", "/people%00", "/assets/x%00.js")


@pytest.mark.parametrize("url", OTHER_PATHS)
def test_control_characters_in_other_paths_name_nothing(client, url, caplog):
    """Tracked links, built files and the app's own routes, outside the OpenAPI document: a 404,
    and no error for operators to chase (PostgreSQL refuses a NUL in a query)."""
    response = client.get(url)
    assert response.status_code == 404, (url, response.status_code, response.get_data()[:300])
    assert not [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
