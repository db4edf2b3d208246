"""Admins run teams from the console: create, rename, set managers, department and location,
archive, restore and merge. Bad input names the field; nobody else writes anything; and a
person's points, shares and badges stay theirs when their team moves or merges."""

import pytest

from server.extensions import db
from server.models import AuditEntry, Content, Invitation, Team, User
from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory, UserFactory
from tests.support.reset import row_counts

# Every test runs on the fixed clock (tests/conftest.py), never today's date.
pytestmark = pytest.mark.usefixtures("clock")

URL = "/api/v1/teams"
# Points for a share and a badge for the first one, so there is history of both kinds to keep.
SHARER_RULES = {
    "rules": [{"id": "share.base", "name": "Shared content", "trigger": "share", "points": 20}],
    "badges": [
        {
            "id": "sharer",
            "name": "Sharer",
            "criteria": "Share content",
            "metric": "shares_total",
            "thresholds": [1],
        }
    ],
    "levels": [{"name": "Newcomer", "threshold": 0}],
}


def _manage(client, **query):
    response = client.get(f"{URL}/manage", query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_admin_creates_a_team_with_its_managers(admin_client, manager, admin):
    body = {"name": "Field Sales", "department": "Sales", "location": "Berlin", "manager_ids": [manager.id]}
    response = admin_client.post(URL, json=body)
    assert response.status_code == 201, response.get_json()
    team = response.get_json()
    assert (team["name"], team["department"], team["location"]) == ("Field Sales", "Sales", "Berlin")
    assert team["managers"] == [{"id": manager.id, "display_name": "Max"}]
    assert team["people"] == 0 and team["archived_at"] is None
    entry = db.session.scalar(db.select(AuditEntry).filter_by(action="team.create"))
    assert entry.actor_id == admin.id and entry.detail["name"] == "Field Sales"


def test_a_duplicate_name_is_refused_whatever_its_case(admin_client, team):
    response = admin_client.post(URL, json={"name": "  sales "})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"name": ["There is already a team called Sales."]}
    other = TeamFactory(name="Marketing")
    response = admin_client.patch(f"{URL}/{other.id}", json={"name": "SALES"})
    assert response.get_json()["error"]["fields"]["name"] == ["There is already a team called Sales."]
    # Renaming a team to another spelling of its own name is fine.
    assert admin_client.patch(f"{URL}/{team.id}", json={"name": "SALES"}).get_json()["name"] == "SALES"


def test_managers_must_be_active_managers_or_admins(admin_client, advocate, team):
    advocate.display_name = "Ana Lopez"
    former = UserFactory(display_name="Fay", role="manager", active=False)
    db.session.commit()
    response = admin_client.patch(f"{URL}/{team.id}", json={"manager_ids": [advocate.id]})
    assert response.status_code == 422
    message = "Ana Lopez is an advocate; make them a manager first on the People screen."
    assert response.get_json()["error"]["fields"] == {"manager_ids": [message]}
    response = admin_client.patch(f"{URL}/{team.id}", json={"manager_ids": [former.id]})
    assert response.get_json()["error"]["fields"]["manager_ids"] == [
        "Fay is deactivated; reactivate them on the People screen."
    ]
    response = admin_client.post(URL, json={"name": "Ops", "manager_ids": [999999]})
    assert response.status_code == 422 and "manager_ids" in response.get_json()["error"]["fields"]
    assert db.session.scalar(db.select(Team).filter_by(name="Ops")) is None


