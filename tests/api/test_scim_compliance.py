"""scim2-tester's checks of RFC 7643/7644 against the SCIM endpoint, in process through the WSGI
app: every check it has (discovery, create, read, query with attributes, replace, PATCH add,
replace and remove on each attribute, delete, an unknown URL) passes, none is skipped."""

from scim2_client.engines.wsgi import WSGISCIMClient
from scim2_tester import Status, check_server

from server.directory import service
from tests import factories

FAILED = {Status.ERROR, Status.CRITICAL}
EXPECTED_CHECKS = ("object_creation", "object_query", "object_replacement", "object_deletion")


def test_scim2_tester_finds_no_failure(app, db):
    admin = factories.UserFactory(role="admin", team=None)
    _, secret = service.make(admin, "scim2-tester")
    bearer = {"Authorization": f"Bearer {secret}"}
    client = WSGISCIMClient(app, base_url="http://localhost/scim/v2", headers=bearer)

    results = check_server(client)

    failures = [f"{r.title} {r.resource_type or ''}: {r.reason}" for r in results if r.status in FAILED]
    assert results and not failures, "\n".join(failures)
    assert [r.title for r in results if r.status == Status.SKIPPED] == []
    for resource_type in ("User", "Group"):
        ran = {r.title for r in results if r.resource_type == resource_type}
        assert set(EXPECTED_CHECKS) <= ran, (resource_type, sorted(ran))
