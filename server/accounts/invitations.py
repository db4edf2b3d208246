"""Inviting people by link: a leader invites an email with a role and team; the person opens the
link, sets their name and password, and is signed in."""

from datetime import datetime, timedelta

from flask import current_app

from server.accounts import secret_links as account_links
from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.mail import service as mail
from server.models import Invitation, Team, User
from server.models.types import utcnow
from server.organisation.service import managed_team_ids


def invite(inviter: User, email: str, role: str, team_id: int | None) -> tuple[Invitation, str | None]:
    """Invite `email`; returns the invitation and its link when it could not be emailed."""
    team_id = _allowed_team(inviter, role, team_id)
    _not_taken(email)
    _not_pending(email)
    invitation = Invitation(email=email, role=role, team_id=team_id, invited_by_id=inviter.id)
    db.session.add(invitation)
    return invitation, _send(invitation)


def open_invitations(viewer: User) -> list[Invitation]:
    """Invitations not yet accepted or revoked (expired ones too, to resend): a manager's team's."""
    query = db.select(Invitation).filter(Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))
    teams = managed_team_ids(viewer)
    if teams is not None:
        if not teams:
            return []  # not the invitations without a team (the admins')
        query = query.filter(Invitation.team_id.in_(teams))
    return list(db.session.scalars(query.order_by(Invitation.created_at.desc(), Invitation.id.desc())))


def resend(viewer: User, invitation_id: int) -> tuple[Invitation, str | None]:
    """A new link with a fresh expiry; the old link stops working (only its hash was kept)."""
    invitation = _open_for(viewer, invitation_id)
    if invitation.user_id is None:  # else the account an import made waits for this link
        _not_taken(invitation.email)
    return invitation, _send(invitation)


def link_of(viewer: User, invitation_id: int) -> tuple[str, Invitation]:
    """The invitation's link again, until it is used, revoked or expires."""
    invitation = _open_for(viewer, invitation_id)
    if invitation.status(utcnow()) == "expired":
        problem = "This invitation has expired. Send it again to get a new link."
        raise Refused(409, "invitation_expired", problem)
    token = account_links.unseal(invitation.token_sealed) if invitation.token_sealed else None
    if token is None:  # sent before links were kept, or sealed with a key since changed
        raise Refused(409, "link_unavailable", "Send it again to get a new link.")
    return account_links.link("invite", token), invitation


def link_available(invitation: Invitation) -> bool:
    return invitation.token_sealed is not None and status(invitation) == "pending"


def revoke(viewer: User, invitation_id: int) -> None:
    _open_for(viewer, invitation_id).revoked_at = utcnow()
    db.session.commit()


def status(invitation: Invitation) -> str:
    return invitation.status(utcnow())


def mail_states(invitations: list[Invitation]) -> dict[int, dict]:
    """How each invitation's latest mail went (none without a mail server): shown to whoever
    invited, so a link the mail server never took is sent again rather than waited for."""
    latest = mail.latest_for_invitations([invitation.id for invitation in invitations])
    return {
        invitation_id: {
            "status": message.status,
            "attempts": message.attempts,
            "error": message.last_error,
            "next_attempt_at": message.next_attempt_at,
        }
        for invitation_id, message in latest.items()
    }


def check(token: str) -> Invitation:
    """The invitation behind a link, or why it cannot be used."""
    invitation = db.session.scalar(db.select(Invitation).filter_by(token_hash=account_links.digest(token)))
    if invitation is None:
        raise Refused(404, "invitation_not_found", "This invitation link is not valid. Ask for a new one.")
    status = invitation.status(utcnow())
    if status != "pending":
        raise Refused(410, f"invitation_{status}", _GONE[status])
    return invitation


def accept(token: str, display_name: str, password: str) -> User:
    """Create the account the invitation describes and sign the new person in."""
    invitation = check(token)
    user = _account_for(invitation, display_name, password)
    invitation.accepted_at, invitation.user_id = utcnow(), user.id
    db.session.commit()
    sessions.start(user)
    return user


def _account_for(invitation: Invitation, display_name: str, password: str) -> User:
    """The account an import made for the invitation (the person now names themselves), or a
    new one."""
    if invitation.user_id is not None:
        user = db.session.get(User, invitation.user_id)
        if user.deleted_at is not None or not user.active:
            problem = "This account is no longer active. Ask the person who invited you."
            raise Refused(410, "invitation_revoked", problem)
        user.display_name = display_name
        user.set_password(password)
        return user
    _not_taken(invitation.email)
    user = User(email=invitation.email, display_name=display_name, role=invitation.role)
    user.team_id = invitation.team_id
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


