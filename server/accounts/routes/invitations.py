"""Invitations: leaders invite people by link; the invited person opens it and joins."""

from flask import current_app
from flask_login import current_user

from server.accounts import invitations
from server.accounts.auth_schemas import MeOut
from server.accounts.schemas import (
    AcceptIn,
    InvitationIn,
    InvitationLinkOut,
    InvitationListOut,
    InvitationOut,
    InvitationPreviewOut,
    TokenIn,
)
from server.accounts.service import profile
from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.extensions import limiter

blp = Blueprint("invitations", __name__, url_prefix="/api/v1/invitations", description="Invitations")
LEADERS = ("manager", "admin")


def _link_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _out(invitation, mail: dict | None, link=None, sent=False) -> dict:
    fields = ("id", "email", "role", "team", "invited_by", "created_at", "sent_at", "expires_at")
    out = {name: getattr(invitation, name) for name in fields}
    emailed = sent and link is None
    available = invitations.link_available(invitation)
    return {
        **out,
        "status": invitations.status(invitation),
        "link": link,
        "emailed": emailed,
        "mail": mail,
        "link_available": available,
    }


def _sent(invitation, link) -> dict:
    return _out(invitation, invitations.mail_states([invitation]).get(invitation.id), link, sent=True)


@blp.get("")
@role_required(*LEADERS)
@blp.response(200, InvitationListOut)
def open_invitations():
    """Invitations not yet accepted or revoked (a manager's team's), newest first, each with how
    its latest mail went."""
    items = invitations.open_invitations(current_user)
    mail = invitations.mail_states(items)
    return {"items": [_out(invitation, mail.get(invitation.id)) for invitation in items]}


@blp.post("")
@role_required(*LEADERS)
@blp.arguments(InvitationIn)
@blp.response(201, InvitationOut)
def invite(body):
    """Invite a person by email (managers: advocates to their own team). Without mail configured,
    the answer carries the link to pass on."""
    return _sent(*invitations.invite(current_user, body["email"], body["role"], body["team_id"]))


@blp.post("/<int:invitation_id>/resend")
@role_required(*LEADERS)
@blp.response(200, InvitationOut)
def resend(invitation_id):
    """Send a new link with a fresh expiry; the previous link stops working."""
    return _sent(*invitations.resend(current_user, invitation_id))


@blp.get("/<int:invitation_id>/link")
@role_required(*LEADERS)
@blp.response(200, InvitationLinkOut)
def link(invitation_id):
    """The invitation's link, to copy and pass on yourself, at any time until it is used,
    revoked or expires (409 then, or for invitations sent before links were kept: send it
    again)."""
    address, invitation = invitations.link_of(current_user, invitation_id)
    return {"link": address, "expires_at": invitation.expires_at}


@blp.delete("/<int:invitation_id>")
@role_required(*LEADERS)
@blp.response(204)
def revoke(invitation_id):
    """Withdraw an invitation: its link stops working."""
    invitations.revoke(current_user, invitation_id)


@blp.post("/check")
@limiter.limit(_link_limit)
@blp.arguments(TokenIn)
@blp.response(200, InvitationPreviewOut)
def check(body):
    """What an invitation link offers (410 when used, revoked or expired). The token travels in
    the body, never the URL, so no access log records it."""
    return invitations.check(body["token"])


@blp.post("/accept")
@limiter.limit(_link_limit)
@blp.arguments(AcceptIn)
@blp.response(201, MeOut)
def accept(body):
    """Create your account from an invitation, with your name and password, and sign in."""
    return profile(invitations.accept(body["token"], body["display_name"], body["password"]))