def test_admin_renames_sets_department_location_and_replaces_managers(admin_client, team, manager, admin):
    body = {"name": "Inside Sales", "department": "Revenue", "location": "Lisbon", "manager_ids": [admin.id]}
    answer = admin_client.patch(f"{URL}/{team.id}", json=body).get_json()
    assert (answer["name"], answer["department"], answer["location"]) == ("Inside Sales", "Revenue", "Lisbon")
    assert [m["id"] for m in answer["managers"]] == [admin.id]
    entry = db.session.scalar(db.select(AuditEntry).filter_by(action="team.update"))
    assert entry.detail["name"] == {"from": "Sales", "to": "Inside Sales"}
    assert entry.detail["manager_ids"] == {"from": [], "to": [admin.id]}
    cleared = admin_client.patch(f"{URL}/{team.id}", json={"department": None, "manager_ids": []}).get_json()
    assert cleared["department"] is None and cleared["managers"] == []


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"name": ""}, "name", "Give the team a name (up to 80 characters)."),
        ({"name": "x" * 81}, "name", "Give the team a name (up to 80 characters)."),
        ({"name": None}, "name", "Give the team a name (up to 80 characters)."),
        ({"department": "d" * 81}, "department", "Keep the department to 80 characters."),
        ({"location": 5}, "location", "Keep the location to 80 characters."),
        ({"manager_ids": "max"}, "manager_ids", "Choose the team's managers from the list of people."),
    ],
)
def test_bad_input_names_the_field(admin_client, team, body, field, message):
    response = admin_client.patch(f"{URL}/{team.id}", json=body)
    assert response.status_code == 422
    assert message in str(response.get_json()["error"]["fields"][field])


def test_a_new_team_needs_a_name(admin_client):
    response = admin_client.post(URL, json={"department": "Sales"})
    assert response.get_json()["error"]["fields"] == {"name": ["Give the team a name (up to 80 characters)."]}


def test_the_console_list_searches_pages_and_counts_active_people(admin_client, team, advocate, manager):
    UserFactory(team=team, active=False)
    team.managed_by = None
    for name in ("Berlin Ops", "Lisbon Ops", "Porto Ops"):
        TeamFactory(name=name, location=name.split()[0])
    archived = TeamFactory(name="Old Ops", archived_at=utcnow())
    page = _manage(admin_client, per_page=2)
    assert page["total"] == 4 and [t["name"] for t in page["items"]] == ["Berlin Ops", "Lisbon Ops"]
    assert [t["name"] for t in _manage(admin_client, per_page=2, page=2)["items"]] == ["Porto Ops", "Sales"]
    sales = _manage(admin_client, q="sal")["items"]
    assert [(t["name"], t["people"]) for t in sales] == [("Sales", 2)]  # the deactivated one not counted
    assert [t["name"] for t in _manage(admin_client, q="lisbon")["items"]] == ["Lisbon Ops"]
    everything = _manage(admin_client, include_archived="true", q="ops")
    assert archived.id in [t["id"] for t in everything["items"]] and everything["total"] == 4


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"per_page": 500}, "per_page"),
        ({"page": 0}, "page"),
        ({"include_archived": "maybe"}, "include_archived"),
    ],
)
def test_bad_list_queries_name_the_parameter(admin_client, query, field):
    response = admin_client.get(f"{URL}/manage", query_string=query)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


def test_archived_teams_leave_the_pickers_and_come_back_on_restore(
    admin_client, advocate_client, team, advocate
):
    answer = admin_client.post(f"{URL}/{team.id}/archive").get_json()
    assert answer["archived_at"] is not None and answer["people"] == 1  # its people stay
    assert advocate_client.get(URL).get_json()["items"] == []
    assert admin_client.post(f"{URL}/{team.id}/archive").status_code == 200  # already archived: no change
    assert admin_client.post(f"{URL}/{team.id}/restore").get_json()["archived_at"] is None
    assert [t["name"] for t in advocate_client.get(URL).get_json()["items"]] == ["Sales"]
    actions = db.session.scalars(db.select(AuditEntry.action).order_by(AuditEntry.id))
    assert list(actions) == ["team.archive", "team.restore"]


