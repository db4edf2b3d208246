"""Text the API takes: control characters are refused, by field name, in every string of every
request body and query string (the API's parser runs `problems` before any schema loads).

PostgreSQL cannot store a NUL in text (it was a 500), and other control characters only ever
hide things from the people who read a title. Tabs and line breaks are allowed in the fields a
person types paragraphs into: declare those as `MultilineText`, the one mark of a multi-line
field (the OpenAPI document shows it as `x-multiline: true`)."""

import re
from collections.abc import Mapping

from marshmallow import Schema, fields

MULTILINE_KEY = "x-multiline"
# C0 controls, DEL, C1 controls, and UTF-16 surrogates: JSON's "\ud800" decodes to a lone one,
# which no database encoding can store.
SINGLE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
MULTI_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")  # keeps \t \n \r


class MultilineText(fields.String):
    """Free text a person may break into lines or indent with tabs (what a textarea sends)."""

    def __init__(self, *, metadata: Mapping | None = None, **kwargs):
        super().__init__(metadata={**(metadata or {}), MULTILINE_KEY: True}, **kwargs)


def refusal(text: str, multiline: bool) -> str | None:
    """Why `text` cannot be taken, in words for the person who typed it, or None."""
    found = (MULTI_LINE if multiline else SINGLE_LINE).search(text)
    if not found:
        return None
    char = found.group()
    if char in "\t\n\r":
        return "Use a single line here: line breaks and tabs are not allowed."
    return f"Remove the invisible control character (U+{ord(char):04X}) from this text: it cannot be stored."


def problems(schema: Schema, data) -> dict:
    """Refusals for every string in `data` (raw JSON or query args), keyed like marshmallow's
    errors: {"title": [...]}, {"questions": {0: {"question": [...]}}}."""
    if not isinstance(data, Mapping):
        return {}
    declared = {field.data_key or name: field for name, field in schema.fields.items()}
    found = {}
    for key, value in _items(data):
        problem = _check(declared.get(key), value)
        if problem:
            found[key] = problem
    return found


def _items(data: Mapping):
    # Query args are a MultiDict: every repeated value counts, not only the first.
    if hasattr(data, "getlist"):
        return [(key, value) for key in data for value in data.getlist(key)]
    return data.items()


def _check(field, value):
    """The refusal for one value, walking into what the field declares it holds."""
    if isinstance(value, str):
        reason = refusal(value, isinstance(field, MultilineText))
        return [reason] if reason else None
    if isinstance(field, fields.Nested) and isinstance(field.schema, Schema):
        if isinstance(value, list):
            return _each(value, lambda item: problems(field.schema, item))
        return problems(field.schema, value) or None
    if isinstance(field, fields.List):
        return _each(value, lambda item: _check(field.inner, item))
    if isinstance(field, fields.Dict):
        return _in_mapping(value, field.key_field, field.value_field)
    return _raw(value)


def _each(value, check):
    if not isinstance(value, list):
        return None
    found = {index: problem for index, item in enumerate(value) if (problem := check(item))}
    return found or None


def _in_mapping(value, key_field, value_field):
    if not isinstance(value, Mapping):
        return None
    found = {}
    for key, item in value.items():
        problem = _check(key_field, key) or _check(value_field, item)
        if problem:
            found[key] = problem
    return found or None


def _raw(value):
    """Undeclared JSON (an untyped Dict or Raw field): every string in it is single-line."""
    if isinstance(value, list):
        return _each(value, _raw)
    if isinstance(value, Mapping):
        return _in_mapping(value, None, None)
    return None
