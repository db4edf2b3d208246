"""The people console: finding people (search, filters, sorting, pages) and changing their role,
team, department, location and manager, each within what the caller manages; a change the
caller may not make is refused, naming the field, and writes nothing."""

import pytest

from server.extensions import db as database
from server.models import AuditEntry, User
from server.organisation.models import team_managers
from server.privacy import deletion
from tests.factories import TeamFactory, UserFactory
from tests.support.reset import row_counts


def find(client, **query):
    response = client.get("/api/v1/people", query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def names(answer) -> list[str]:
    return [person["display_name"] for person in answer["items"]]


@pytest.fixture
def company(db, team, advocate, manager, admin):
    marketing = TeamFactory(name="Marketing")
    UserFactory(display_name="Zed", email="zed@example.test", team=marketing, department="Brand")
    UserFactory(display_name="Bea", email="bea@example.test", team=team, active=False)
    return marketing


def test_search_filter_and_sort(admin_client, company, team, db):
    assert names(find(admin_client, q="ZED")) == ["Zed"]
    assert names(find(admin_client, q="example.test", sort="name")) == ["Ada", "Bea", "Max", "Rae", "Zed"]
    assert names(find(admin_client, sort="-name"))[:2] == ["Zed", "Rae"]
    assert names(find(admin_client, team=company.id)) == ["Zed"]
    assert names(find(admin_client, team=0)) == ["Rae"]  # no team
    assert names(find(admin_client, role="manager")) == ["Max"]
    assert names(find(admin_client, state="deactivated")) == ["Bea"]
    assert names(find(admin_client))[-1] == "Bea"  # without a sort: active people first
    assert (
        names(find(admin_client, sort="team"))[0] == "Zed"
        and names(find(admin_client, sort="team"))[-1] == "Rae"
    )
    zed = find(admin_client, q="zed")["items"][0]
    assert zed == {
        **zed,
        "department": "Brand",
        "team": {"id": company.id, "name": "Marketing"},
        "manager": None,
    }


def test_pages(admin_client, company, db):
    first = find(admin_client, sort="email", per_page=2)
    assert (first["total"], first["page"], first["per_page"], len(first["items"])) == (5, 1, 2, 2)
    last = find(admin_client, sort="email", per_page=2, page=3)
    assert names(last) == ["Zed"]
    assert find(admin_client, page=9)["items"] == []
    assert find(admin_client)["per_page"] == 25


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"per_page": 101}, "per_page"),
        ({"page": 0}, "page"),
        ({"sort": "age"}, "sort"),
        ({"state": "x"}, "state"),
        ({"role": "boss"}, "role"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_queries_name_the_field(admin_client, db, query, field):
    response = admin_client.get("/api/v1/people", query_string=query)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


def test_managers_see_the_teams_they_manage(manager_client, manager, company, db):
    assert names(find(manager_client, sort="name")) == ["Ada", "Bea", "Max"]
    database.session.execute(team_managers.insert().values(team_id=company.id, user_id=manager.id))
    database.session.commit()
    assert names(find(manager_client, sort="name")) == ["Ada", "Bea", "Max", "Zed"]
    assert find(manager_client, team=company.id)["total"] == 1


def change(client, person, **body):
    return client.patch(f"/api/v1/people/{person.id}", json=body)


def test_admins_change_role_team_place_and_manager_with_an_audit_entry_each(
    admin_client, admin, advocate, manager, company, db
):
    response = change(
        admin_client,
        advocate,
        role="manager",
        team_id=company.id,
        department=" Field ",
        location="Leeds",
        manager_id=manager.id,
    )
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["role"], body["team"]["name"], body["department"], body["location"]) == (
        "manager",
        "Marketing",
        "Field",
        "Leeds",
    )
    assert body["manager"] == {"id": manager.id, "display_name": "Max"}
    entries = database.session.scalars(database.select(AuditEntry).filter_by(action="person.change")).all()
    assert {entry.detail["field"] for entry in entries} == {
        "role",
        "team_id",
        "department",
        "location",
        "manager_id",
    }
    assert all(entry.actor_id == admin.id and entry.detail["person_id"] == advocate.id for entry in entries)
    cleared = change(admin_client, advocate, department="", manager_id=None).get_json()
    assert (cleared["department"], cleared["manager"]) == (None, None)


