"""Deleting an account: asked for with the password, cancellable for 7 days, then carried out by
the daily task, the CLI or an admin. The person is anonymised; every total stays as it was."""

from datetime import timedelta

import pytest
from flask import current_app

from server.extensions import db as database
from server.models import Invitation, Kudos, PasswordReset, PushDevice, Suggestion, User, UserSession
from server.models.types import utcnow
from tests.factories import PASSWORD, UserFactory
from tests.support.advocacy_flow import live

# Every table a total, rollup, leaderboard history or prize history is built from.
KEPT = (
    "ledger_entries",
    "scores",
    "shares",
    "clicks",
    "daily_activity",
    "daily_totals",
    "monthly_advocate_activity",
    "monthly_content_activity",
    "month_standings",
    "prize_winners",
    "badge_awards",
    "content_ratings",
)


def _ask(client, password=PASSWORD):
    return client.post("/api/v1/me/deletion", json={"password": password})


def _rows(table: str) -> list:
    found = database.session.execute(database.select(database.metadata.tables[table])).all()
    return sorted(tuple(map(str, row)) for row in found)


def _overdue(user: User, days=8) -> None:
    user.deletion_requested_at = utcnow() - timedelta(days=days)
    database.session.commit()


def test_asking_needs_the_password_and_starts_seven_days_of_grace(advocate_client, db):
    wrong = _ask(advocate_client, "not my password")
    assert wrong.status_code == 422 and "password" in wrong.get_json()["error"]["fields"]
    assert advocate_client.get("/api/v1/me/deletion").get_json()["requested_at"] is None
    asked = _ask(advocate_client).get_json()
    requested = asked["requested_at"]
    assert asked["due_at"] > requested
    assert advocate_client.get("/api/v1/me/deletion").get_json() == asked
    assert _ask(advocate_client).get_json()["requested_at"] == requested  # asking twice changes nothing


def test_the_advocate_can_log_in_during_the_grace_period_and_cancel(advocate_client, advocate, login_as, db):
    _ask(advocate_client)
    again = login_as(advocate)  # still their account
    cancelled = again.delete("/api/v1/me/deletion")
    assert cancelled.status_code == 200 and cancelled.get_json()["requested_at"] is None
    assert again.delete("/api/v1/me/deletion").status_code == 409
    result = current_app.test_cli_runner().invoke(args=["delete-due-accounts"])
    assert result.output.startswith("Deleted 0")
    assert again.get("/api/v1/me").get_json()["display_name"] == "Ada"


def test_admins_see_pending_deletions_and_carry_one_out_now(
    advocate_client, admin_client, advocate, manager, db
):
    _ask(advocate_client)
    [pending] = admin_client.get("/api/v1/deletions").get_json()["items"]
    assert (pending["id"], pending["display_name"], pending["team"]["name"]) == (advocate.id, "Ada", "Sales")
    assert admin_client.post(f"/api/v1/deletions/{manager.id}/carry-out").status_code == 404  # never asked
    assert advocate_client.get("/api/v1/deletions").status_code == 403
    assert admin_client.post(f"/api/v1/deletions/{advocate.id}/carry-out").status_code == 204
    assert admin_client.get("/api/v1/deletions").get_json()["items"] == []
    database.session.expire_all()  # the request wrote through its own session
    assert database.session.get(User, advocate.id).display_name == f"Deleted advocate #{advocate.id}"


def test_only_accounts_past_their_grace_period_are_deleted_by_the_daily_run(login_as, db):
    due, waiting = UserFactory(), UserFactory()
    _ask(login_as(due))
    _ask(login_as(waiting))
    _overdue(due)
    result = current_app.test_cli_runner().invoke(args=["delete-due-accounts"])
    assert "Deleted 1 account(s)" in result.output
    assert database.session.get(User, due.id).deleted_at is not None
    assert database.session.get(User, waiting.id).deleted_at is None


def test_a_deleted_account_no_longer_identifies_the_person(
    advocate_client, manager_client, admin_client, client, advocate, push_service, login_as, db
):
    live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    _ask(advocate_client)
    _overdue(advocate)
    from server.privacy import deletion

    assert deletion.carry_out_due() == 1
    user = database.session.get(User, advocate.id)
    assert (user.display_name, user.email) == (
        f"Deleted advocate #{user.id}",
        f"deleted-{user.id}@deleted.invalid",
    )
    assert not user.active and user.department is None
    assert advocate_client.get("/api/v1/me").status_code == 401  # the session ended
    refused = client.post("/api/v1/auth/login", json={"email": "ada@example.test", "password": PASSWORD})
    assert refused.status_code == 401
    assert database.session.scalar(database.select(PushDevice).filter_by(user_id=user.id)) is None
    assert database.session.scalar(database.select(UserSession).filter_by(user_id=user.id)) is None
    assert database.session.scalars(database.select(Suggestion.comment).filter_by(user_id=user.id)).all() == [
        ""
    ]
    received = database.session.scalars(database.select(Kudos.message).filter_by(receiver_id=user.id)).all()
    assert received == ["Great launch week"]  # written by the manager, not by them


