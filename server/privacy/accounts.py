"""Account records: single sign-on identities, the invitation that made the account, invitations
the person sent (what and when, not the invitee's address: that is the invitee's data), and
password reset links made for them or, by an admin, for others (never the tokens: only their
hashes are stored anyway), and the devices signed in (never the session ids: they sign in)."""

from server.extensions import db
from server.models import Identity, Invitation, PasswordReset, Team, UserSession
from server.privacy.registry import exporter, listed


@exporter("invitation", Invitation.user_id)
def invitation(user_id: int) -> list[dict]:
    return listed(
        db.select(Invitation.role, Team.name.label("team"), Invitation.created_at, Invitation.accepted_at)
        .outerjoin(Team, Team.id == Invitation.team_id)
        .filter(Invitation.user_id == user_id)
    )


@exporter("invitations_sent", Invitation.invited_by_id)
def invitations_sent(user_id: int) -> list[dict]:
    return listed(
        db.select(
            Invitation.role,
            Team.name.label("team"),
            Invitation.created_at,
            Invitation.accepted_at,
            Invitation.revoked_at,
        )
        .outerjoin(Team, Team.id == Invitation.team_id)
        .filter(Invitation.invited_by_id == user_id)
        .order_by(Invitation.created_at, Invitation.id)
    )


@exporter("password_resets", PasswordReset.user_id)
def password_resets(user_id: int) -> list[dict]:
    return listed(
        db.select(
            PasswordReset.created_at,
            PasswordReset.expires_at,
            PasswordReset.used_at,
            PasswordReset.created_by_id.is_not(None).label("made_by_an_admin"),
        )
        .filter(PasswordReset.user_id == user_id)
        .order_by(PasswordReset.created_at, PasswordReset.id)
    )


@exporter("reset_links_made_for_others", PasswordReset.created_by_id)
def reset_links_made(user_id: int) -> list[dict]:
    return listed(
        db.select(PasswordReset.user_id.label("for_person_id"), PasswordReset.created_at)
        .filter(PasswordReset.created_by_id == user_id)
        .order_by(PasswordReset.created_at, PasswordReset.id)
    )


@exporter("sign_in_identities", Identity.user_id)
def sign_in_identities(user_id: int) -> list[dict]:
    """Single sign-on: which identity provider account signs this person in."""
    return listed(
        db.select(Identity.issuer, Identity.subject, Identity.created_at)
        .filter(Identity.user_id == user_id)
        .order_by(Identity.id)
    )


@exporter("sessions", UserSession.user_id)
def sessions(user_id: int) -> list[dict]:
    """Each browser signed in: its device summary, when it signed in, was last used, and ended."""
    return listed(
        db.select(
            UserSession.device, UserSession.created_at, UserSession.last_seen_at, UserSession.revoked_at
        )
        .filter(UserSession.user_id == user_id)
        .order_by(UserSession.created_at, UserSession.id)
    )