_GONE = {
    "accepted": "This invitation has already been used. Log in instead, or ask for a new one.",
    "revoked": "This invitation was withdrawn. Ask the person who invited you for a new one.",
    "expired": "This invitation has expired. Ask the person who invited you to send it again.",
}


def new_link(invitation: Invitation, now: datetime) -> str:
    """Give the invitation a fresh token (hashed, and sealed to show again) and expiry; returns
    the token. Any earlier link stops working."""
    token, invitation.token_hash = account_links.new_token()
    invitation.token_sealed = account_links.seal(token)
    invitation.sent_at = now
    invitation.expires_at = now + timedelta(days=current_app.config["INVITATION_DAYS"])
    return token


def mail_link(invitation: Invitation, token: str, base: str | None = None) -> bool:
    """Mail the invitation's link; False when there is no mail server (the link was logged)."""
    link = account_links.link("invite", token, base)
    body, subject = _message(invitation, link), "You're invited to Amplify"
    return mail.send(invitation.email, subject, body, "invitation", invitation_id=invitation.id)


def _send(invitation: Invitation) -> str | None:
    token = new_link(invitation, utcnow())
    db.session.commit()
    return None if mail_link(invitation, token) else account_links.link("invite", token)


def _message(invitation: Invitation, link: str) -> str:
    who = invitation.invited_by.display_name if invitation.invited_by else "Your organisation"
    until = _day(invitation.expires_at)
    return (
        f"{who} invited you to Amplify, where you share your company's news and earn points.\n\n"
        f"Open this link to choose your name and password (it works once, until {until}):\n{link}\n"
    )


def _day(moment: datetime) -> str:
    return moment.strftime("%d %B %Y, %H:%M UTC")


def _allowed_team(inviter: User, role: str, team_id: int | None) -> int | None:
    """The team the invitation puts the person in, if the inviter may invite that role there."""
    if inviter.role == "manager":
        teams = managed_team_ids(inviter)
        if not teams:
            raise Refused(403, "forbidden", "You have no team to invite people to.")
        if role != "advocate":
            raise Refused(
                403,
                "forbidden",
                "Managers may invite advocates only.",
                {"role": ["Managers may invite advocates only."]},
            )
        if team_id is None and inviter.team_id is None:
            raise Refused(
                422,
                "validation_error",
                "Choose a team.",
                {"team_id": ["Choose one of the teams you manage."]},
            )
        if team_id is not None and team_id not in teams:
            raise Refused(
                403,
                "forbidden",
                "Managers may invite to the teams they manage only.",
                {"team_id": ["Choose one of the teams you manage."]},
            )
        return inviter.team_id if team_id is None else team_id
    if team_id is None:
        if role != "admin":
            raise Refused(
                422,
                "validation_error",
                "Choose a team.",
                {"team_id": ["Advocates and managers need a team."]},
            )
        return None
    if db.session.get(Team, team_id) is None:
        raise Refused(
            422, "validation_error", "There is no such team.", {"team_id": ["There is no such team."]}
        )
    return team_id


def _not_taken(email: str) -> None:
    user = db.session.scalar(db.select(User).filter_by(email=email))
    if user is not None:
        problem = (
            "There is already an account with this email."
            if user.active
            else ("This email belongs to a deactivated account: reactivate it instead.")
        )
        raise Refused(409, "account_exists", problem, {"email": [problem]})


def _not_pending(email: str) -> None:
    query = db.select(Invitation.id).filter(
        Invitation.email == email,
        Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None),
        Invitation.expires_at > utcnow(),
    )
    if db.session.scalar(query.limit(1)) is not None:
        problem = "This email already has a pending invitation: resend it instead."
        raise Refused(409, "invitation_pending", problem, {"email": [problem]})


def _open_for(viewer: User, invitation_id: int) -> Invitation:
    invitation = db.session.get(Invitation, invitation_id)
    teams = managed_team_ids(viewer)
    theirs = teams is None or (invitation is not None and invitation.team_id in teams)
    if invitation is None or not theirs:
        raise Refused(404, "not_found", "There is no such invitation.")
    if viewer.role != "admin" and invitation.role != "advocate":
        raise Refused(403, "forbidden", "Managers may change invitations of advocates only.")
    if invitation.accepted_at is not None or invitation.revoked_at is not None:
        status = invitation.status(utcnow())
        raise Refused(409, f"invitation_{status}", f"This invitation was already {status}.")
    return invitation
