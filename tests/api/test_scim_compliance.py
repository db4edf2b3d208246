"""scim2-tester's checks of RFC 7643/7644 against the SCIM endpoint, in process: every check it
has (discovery, create, read, replace, PATCH add/replace/remove, delete) passes."""

import pytest
from scim2_client.engines.wsgi import WSGISCIMClient
from scim2_tester import Status, check_server

from server.directory import service
from tests import factories

FAILED = {Status.ERROR, Status.CRITICAL}


@pytest.fixture
def scim(app, db):
    admin = factories.UserFactory(role="admin", team=None)
    _, secret = service.make(admin, "scim2-tester")
    return WSGISCIMClient(
        app, base_url="http://localhost/scim/v2", headers={"Authorization": f"Bearer {secret}"}
    )


def test_scim2_tester_finds_no_failure(scim):
    results = check_server(scim)
    failures = [f"{r.title} {r.resource_type or ''}: {r.reason}" for r in results if r.status in FAILED]
    assert results and not failures, "\n".join(failures)


def test_every_kind_of_check_ran(scim):
    results = check_server(scim)
    ran = {r.title for r in results if r.status not in {Status.SKIPPED}}
    for title in ("object_creation", "object_query", "object_replacement", "object_deletion"):
        assert any(title in name for name in ran), title