def test_kudos_messages_the_deleted_person_wrote_are_blanked(
    advocate_client, manager_client, admin_client, client, advocate, manager, push_service, db
):
    live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    _ask(manager_client)
    admin_client.post(f"/api/v1/deletions/{manager.id}/carry-out")
    [kudos] = advocate_client.get("/api/v1/kudos").get_json()["items"]
    assert kudos["message"] == "" and "Max" not in str(kudos)


def test_totals_rollups_and_history_are_unchanged_and_the_person_leaves_the_boards(
    advocate_client, manager_client, admin_client, client, advocate, push_service, login_as, db
):
    live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    colleague = UserFactory(team=advocate.team, display_name="Cy")
    watcher = login_as(colleague)
    assert any(
        e["advocate"]["id"] == advocate.id
        for e in watcher.get("/api/v1/leaderboards/week").get_json()["entries"]
    )
    before = {table: _rows(table) for table in KEPT}
    overview = admin_client.get("/api/v1/analytics/overview").get_json()
    _ask(advocate_client)
    admin_client.post(f"/api/v1/deletions/{advocate.id}/carry-out")
    assert {table: _rows(table) for table in KEPT} == before
    after = admin_client.get("/api/v1/analytics/overview").get_json()
    assert after["totals"] == overview["totals"] and after["by_team"] == overview["by_team"]
    [row] = after["by_advocate"]
    assert row["display_name"] == f"Deleted advocate #{advocate.id}"
    board = watcher.get("/api/v1/leaderboards/week").get_json()
    assert all(e["advocate"]["id"] != advocate.id for e in board["entries"])


@pytest.mark.parametrize("body", [{}, {"password": ""}])
def test_asking_without_a_password_is_refused_naming_the_field(advocate_client, db, body):
    response = advocate_client.post("/api/v1/me/deletion", json=body)
    assert response.status_code == 422 and "password" in response.get_json()["error"]["fields"]


def test_the_invitation_and_reset_links_of_a_deleted_account_no_longer_hold_the_address(
    admin_client, login_as, team, db
):
    invited = admin_client.post(
        "/api/v1/invitations", json={"email": "kim@example.test", "role": "advocate", "team_id": team.id}
    )
    assert invited.status_code == 201, invited.get_json()
    invitation = database.session.scalar(database.select(Invitation).filter_by(email="kim@example.test"))
    kim = UserFactory(email="kim@example.test", team=team)
    invitation.user_id = kim.id
    database.session.add(PasswordReset(user_id=kim.id, token_hash="f" * 64, expires_at=utcnow()))
    database.session.commit()
    exported = login_as(kim).get("/api/v1/me/export").get_json()
    assert exported["invitation"][0]["role"] == "advocate"
    assert len(exported["password_resets"]) == 1

    from server.privacy import deletion

    deletion.carry_out(database.session.get(User, kim.id))
    database.session.commit()
    assert "kim@example.test" not in str(database.session.scalars(database.select(Invitation.email)).all())
    assert database.session.scalar(database.select(PasswordReset).filter_by(user_id=kim.id)) is None


def test_a_deleted_account_cannot_be_brought_back(
    advocate_client, admin_client, manager_client, advocate, db
):
    """Deleted is for good: neither reactivating it (admins, or the person's manager) nor a reset
    link may hand the anonymised account, with its points, back to anyone."""
    _ask(advocate_client)
    assert admin_client.post(f"/api/v1/deletions/{advocate.id}/carry-out").status_code == 204
    for client in (admin_client, manager_client):
        response = client.patch(f"/api/v1/people/{advocate.id}", json={"active": True})
        assert (response.status_code, response.get_json()["error"]["code"]) == (409, "account_deleted")
    link = admin_client.post(f"/api/v1/people/{advocate.id}/reset-link")
    assert link.status_code == 409
    database.session.expire_all()
    assert database.session.get(User, advocate.id).active is False


def test_the_only_admin_cannot_ask_for_deletion_until_there_is_another(admin_client, admin, team, db):
    refused = _ask(admin_client)
    assert refused.status_code == 409 and refused.get_json()["error"]["code"] == "last_admin"
    assert database.session.get(User, admin.id).deletion_requested_at is None
    UserFactory(email="second@example.test", role="admin", team=None)
    assert _ask(admin_client).status_code == 200
