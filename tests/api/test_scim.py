"""Directory sync: a directory provisions people and teams over SCIM with an admin's token; a
deprovisioned person is deactivated and keeps their points; admins make and revoke tokens."""

from datetime import timedelta

import pytest
from sqlalchemy import func

from server.directory import service
from server.extensions import db as database
from server.models import AuditEntry, LedgerEntry, ScimToken, Team, User
from tests import factories

USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
SCIM_JSON = "application/scim+json"


class Directory:
    """A directory (Entra ID, Okta) calling /scim/v2 with its bearer token."""

    def __init__(self, app, secret):
        self.raw, self.secret = app.test_client(), secret

    def call(self, method, path, body=None, token=None):
        headers = {"Authorization": f"Bearer {token or self.secret}"}
        with self.raw.application.app_context():
            return self.raw.open(
                f"/scim/v2{path}", method=method, json=body, headers=headers, content_type=SCIM_JSON
            )

    def get(self, path, **kwargs):
        return self.call("GET", path, **kwargs)

    def post(self, path, body):
        return self.call("POST", path, body)

    def put(self, path, body):
        return self.call("PUT", path, body)

    def patch(self, path, *operations):
        return self.call("PATCH", path, {"schemas": [PATCH], "Operations": list(operations)})

    def delete(self, path):
        return self.call("DELETE", path)


@pytest.fixture
def directory(app, db, admin):
    _, secret = service.make(admin, "Entra ID")
    return Directory(app, secret)


def _person(email="grace@example.test", name="Grace Hopper", **extra):
    return {"schemas": [USER], "userName": email, "displayName": name, "active": True, **extra}


def _group(name="Engineering", members=(), **extra):
    return {"schemas": [GROUP], "displayName": name, "members": [{"value": m} for m in members], **extra}


