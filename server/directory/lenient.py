"""What directories send their own way, put right before the SCIM library validates a person: Okta
may send a name without a displayName, some directories leave out `active`, and Entra ID sets a
manager to a bare id rather than {"value": id}. The published schema keeps displayName and
active required (Amplify always has them), so this is the one place that is forgiving."""

import json

from scim2_models import NotFoundException
from scim2_server.requests import ScimRequest

from server.directory import people


def completed(scim_request: ScimRequest) -> bytes:
    """The request's body, with a person's missing displayName and active filled in and a bare
    manager id wrapped."""
    method, path = scim_request.method.upper(), scim_request.path.rstrip("/")
    if not path.startswith("/Users") or method not in ("POST", "PUT", "PATCH"):
        return scim_request.body
    try:
        body = json.loads(scim_request.body)
    except ValueError:
        return scim_request.body  # the library answers with its own error
    if not isinstance(body, dict):
        return scim_request.body
    if method == "PATCH":
        return json.dumps(_managers_as_objects(body)).encode()
    if not str(body.get("displayName") or "").strip():
        body["displayName"] = _name(body)
    if body.get("active") is None:
        body["active"] = _active(method, path)
    return json.dumps(body).encode()


def _name(body: dict) -> str | None:
    name = body.get("name") if isinstance(body.get("name"), dict) else {}
    parts = [name.get("givenName"), name.get("familyName")]
    joined = " ".join(str(part).strip() for part in parts if part and str(part).strip())
    user_name = str(body.get("userName") or "")
    return name.get("formatted") or joined or user_name.split("@")[0] or None


def _active(method: str, path: str) -> bool:
    """A new person is active; a replaced one stays as they were."""
    if method == "POST":
        return True
    try:
        return people.find(path.rsplit("/", 1)[-1]).active
    except NotFoundException:
        return True  # the library answers 404 itself


def _managers_as_objects(body: dict) -> dict:
    for operation in body.get("Operations") or []:
        if not isinstance(operation, dict):
            continue
        path, value = str(operation.get("path") or ""), operation.get("value")
        if path.lower().endswith("manager") and isinstance(value, str):
            operation["value"] = {"value": value}
    return body
