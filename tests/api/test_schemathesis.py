"""Schemathesis calls every operation of our OpenAPI document in process, signed in as each role,
with generated valid and invalid input: nothing may answer 5xx, and every answer must match the
status codes and schema the document gives for it."""

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tests.factories import PASSWORD
from tests.support import world
from tests.support.json_client import JsonClient

# Per operation and role; CI keeps the default (the three roles' run stays under a minute), a
# deeper hunt raises it: SCHEMATHESIS_EXAMPLES=200 pytest tests/api/test_schemathesis.py
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", 8))
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # the same examples on every run, here and in CI
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


@pytest.fixture
def company(db):
    return world.build()


def _signed_in(app, user) -> dict:
    """What the PWA sends once signed in: the session cookie and the CSRF token."""
    client = JsonClient(app.test_client())
    client.login(user.email, PASSWORD)
    cookie = client.raw.get_cookie("session").value
    # Uncompressed: Schemathesis reads in-process answers as sent, and Flask-Compress would pick
    # the zstd its default Accept-Encoding offers (compression has its own test in test_platform).
    headers = {"X-CSRFToken": client.csrf(), "Accept-Encoding": "identity"}
    return {"cookies": {"session": cookie}, "headers": headers}


def _real_ids(company: world.World) -> dict:
    """Path parameters that name rows which exist, so generated calls reach past the 404."""
    return {
        "content_id": company.content,
        "device_id": company.device,
        "prize_id": company.prize,
        "winner_id": company.winner,
        "close_id": company.close,
        "exclusion_id": company.exclusion,
        "suggestion_id": company.suggestion,
        "person_id": company.users["advocate"].id,
        "invitation_id": company.invitation,
        "user_id": company.leaving,
        "period": "month",
        "table": "by_day",
        "team_id": company.sales,
        "name": "icon-192",
    }


def _cases(operation, ids: dict):
    """Valid input, invalid input, and valid input aimed at real rows."""
    wanted = {p.name for p in operation.path_parameters}
    real = {name: value for name, value in ids.items() if name in wanted}
    return st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE, path_parameters=real),
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )


def _explore(app, operation, ids: dict, session: dict) -> None:
    @SETTINGS
    @given(case=_cases(operation, ids))
    def run(case):
        # Each request in its own app context, as in production, so nothing cached in `g` carries over.
        with app.app_context():
            response = case.call(**session)
        case.validate_response(response, checks=CHECKS, headers=session["headers"])

    run()


def _described(error: BaseException) -> str:
    notes = "\n".join(getattr(error, "__notes__", ()))
    return f"{error}\n{notes}" if not isinstance(error, BaseExceptionGroup) else f"{error.message}\n{notes}"


def _logs_out(operation) -> bool:
    return (operation.method.upper(), operation.path) == ("POST", "/api/v1/auth/logout")


@pytest.mark.parametrize("role", ["advocate", "manager", "admin"])
def test_every_operation_answers_as_documented(app, company, vapid, role):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    session = _signed_in(app, company.users[role])
    failures = []
    # Logging out ends the session on the server, and every call shares its cookie: last.
    operations = sorted((result.ok() for result in schema.get_all_operations()), key=_logs_out)
    for operation in operations:
        try:
            _explore(app, operation, _real_ids(company), session)
        except (AssertionError, BaseExceptionGroup) as error:  # report every operation's failures
            failures.append(f"{operation.label}:\n{_described(error)}")
    assert not failures, "\n\n".join(failures)