def test_merging_moves_people_invitations_content_targets_and_managers(admin_client, team, advocate, manager):
    marketing = TeamFactory(name="Marketing")
    other_lead = UserFactory(role="manager", team=marketing)
    db.session.execute(
        db.text("INSERT INTO team_managers (team_id, user_id) VALUES (:t, :u), (:m, :o)"),
        {"t": team.id, "u": manager.id, "m": marketing.id, "o": other_lead.id},
    )
    invitation = Invitation(
        email="new@example.test", role="advocate", team_id=team.id, token_hash="h" * 64, expires_at=utcnow()
    )
    both = ContentFactory(target_teams=[team, marketing])
    only_sales = ContentFactory(target_teams=[team])
    db.session.add(invitation)
    db.session.commit()
    response = admin_client.post(f"{URL}/{team.id}/merge", json={"into_team_id": marketing.id})
    assert response.status_code == 200, response.get_json()
    into = response.get_json()
    assert into["id"] == marketing.id and into["people"] == 3
    assert sorted(m["id"] for m in into["managers"]) == sorted([manager.id, other_lead.id])
    db.session.expire_all()
    assert {db.session.get(User, p.id).team_id for p in (advocate, manager)} == {marketing.id}
    assert db.session.get(Invitation, invitation.id).team_id == marketing.id
    assert db.session.get(Content, both.id).target_team_ids == [marketing.id]
    assert db.session.get(Content, only_sales.id).target_team_ids == [marketing.id]
    assert db.session.get(Team, team.id).archived_at is not None
    entry = db.session.scalar(db.select(AuditEntry).filter_by(action="team.merge"))
    assert entry.detail["into_team_id"] == marketing.id and entry.detail["people"] == 2


def test_a_persons_points_shares_and_badges_stay_theirs_when_their_team_merges(
    admin_client, advocate_client, team
):
    assert (
        admin_client.post(
            "/api/v1/rules/publish", json={"document": SHARER_RULES, "reason": "Test"}
        ).status_code
        == 201
    )
    content = ContentFactory()
    share = {"content_id": content.id, "network": "linkedin", "client_id": "tap-merge-0001"}
    assert advocate_client.post("/api/v1/shares", json=share).status_code == 201
    before = _history(advocate_client)
    assert before["points"]["all_time"] > 0 and before["badges"]  # the first share earns a badge
    marketing = TeamFactory(name="Marketing")
    assert admin_client.post(f"{URL}/{team.id}/merge", json={"into_team_id": marketing.id}).status_code == 200
    after = _history(advocate_client)
    assert after == before


def _history(client) -> dict:
    me = client.get("/api/v1/me").get_json()
    progress = client.get("/api/v1/me/progress").get_json()
    ledger = client.get("/api/v1/me/ledger").get_json()
    return {"points": me["points"], "badges": progress["badges"], "ledger": ledger}


@pytest.mark.parametrize(
    ("into", "message"),
    [
        ("self", "Choose another team to merge this one into."),
        ("missing", "There is no such team to merge into."),
        ("archived", "Old is archived; restore it before merging into it."),
        ("text", "Choose a team to merge into from the list."),
    ],
)
def test_a_merge_into_no_team_is_refused_naming_the_field(admin_client, team, advocate, into, message):
    old = TeamFactory(name="Old", archived_at=utcnow())
    into_id = {"self": team.id, "missing": 999999, "archived": old.id, "text": "Marketing"}[into]
    before = row_counts()
    response = admin_client.post(f"{URL}/{team.id}/merge", json={"into_team_id": into_id})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"into_team_id": [message]}
    assert row_counts() == before


def test_an_unknown_team_is_a_404(admin_client):
    for call in ("archive", "restore", "merge"):
        assert admin_client.post(f"{URL}/999999/{call}", json={"into_team_id": 1}).status_code == 404
    assert admin_client.patch(f"{URL}/999999", json={"name": "Ghosts"}).status_code == 404


@pytest.mark.parametrize("who", ["advocate_client", "manager_client", "client"])
def test_nobody_but_admins_runs_teams_and_a_refusal_writes_nothing(request, who, team, manager):
    client = request.getfixturevalue(who)
    other = TeamFactory(name="Marketing")
    before = row_counts()
    calls = [
        client.get(f"{URL}/manage"),
        client.post(URL, json={"name": "Ops"}),
        client.patch(f"{URL}/{team.id}", json={"name": "Ours now", "manager_ids": [manager.id]}),
        client.post(f"{URL}/{team.id}/archive"),
        client.post(f"{URL}/{team.id}/restore"),
        client.post(f"{URL}/{team.id}/merge", json={"into_team_id": other.id}),
    ]
    expected = 401 if who == "client" else 403
    assert [c.status_code for c in calls] == [expected] * len(calls)
    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(Team, team.id).name == "Sales" and db.session.get(Team, team.id).archived_at is None