def test_a_manager_moves_advocates_only_between_teams_they_manage(
    manager_client, manager, advocate, company, db
):
    before = row_counts()
    refused = change(manager_client, advocate, team_id=company.id, department="Field")
    assert refused.status_code == 403 and list(refused.get_json()["error"]["fields"]) == ["team_id"]
    assert row_counts() == before
    database.session.expire_all()
    assert (database.session.get(User, advocate.id).team_id, advocate.department) == (advocate.team_id, None)
    database.session.execute(team_managers.insert().values(team_id=company.id, user_id=manager.id))
    database.session.commit()
    moved = change(manager_client, advocate, team_id=company.id, location="York")
    assert moved.status_code == 200 and moved.get_json()["team"]["name"] == "Marketing"


def test_what_a_manager_may_not_change_is_refused_naming_the_field(
    manager_client, manager, advocate, company, db
):
    colleague = UserFactory(role="manager", team=advocate.team)
    stranger = UserFactory(team=company)
    before = row_counts()
    role = change(manager_client, advocate, role="manager", location="York")
    assert role.status_code == 403 and "role" in role.get_json()["error"]["fields"]
    own = change(manager_client, manager, department="Field")
    assert own.status_code == 403 and "department" in own.get_json()["error"]["fields"]
    assert change(manager_client, colleague, location="York").status_code == 403
    assert change(manager_client, stranger, location="York").status_code == 404
    assert row_counts() == before


def test_the_only_admin_cannot_demote_themselves(admin_client, admin, db):
    refused = change(admin_client, admin, role="advocate")
    assert refused.status_code == 409
    assert (
        refused.get_json()["error"]["message"] == "You are the only admin; make someone else an admin first."
    )
    assert "role" in refused.get_json()["error"]["fields"]
    UserFactory(role="admin", team=None)
    assert change(admin_client, admin, role="manager").status_code == 200


def test_admins_change_their_own_place_but_do_not_deactivate_themselves(admin_client, admin, db):
    assert change(admin_client, admin, location="Leeds").get_json()["location"] == "Leeds"
    refused = change(admin_client, admin, active=False)
    assert refused.status_code == 403 and "active" in refused.get_json()["error"]["fields"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"role": "boss"}, "role"),
        ({"team_id": 999}, "team_id"),
        ({"team_id": "1"}, "team_id"),
        ({"manager_id": 999}, "manager_id"),
        ({"department": "x" * 81}, "department"),
        ({"location": "a\x00b"}, "location"),
        ({}, "_schema"),
    ],
)
def test_bad_changes_name_the_field_and_write_nothing(admin_client, advocate, db, body, field):
    before = row_counts()
    response = change(admin_client, advocate, **body)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"], (
        response.get_json()
    )
    assert row_counts() == before


def test_nobody_is_their_own_manager(admin_client, advocate, db):
    response = change(admin_client, advocate, manager_id=advocate.id)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["manager_id"] == ["A person cannot be their own manager."]


def test_deleting_an_account_takes_it_out_of_reporting_lines_and_team_managers(
    admin_client, advocate, manager, db
):
    assert change(admin_client, advocate, manager_id=manager.id).status_code == 200
    database.session.execute(team_managers.insert().values(team_id=manager.team_id, user_id=manager.id))
    manager.deletion_requested_at = manager.created_at
    database.session.commit()
    deletion.carry_out(manager)
    database.session.expire_all()
    assert database.session.get(User, advocate.id).manager_id is None
    assert database.session.scalar(database.select(database.func.count()).select_from(team_managers)) == 0


def test_the_reporting_line_and_teams_managed_are_in_each_download(
    admin_client, manager_client, advocate_client, advocate, manager, db
):
    assert change(admin_client, advocate, manager_id=manager.id).status_code == 200
    database.session.execute(team_managers.insert().values(team_id=manager.team_id, user_id=manager.id))
    database.session.commit()
    theirs = manager_client.get("/api/v1/me/export").get_json()
    assert theirs["reporting_line"] == {"manager": None, "reports": ["Ada"]}
    assert theirs["teams_managed"] == ["Sales"]
    assert advocate_client.get("/api/v1/me/export").get_json()["reporting_line"]["manager"] == "Max"


def test_a_percent_sign_in_the_search_is_looked_for_not_a_wildcard(admin_client, company, db):
    assert find(admin_client, q="%")["items"] == []
    assert names(find(admin_client, q="a_a")) == []