def _created(directory, body, path="/Users"):
    response = directory.post(path, body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


# People


def test_a_provisioned_person_is_an_advocate_in_no_team_who_cannot_log_in_with_a_password(directory, db):
    body = _created(directory, _person(externalId="aad-1", emails=[{"value": "x@y.test", "type": "work"}]))
    assert body["userName"] == "grace@example.test"
    assert body["displayName"] == "Grace Hopper"
    assert body["externalId"] == "aad-1"
    assert body["emails"] == [{"value": "grace@example.test", "type": "work", "primary": True}]
    assert body["meta"]["location"].endswith(f"/scim/v2/Users/{body['id']}")
    person = database.session.get(User, int(body["id"]))
    assert (person.role, person.team_id, person.active) == ("advocate", None, True)
    assert not person.check_password("")  # in by single sign-on or a reset link only


def test_responses_are_scim_json(directory, db):
    response = directory.post("/Users", _person())
    assert response.status_code == 201
    assert response.mimetype == SCIM_JSON
    assert response.headers["Location"].endswith(f"/Users/{response.get_json()['id']}")


def test_read_a_person_with_their_department_manager_and_team(directory, db, team):
    boss = factories.UserFactory(display_name="Boss", team=team)
    created = _created(
        directory,
        _person(
            **{
                "schemas": [USER, ENTERPRISE],
                ENTERPRISE: {"department": "Research", "manager": {"value": str(boss.id)}},
            }
        ),
    )
    database.session.get(User, int(created["id"])).team_id = team.id
    database.session.commit()
    body = directory.get(f"/Users/{created['id']}").get_json()
    assert body[ENTERPRISE]["department"] == "Research"
    assert body[ENTERPRISE]["manager"]["value"] == str(boss.id)
    assert body["groups"][0]["value"] == str(team.id)
    assert body["groups"][0]["display"] == team.name
    assert directory.get("/Users/999999").status_code == 404


def test_a_name_without_display_name_is_made_from_given_and_family_names(directory, db):
    body = {
        "schemas": [USER],
        "userName": "okta@example.test",
        "name": {"givenName": "Ada", "familyName": "Lovelace"},
    }
    assert _created(directory, body)["displayName"] == "Ada Lovelace"


@pytest.mark.parametrize(
    ("attribute", "value", "expected"),
    [
        ("userName", "GRACE@example.test", "grace@example.test"),
        ("externalId", "aad-7", "grace@example.test"),
        ("displayName", "grace hopper", "grace@example.test"),
    ],
)
def test_filter_by_username_external_id_or_display_name(directory, db, attribute, value, expected):
    _created(directory, _person(externalId="aad-7"))
    _created(directory, _person("alan@example.test", "Alan Turing", externalId="aad-8"))
    body = directory.get(f'/Users?filter={attribute} eq "{value}"').get_json()
    assert body["totalResults"] == 1
    assert [r["userName"] for r in body["Resources"]] == [expected]


def test_pages_of_people_by_start_index_and_count(directory, db):
    for n in range(5):
        _created(directory, _person(f"p{n}@example.test", f"Person {n}"))
    body = directory.get("/Users?startIndex=2&count=2").get_json()
    assert (body["totalResults"], body["startIndex"], body["itemsPerPage"]) == (6, 2, 2)  # and the admin
    assert [r["userName"] for r in body["Resources"]] == ["p0@example.test", "p1@example.test"]


def test_a_bad_filter_is_a_scim_error(directory, db):
    response = directory.get('/Users?filter=userName eq "unclosed')
    assert response.status_code == 400
    body = response.get_json()
    assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert body["scimType"] == "invalidFilter"


def test_a_second_person_with_the_same_username_is_refused(directory, db):
    _created(directory, _person())
    response = directory.post("/Users", _person(name="Someone Else"))
    assert response.status_code == 409
    assert response.get_json()["scimType"] == "uniqueness"


def test_replace_a_person(directory, db):
    created = _created(directory, _person())
    replaced = _person("grace.hopper@example.test", "Rear Admiral Hopper", externalId="aad-2")
    response = directory.put(f"/Users/{created['id']}", replaced)
    assert response.status_code == 200, response.get_json()
    person = database.session.get(User, int(created["id"]))
    database.session.refresh(person)
    assert (person.email, person.display_name, person.external_id) == (
        "grace.hopper@example.test",
        "Rear Admiral Hopper",
        "aad-2",
    )


def test_patch_a_person_as_entra_id_does(directory, db):
    created = _created(directory, _person())
    response = directory.patch(
        f"/Users/{created['id']}",
        {"op": "Replace", "path": "displayName", "value": "Grace B. Hopper"},
        {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Navy"},
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["displayName"] == "Grace B. Hopper"
    assert response.get_json()[ENTERPRISE]["department"] == "Navy"


def test_active_false_deactivates_and_ends_sessions(app, directory, db, advocate, advocate_client):
    response = directory.patch(f"/Users/{advocate.id}", {"op": "replace", "path": "active", "value": False})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["active"] is False
    assert advocate_client.get("/api/v1/me").status_code == 401
    assert directory.get(f"/Users/{advocate.id}").get_json()["active"] is False  # still there


def test_deprovisioning_deactivates_and_keeps_points(directory, db, advocate, advocate_client):
    content = factories.ContentFactory()
    share = {"content_id": content.id, "network": "linkedin", "client_id": "tap-0000001"}
    assert advocate_client.post("/api/v1/shares", json=share).status_code == 201
    ledger = database.session.scalar(
        database.select(func.sum(LedgerEntry.points)).filter_by(user_id=advocate.id)
    )

    assert directory.delete(f"/Users/{advocate.id}").status_code == 204

    assert directory.get(f"/Users/{advocate.id}").status_code == 404
    assert advocate_client.get("/api/v1/me").status_code == 401
    person = database.session.get(User, advocate.id)
    database.session.refresh(person)
    assert person.active is False
    kept = database.session.scalar(
        database.select(func.sum(LedgerEntry.points)).filter_by(user_id=advocate.id)
    )
    assert kept == ledger == 15


def test_a_deprovisioned_person_provisioned_again_comes_back_with_their_history(directory, db, advocate):
    assert directory.delete(f"/Users/{advocate.id}").status_code == 204
    body = _created(directory, _person(advocate.email, "Ada Again", externalId="aad-9"))
    assert body["id"] == str(advocate.id)
    assert body["active"] is True


# Teams


def test_a_group_is_a_team_and_its_members_move_into_it(directory, db, team, advocate):
    newcomer = _created(directory, _person())
    body = _created(
        directory, _group("Engineering", [newcomer["id"], str(advocate.id)], externalId="g-1"), "/Groups"
    )
    created = database.session.get(Team, int(body["id"]))
    assert (created.name, created.external_id) == ("Engineering", "g-1")
    moved = database.session.scalars(database.select(User.id).filter_by(team_id=created.id)).all()
    assert sorted(moved) == sorted([int(newcomer["id"]), advocate.id])
    assert {m["value"] for m in body["members"]} == {newcomer["id"], str(advocate.id)}
    found = directory.get('/Groups?filter=displayName eq "engineering"').get_json()
    assert [g["id"] for g in found["Resources"]] == [body["id"]]


def test_patching_members_adds_and_removes_people(directory, db, team, advocate):
    group = _created(directory, _group("Engineering", [str(advocate.id)]), "/Groups")
    newcomer = _created(directory, _person())
    response = directory.patch(
        f"/Groups/{group['id']}",
        {"op": "add", "path": "members", "value": [{"value": newcomer["id"]}]},
        {"op": "remove", "path": f'members[value eq "{advocate.id}"]'},
    )
    assert response.status_code == 200, response.get_json()
    assert [m["value"] for m in response.get_json()["members"]] == [newcomer["id"]]
    database.session.expire_all()
    assert database.session.get(User, advocate.id).team_id is None
    assert database.session.get(User, int(newcomer["id"])).team_id == int(group["id"])


def test_renaming_a_group_renames_the_team(directory, db, team):
    response = directory.patch(
        f"/Groups/{team.id}", {"op": "replace", "path": "displayName", "value": "Sales EMEA"}
    )
    assert response.status_code == 200, response.get_json()
    database.session.refresh(team)
    assert team.name == "Sales EMEA"


def test_deleting_a_group_archives_the_team_and_keeps_its_people(directory, db, team, advocate):
    assert directory.delete(f"/Groups/{team.id}").status_code == 204
    database.session.refresh(team)
    database.session.refresh(advocate)
    assert team.archived_at is not None
    assert advocate.team_id == team.id
    assert directory.get(f"/Groups/{team.id}").status_code == 404


def test_a_member_that_is_nobody_is_refused(directory, db):
    response = directory.post("/Groups", _group("Ghosts", ["424242"]))
    assert response.status_code == 400
    assert response.get_json()["scimType"] == "invalidValue"
    assert database.session.scalar(database.select(Team).filter_by(name="Ghosts")) is None


# Tokens


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer amp_scim_wrong"])
def test_missing_or_wrong_tokens_are_refused(app, db, header):
    client = app.test_client()
    response = client.get("/scim/v2/Users", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.mimetype == SCIM_JSON
    assert response.get_json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_revoked_token_is_refused(directory, db, admin_client):
    token_id = database.session.scalar(database.select(ScimToken.id))
    assert admin_client.delete(f"/api/v1/directory/tokens/{token_id}").status_code == 200
    assert directory.get("/Users").status_code == 401


def test_service_provider_config_needs_no_token(app, db):
    response = app.test_client().get("/scim/v2/ServiceProviderConfig")
    assert response.status_code == 200
    body = response.get_json()
    assert body["patch"]["supported"] is True
    assert body["authenticationSchemes"][0]["type"] == "oauthbearertoken"


def test_last_used_is_noted_at_most_once_a_minute(directory, db, clock):
    directory.get("/Users")
    token = database.session.scalar(database.select(ScimToken))
    first = token.last_used_at
    assert first is not None
    directory.get("/Users")
    database.session.refresh(token)
    assert token.last_used_at == first
    clock.shift(timedelta(minutes=2))
    directory.get("/Users")
    database.session.refresh(token)
    assert token.last_used_at > first


def test_admins_make_a_token_shown_once_then_list_and_revoke_it(app, admin_client, db):
    response = admin_client.post("/api/v1/directory/tokens", json={"name": "Okta"})
    assert response.status_code == 201
    made = response.get_json()
    assert made["token"].startswith("amp_scim_")
    assert Directory(app, made["token"]).get("/Users").status_code == 200

    listed = admin_client.get("/api/v1/directory/tokens").get_json()
    assert listed["scim_url"] == "http://localhost/scim/v2"
    [item] = listed["items"]
    assert item["name"] == "Okta" and item["last_used_at"] is not None and "token" not in item
    assert database.session.scalar(database.select(ScimToken.token_hash)) != made["token"]

    revoked = admin_client.delete(f"/api/v1/directory/tokens/{made['id']}").get_json()
    assert revoked["revoked_at"] is not None
    assert Directory(app, made["token"]).get("/Users").status_code == 401
    actions = database.session.scalars(database.select(AuditEntry.action)).all()
    assert actions == ["directory.token_made", "directory.token_revoked"]


def test_a_token_needs_a_name_said_in_words(admin_client, db):
    response = admin_client.post("/api/v1/directory/tokens", json={"name": "  "})
    assert response.status_code == 422
    assert "Name the directory" in response.get_json()["error"]["fields"]["name"][0]


def test_only_admins_handle_tokens(manager_client, db):
    assert manager_client.get("/api/v1/directory/tokens").status_code == 403
    assert manager_client.post("/api/v1/directory/tokens", json={"name": "Okta"}).status_code == 403


def test_entra_id_quirks_are_understood(directory, db, team, advocate):
    """Entra ID sends booleans as strings, a manager as a bare id, and names the member to remove
    in the value rather than the path."""
    boss = factories.UserFactory(display_name="Boss", team=team)
    response = directory.patch(
        f"/Users/{advocate.id}",
        {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": str(boss.id)},
        {"op": "Replace", "path": "active", "value": "False"},
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()[ENTERPRISE]["manager"]["value"] == str(boss.id)
    assert response.get_json()["active"] is False
    response = directory.patch(
        f"/Groups/{team.id}", {"op": "Remove", "path": "members", "value": [{"value": str(boss.id)}]}
    )
    assert response.status_code == 200, response.get_json()
    database.session.refresh(boss)
    assert boss.team_id is None


def test_the_only_admin_is_not_deactivated_by_the_directory(directory, db, admin):
    for response in (
        directory.delete(f"/Users/{admin.id}"),
        directory.patch(f"/Users/{admin.id}", {"op": "replace", "path": "active", "value": False}),
    ):
        assert response.status_code == 400
        assert "only active admin" in response.get_json()["detail"]
    database.session.refresh(admin)
    assert admin.active is True
    assert directory.get(f"/Users/{admin.id}").status_code == 200


@pytest.mark.parametrize("resource_id", ["abc", "-1", "0" + "9" * 12, "9" * 5000])
def test_ids_that_name_nothing_are_not_found(directory, db, resource_id):
    for path in (f"/Users/{resource_id}", f"/Groups/{resource_id}"):
        response = directory.get(path)
        assert response.status_code == 404
        assert response.get_json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
