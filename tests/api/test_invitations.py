"""Invitations by link: who may invite whom, single use, expiry, revoke and resend."""

from datetime import timedelta

import pytest

from server.models import Invitation
from server.models.types import utcnow
from tests.api.accounts_helpers import token_from
from tests.factories import TeamFactory, UserFactory
from tests.support.json_client import JsonClient
from tests.support.smtp_server import SmtpServer

# Every test runs on the fixed clock (tests/conftest.py), never today's date.
pytestmark = pytest.mark.usefixtures("clock")

NEW = {"display_name": "Nia Newcomer", "password": "a long enough passphrase"}


def _invite(client, email="nia@example.test", role="advocate", team_id=None):
    return client.post("/api/v1/invitations", json={"email": email, "role": role, "team_id": team_id})


def _accept(client, token, **changes):
    return client.post("/api/v1/invitations/accept", json={"token": token, **NEW, **changes})


def _invited_token(client, **kwargs) -> str:
    response = _invite(client, **kwargs)
    assert response.status_code == 201, response.get_json()
    return token_from(response.get_json()["link"], "invite")


def test_an_invited_person_sets_name_and_password_and_is_signed_in(app, admin_client, team, db):
    response = _invite(admin_client, "Nia@Example.test", "manager", team.id)
    body = response.get_json()
    assert body["email"] == "nia@example.test" and body["status"] == "pending" and body["emailed"] is False
    token = token_from(body["link"], "invite")
    assert token not in db.session.scalar(db.select(Invitation.token_hash))
    newcomer = JsonClient(app.test_client())
    preview = newcomer.post("/api/v1/invitations/check", json={"token": token}).get_json()
    assert preview["email"] == "nia@example.test" and preview["role"] == "manager"
    accepted = _accept(newcomer, token)
    assert accepted.status_code == 201
    me = newcomer.get("/api/v1/me").get_json()
    assert (me["display_name"], me["role"], me["team"]["name"]) == ("Nia Newcomer", "manager", "Sales")
    assert admin_client.get("/api/v1/invitations").get_json()["items"] == []


def test_a_link_works_once(app, admin_client, team, db):
    token = _invited_token(admin_client, team_id=team.id)
    assert _accept(JsonClient(app.test_client()), token).status_code == 201
    again = _accept(JsonClient(app.test_client()), token, display_name="Someone Else")
    assert again.status_code == 410
    assert again.get_json()["error"]["code"] == "invitation_accepted"


def test_a_link_expires_after_the_configured_days(app, admin_client, team, db, monkeypatch):
    monkeypatch.setitem(app.config, "INVITATION_DAYS", 2)
    response = _invite(admin_client, team_id=team.id).get_json()
    token = token_from(response["link"], "invite")
    later = utcnow() + timedelta(days=2, minutes=1)
    monkeypatch.setattr("server.accounts.invitations.utcnow", lambda: later)
    refused = _accept(JsonClient(app.test_client()), token)
    assert refused.status_code == 410 and refused.get_json()["error"]["code"] == "invitation_expired"
    assert "expired" in refused.get_json()["error"]["message"]


def test_revoked_links_stop_working_and_leave_the_pending_list(app, admin_client, team, db):
    token = _invited_token(admin_client, team_id=team.id)
    invitation_id = admin_client.get("/api/v1/invitations").get_json()["items"][0]["id"]
    assert admin_client.delete(f"/api/v1/invitations/{invitation_id}").status_code == 204
    assert admin_client.get("/api/v1/invitations").get_json()["items"] == []
    refused = JsonClient(app.test_client()).post("/api/v1/invitations/check", json={"token": token})
    assert refused.status_code == 410 and refused.get_json()["error"]["code"] == "invitation_revoked"


def test_resending_replaces_the_link_and_renews_the_expiry(app, admin_client, team, db, monkeypatch):
    old_token = _invited_token(admin_client, team_id=team.id)
    invitation = admin_client.get("/api/v1/invitations").get_json()["items"][0]
    later = utcnow() + timedelta(days=8)
    monkeypatch.setattr("server.accounts.invitations.utcnow", lambda: later)
    assert admin_client.get("/api/v1/invitations").get_json()["items"][0]["status"] == "expired"
    resent = admin_client.post(f"/api/v1/invitations/{invitation['id']}/resend").get_json()
    assert resent["status"] == "pending" and resent["expires_at"] > invitation["expires_at"]
    stranger = JsonClient(app.test_client())
    assert stranger.post("/api/v1/invitations/check", json={"token": old_token}).status_code == 404
    assert _accept(stranger, token_from(resent["link"], "invite")).status_code == 201


