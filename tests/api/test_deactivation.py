"""Deactivating and reactivating people: who may, and that every session ends at once."""

from flask_login.utils import encode_cookie

from server.models import User
from tests.factories import PASSWORD, TeamFactory, UserFactory
from tests.support.json_client import JsonClient


def _copy_of(app, browser: JsonClient) -> JsonClient:
    """Another browser holding a copy of `browser`'s session cookie."""
    client = JsonClient(app.test_client())
    client.raw.set_cookie("session", browser.raw.get_cookie("session").value)
    return client


def _deactivate(client, person, active=False):
    return client.patch(f"/api/v1/people/{person.id}", json={"active": active})


def test_admin_deactivation_ends_the_session_and_any_copy_of_its_cookie_at_once(
    app, db, admin_client, advocate, advocate_client
):
    remembered = _copy_of(app, advocate_client)
    assert remembered.get("/api/v1/me").status_code == 200
    response = _deactivate(admin_client, advocate)
    assert response.status_code == 200 and response.get_json()["active"] is False
    assert advocate_client.get("/api/v1/me").status_code == 401
    assert remembered.get("/api/v1/me").status_code == 401
    login = JsonClient(app.test_client()).post(
        "/api/v1/auth/login", json={"email": advocate.email, "password": PASSWORD}
    )
    assert login.status_code == 403 and login.get_json()["error"]["code"] == "account_inactive"


def test_reactivation_lets_the_person_log_in_but_does_not_revive_old_sessions(
    app, db, admin_client, advocate, advocate_client
):
    remembered = _copy_of(app, advocate_client)
    _deactivate(admin_client, advocate)
    response = _deactivate(admin_client, advocate, active=True)
    assert response.status_code == 200 and response.get_json()["active"] is True
    assert advocate_client.get("/api/v1/me").status_code == 401
    assert remembered.get("/api/v1/me").status_code == 401
    JsonClient(app.test_client()).login(advocate.email, PASSWORD)


def test_manager_deactivates_advocates_of_their_own_team_only(db, manager_client, advocate, team):
    other_team_advocate = UserFactory(team=TeamFactory(name="Marketing"))
    fellow_manager = UserFactory(role="manager", team=team)
    assert _deactivate(manager_client, advocate).status_code == 200
    assert _deactivate(manager_client, other_team_advocate).status_code == 404
    refused = _deactivate(manager_client, fellow_manager)
    assert refused.status_code == 403
    assert db.session.get(User, fellow_manager.id).active is True
    assert db.session.get(User, other_team_advocate.id).active is True


def test_nobody_deactivates_themselves_and_advocates_deactivate_nobody(
    db, admin_client, admin, advocate_client, manager
):
    assert _deactivate(admin_client, admin).status_code == 403
    assert _deactivate(advocate_client, manager).status_code == 403
    assert db.session.get(User, admin.id).active is True


def test_activity_flag_must_be_a_boolean(db, admin_client, advocate):
    response = admin_client.patch(f"/api/v1/people/{advocate.id}", json={"active": "maybe", "rank": "admin"})
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"active", "rank"}


def test_people_lists_everyone_for_admins_and_the_team_for_managers(
    db, admin_client, manager_client, advocate_client, advocate, manager, admin
):
    stranger = UserFactory(display_name="Zed", team=TeamFactory(name="Marketing"))
    everyone = admin_client.get("/api/v1/people").get_json()["items"]
    assert {p["id"] for p in everyone} == {advocate.id, manager.id, admin.id, stranger.id}
    ada = next(p for p in everyone if p["id"] == advocate.id)
    assert ada == {
        **ada,
        "email": advocate.email,
        "role": "advocate",
        "team": {"id": advocate.team_id, "name": "Sales"},
        "active": True,
    }
    team = manager_client.get("/api/v1/people").get_json()["items"]
    assert {p["id"] for p in team} == {advocate.id, manager.id}
    assert advocate_client.get("/api/v1/people").status_code == 403


def test_the_cli_deactivation_ends_sessions_the_same_way(app, db, advocate, advocate_client):
    remembered = _copy_of(app, advocate_client)
    result = app.test_cli_runner().invoke(args=["deactivate-user", advocate.email])
    assert result.exit_code == 0, result.output
    assert advocate_client.get("/api/v1/me").status_code == 401
    assert remembered.get("/api/v1/me").status_code == 401


def test_cookies_without_a_session_kept_on_the_server_sign_nobody_in(app, db, advocate):
    # A remember-me cookie, or a session cookie from before sessions had rows: logout could not
    # end them, so they are refused and the person logs in once more.
    client = JsonClient(app.test_client())
    with app.test_request_context():
        client.raw.set_cookie("remember_token", encode_cookie(str(advocate.id)))
    assert client.get("/api/v1/me").status_code == 401
    with client.raw.session_transaction() as session:
        session["_user_id"] = advocate.get_id()
    assert client.get("/api/v1/me").status_code == 401


def test_a_manager_without_a_team_manages_nobody(db, login_as, admin, admin_client):
    """`flask create-user --role manager` without --team makes one: "their team's" is nobody, not
    everyone else without a team (the admins, and advocates not yet placed)."""
    loner = login_as(UserFactory(display_name="Lou", role="manager", team=None))
    unplaced = UserFactory(display_name="Una", team=None)
    invited = admin_client.post(
        "/api/v1/invitations", json={"email": "chief@example.test", "role": "admin", "team_id": None}
    ).get_json()
    assert loner.get("/api/v1/people").get_json()["items"] == []
    assert loner.get("/api/v1/invitations").get_json()["items"] == []
    assert _deactivate(loner, unplaced).status_code == 404
    assert loner.post(f"/api/v1/invitations/{invited['id']}/resend").status_code == 404
    db.session.expire_all()
    assert db.session.get(User, unplaced.id).active is True
