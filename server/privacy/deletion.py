"""Deleting an account: the advocate asks (with their password), has a grace period to change
their mind, and then the account is anonymised.

Carrying it out keeps every row that totals are built from (ledger, scores, rollups, month
standings, prize winners, clicks) linked to the same user row, so team and organisation totals,
analytics and prize history do not move; what identifies the person goes: name, email, password,
department and location, devices, notification preferences, and the free text they wrote (kudos
messages they gave, their suggestions' comments, their redemptions' delivery notes). Shares never
keep an edited caption, so there are none to remove. The account is deactivated, so it leaves
every leaderboard and its sessions end; its open sockets are closed."""

import secrets
from datetime import datetime, timedelta

from huey import crontab

from server import tasks
from server.errors import Refused
from server.extensions import db
from server.models import (
    Identity,
    Invitation,
    Kudos,
    PasswordReset,
    PushDevice,
    PushMessage,
    PushPreference,
    Redemption,
    Suggestion,
    User,
    UserSession,
)
from server.models.types import utcnow
from server.organisation.models import team_managers
from server.realtime import publish

GRACE = timedelta(days=7)
PLACEHOLDER_DOMAIN = "deleted.invalid"  # .invalid never resolves (RFC 2606): nothing is sent there


def status(user: User) -> dict:
    requested = user.deletion_requested_at
    return {"requested_at": requested, "due_at": requested + GRACE if requested else None}


def ask(user: User, password: str) -> dict:
    """Start the grace period; the password proves it is the person, not a borrowed phone."""
    if not user.check_password(password):
        problem = "That is not your password."
        raise Refused(422, "validation_error", problem, fields={"password": [problem]})
    if user.role == "admin" and not _other_admins(user):
        message = "You are the only admin: make someone else an admin before deleting your account."
        raise Refused(409, "last_admin", message)
    if user.deletion_requested_at is None:
        user.deletion_requested_at = utcnow()
        db.session.commit()
    return status(user)


def _other_admins(user: User) -> int:
    """Admins who could still run the organisation (active, not themselves leaving)."""
    query = db.select(db.func.count()).select_from(User)
    query = query.filter(User.role == "admin", User.active.is_(True), User.id != user.id)
    return db.session.scalar(query.filter(User.deletion_requested_at.is_(None)))


def cancel(user: User) -> dict:
    if user.deletion_requested_at is None:
        raise Refused(409, "no_deletion_requested", "You have not asked for your account to be deleted.")
    user.deletion_requested_at = None
    db.session.commit()
    return status(user)


def pending() -> list[User]:
    """Accounts waiting out their grace period, the soonest due first."""
    query = db.select(User).filter(User.deletion_requested_at.is_not(None), User.deleted_at.is_(None))
    return list(db.session.scalars(query.order_by(User.deletion_requested_at, User.id)))


def carry_out_now(user_id: int) -> User:
    """An admin's "delete now": only for someone who asked."""
    user = db.session.get(User, user_id)
    if user is None or user.deletion_requested_at is None or user.deleted_at is not None:
        raise Refused(404, "not_found", "Nobody with a pending deletion has that id.")
    carry_out(user)
    return user


# Daily at a quiet hour: accounts whose grace period is over.
@tasks.periodic("delete_due_accounts", crontab(minute="20", hour="3"))
def carry_out_due(now: datetime | None = None) -> int:
    """The daily task and `flask delete-due-accounts`: every account whose grace period is over."""
    cutoff = (now or utcnow()) - GRACE
    due = [user for user in pending() if user.deletion_requested_at <= cutoff]
    for user in due:
        carry_out(user)
    return len(due)


def carry_out(user: User) -> None:
    _anonymise(user)
    _remove_personal_rows(user.id)
    db.session.commit()
    publish.scores_changed([user.id])  # off every board: a deactivated account is never listed
    publish.account_ended(user.id)


def _anonymise(user: User) -> None:
    user.display_name = f"Deleted advocate #{user.id}"
    user.email = f"deleted-{user.id}@{PLACEHOLDER_DOMAIN}"
    # Not a hash any method produces, so no password matches it.
    user.password_hash = f"!deleted${secrets.token_hex(16)}"
    user.department = user.location = user.manager_id = user.external_id = None
    user.public_ranking = False
    user.active = False
    user.deleted_at = utcnow()


def _remove_personal_rows(user_id: int) -> None:
    given = db.select(Kudos.id).filter(Kudos.giver_id == user_id)
    # The notification that told the receiver carried the message and the giver's name.
    topics = [f"kudos-{kudos_id}" for kudos_id in db.session.scalars(given)]
    if topics:
        told = db.update(PushMessage).where(PushMessage.topic.in_(topics))
        db.session.execute(told.values(payload="{}"))
    db.session.execute(db.delete(PushDevice).where(PushDevice.user_id == user_id))
    db.session.execute(db.delete(PushPreference).where(PushPreference.user_id == user_id))
    db.session.execute(db.update(Kudos).where(Kudos.giver_id == user_id).values(message=""))
    db.session.execute(db.update(Suggestion).where(Suggestion.user_id == user_id).values(comment=""))
    # A delivery note is typically a home address; the redemption and its points stay for the totals.
    db.session.execute(db.update(Redemption).where(Redemption.user_id == user_id).values(note=""))
    # The invitation that made the account still names the old address; reset links are theirs.
    db.session.execute(
        db.update(Invitation)
        .where(Invitation.user_id == user_id)
        .values(email=f"deleted-{user_id}@{PLACEHOLDER_DOMAIN}")
    )
    db.session.execute(db.delete(PasswordReset).where(PasswordReset.user_id == user_id))
    db.session.execute(db.delete(Identity).where(Identity.user_id == user_id))  # no sign-in by SSO
    db.session.execute(db.delete(UserSession).where(UserSession.user_id == user_id))  # their devices
    # Where they sat: nobody reports to them any more, and they manage no team.
    db.session.execute(db.update(User).where(User.manager_id == user_id).values(manager_id=None))
    db.session.execute(db.delete(team_managers).where(team_managers.c.user_id == user_id))