def test_managers_invite_advocates_to_their_own_team_only(manager_client, team, db):
    marketing = TeamFactory(name="Marketing")
    made = _invite(manager_client).get_json()
    assert (made["role"], made["team"]["id"]) == ("advocate", team.id)
    as_manager = _invite(manager_client, "boss@example.test", "manager")
    assert as_manager.status_code == 403 and "role" in as_manager.get_json()["error"]["fields"]
    elsewhere = _invite(manager_client, "far@example.test", team_id=marketing.id)
    assert elsewhere.status_code == 403 and "team_id" in elsewhere.get_json()["error"]["fields"]


def test_advocates_cannot_invite_or_see_invitations(advocate_client, db):
    assert _invite(advocate_client).status_code == 403
    assert advocate_client.get("/api/v1/invitations").status_code == 403


def test_managers_see_and_change_only_their_teams_invitations(admin_client, manager_client, team, db):
    marketing = TeamFactory(name="Marketing")
    _invite(admin_client, "elsewhere@example.test", team_id=marketing.id)
    _invite(admin_client, "lead@example.test", "manager", team.id)
    _invite(manager_client, "mine@example.test")
    listed = manager_client.get("/api/v1/invitations").get_json()["items"]
    assert {i["email"] for i in listed} == {"mine@example.test", "lead@example.test"}
    everything = {i["email"]: i["id"] for i in admin_client.get("/api/v1/invitations").get_json()["items"]}
    assert (
        manager_client.delete(f"/api/v1/invitations/{everything['elsewhere@example.test']}").status_code
        == 404
    )
    assert manager_client.delete(f"/api/v1/invitations/{everything['lead@example.test']}").status_code == 403
    assert manager_client.delete(f"/api/v1/invitations/{everything['mine@example.test']}").status_code == 204


def test_an_email_with_an_account_or_a_pending_invitation_is_refused_by_field(
    admin_client, advocate, team, db
):
    taken = _invite(admin_client, advocate.email.upper(), team_id=team.id)
    assert (
        taken.status_code == 409 and "already an account" in taken.get_json()["error"]["fields"]["email"][0]
    )
    gone = UserFactory(active=False, team=team)
    inactive = _invite(admin_client, gone.email, team_id=team.id)
    assert inactive.status_code == 409 and "reactivate" in inactive.get_json()["error"]["fields"]["email"][0]
    _invite(admin_client, team_id=team.id)
    twice = _invite(admin_client, team_id=team.id)
    assert twice.status_code == 409 and twice.get_json()["error"]["code"] == "invitation_pending"


def test_invitation_fields_are_validated_by_name(admin_client, team, db):
    bad = admin_client.post("/api/v1/invitations", json={"email": "nope", "role": "owner", "team_id": "x"})
    assert set(bad.get_json()["error"]["fields"]) == {"email", "role", "team_id"}
    missing_team = _invite(admin_client)
    assert missing_team.status_code == 422 and "team_id" in missing_team.get_json()["error"]["fields"]
    no_such_team = _invite(admin_client, team_id=team.id + 100)
    assert no_such_team.status_code == 422 and "team_id" in no_such_team.get_json()["error"]["fields"]
    assert _invite(admin_client, "chief@example.test", "admin").status_code == 201


def test_a_team_id_no_row_can_have_is_refused_by_field_not_an_error(admin_client, db):
    """Ids are 32-bit: a larger one used to reach the database and overflow (a 500)."""
    for team_id in (0, -1, 2**31, 10**30):
        response = _invite(admin_client, team_id=team_id)
        assert response.status_code == 422, (team_id, response.get_json())
        assert "team_id" in response.get_json()["error"]["fields"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Invitation)) == 0


def test_accepting_checks_the_name_and_password_by_field(app, admin_client, team, db):
    token = _invited_token(admin_client, team_id=team.id)
    newcomer = JsonClient(app.test_client())
    weak = _accept(newcomer, token, display_name="   ", password="short")
    assert set(weak.get_json()["error"]["fields"]) == {"display_name", "password"}
    assert _accept(newcomer, token).status_code == 201  # a refused attempt did not spend the link


def test_an_unknown_link_is_refused(client, db):
    refused = client.post("/api/v1/invitations/check", json={"token": "y" * 43})
    assert refused.status_code == 404 and refused.get_json()["error"]["code"] == "invitation_not_found"


def test_with_smtp_configured_the_invitation_is_mailed_and_the_link_not_shown(
    app, admin_client, team, db, monkeypatch
):
    with SmtpServer() as smtp:
        for key, value in {
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": smtp.port,
            "MAIL_SECURITY": "none",
        }.items():
            monkeypatch.setitem(app.config, key, value)
        body = _invite(admin_client, team_id=team.id).get_json()
        app.extensions["tasks"].run_pending()  # the mail goes through the task queue
        message = smtp.next_message()
    assert body["emailed"] is True and body["link"] is None
    assert message["To"] == "nia@example.test" and "Rae invited you" in message.get_content()
    assert (
        _accept(JsonClient(app.test_client()), token_from(message.get_content(), "invite")).status_code == 201
    )


def _link(client, invitation_id):
    return client.get(f"/api/v1/invitations/{invitation_id}/link")


def test_a_link_can_be_copied_again_after_a_reload_until_it_is_used(app, admin_client, team, db):
    sent = _invite(admin_client, team_id=team.id).get_json()
    [listed] = admin_client.get("/api/v1/invitations").get_json()["items"]
    assert listed["link"] is None and listed["link_available"] is True  # the list never carries it
    again = _link(admin_client, sent["id"])
    assert again.status_code == 200
    assert again.get_json() == {"link": sent["link"], "expires_at": sent["expires_at"]}
    assert token_from(sent["link"], "invite") not in db.session.scalar(db.select(Invitation.token_sealed))
    assert (
        _accept(JsonClient(app.test_client()), token_from(again.get_json()["link"], "invite")).status_code
        == 201
    )
    used = _link(admin_client, sent["id"])
    assert used.status_code == 409 and used.get_json()["error"]["code"] == "invitation_accepted"


def test_a_resent_link_replaces_the_copied_one(admin_client, team, db):
    sent = _invite(admin_client, team_id=team.id).get_json()
    resent = admin_client.post(f"/api/v1/invitations/{sent['id']}/resend").get_json()
    assert _link(admin_client, sent["id"]).get_json()["link"] == resent["link"] != sent["link"]


def test_revoked_expired_and_old_invitations_have_no_link_to_copy(app, admin_client, team, db, monkeypatch):
    revoked = _invite(admin_client, "a@example.test", team_id=team.id).get_json()
    admin_client.delete(f"/api/v1/invitations/{revoked['id']}")
    assert _link(admin_client, revoked["id"]).get_json()["error"]["code"] == "invitation_revoked"
    old = _invite(admin_client, "b@example.test", team_id=team.id).get_json()
    db.session.get(Invitation, old["id"]).token_sealed = None  # sent before links were kept
    db.session.commit()
    refused = _link(admin_client, old["id"])
    assert (
        refused.status_code == 409
        and refused.get_json()["error"]["message"] == "Send it again to get a new link."
    )
    waiting = _invite(admin_client, "c@example.test", team_id=team.id).get_json()
    later = utcnow() + timedelta(days=app.config["INVITATION_DAYS"], minutes=1)
    monkeypatch.setattr("server.accounts.invitations.utcnow", lambda: later)
    expired = _link(admin_client, waiting["id"])
    assert expired.status_code == 409 and "Send it again" in expired.get_json()["error"]["message"]


def test_managers_copy_links_of_their_teams_only(admin_client, manager_client, team, db):
    theirs = _invite(admin_client, "a@example.test", team_id=team.id).get_json()
    other = _invite(admin_client, "b@example.test", team_id=TeamFactory(name="Legal").id).get_json()
    assert _link(manager_client, theirs["id"]).status_code == 200
    assert _link(manager_client, other["id"]).status_code == 404


def test_managers_invite_to_any_team_they_manage(manager_client, manager, db):
    from server.organisation.models import team_managers

    legal = TeamFactory(name="Legal")
    db.session.execute(team_managers.insert().values(team_id=legal.id, user_id=manager.id))
    db.session.commit()
    assert _invite(manager_client, team_id=legal.id).status_code == 201
    refused = _invite(manager_client, "x@example.test", team_id=TeamFactory(name="Ops").id)
    assert refused.status_code == 403 and "team_id" in refused.get_json()["error"]["fields"]
