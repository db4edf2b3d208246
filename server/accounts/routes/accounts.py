"""People's accounts for leaders: the list, deactivation and reactivation, and reset links."""

from flask_login import current_user

from server.accounts import password_resets
from server.accounts import service as accounts
from server.accounts.schemas import AccountListOut, AccountOut, AccountPatch, ResetLinkOut
from server.api.access import role_required
from server.api.blueprint import Blueprint

blp = Blueprint("accounts", __name__, url_prefix="/api/v1/people", description="People's accounts")
LEADERS = ("manager", "admin")


@blp.get("")
@role_required(*LEADERS)
@blp.response(200, AccountListOut)
def people():
    """Everyone (admins) or your team (managers), active first, by name."""
    return {"items": accounts.people(current_user)}


@blp.patch("/<int:person_id>")
@role_required(*LEADERS)
@blp.arguments(AccountPatch)
@blp.response(200, AccountOut)
def change(body, person_id):
    """Deactivate ({"active": false}: their sessions and live connections end at once and they can
    no longer log in) or reactivate (their old sessions stay ended)."""
    return accounts.change_active(current_user, person_id, body["active"])


@blp.post("/<int:person_id>/reset-link")
@role_required("admin")
@blp.response(201, ResetLinkOut)
def reset_link(person_id):
    """A one-hour, single-use password reset link to give the person yourself."""
    link, reset = password_resets.link_for(current_user, person_id)
    return {"link": link, "expires_at": reset.expires_at, "display_name": reset.user.display_name}


@blp.delete("/<int:person_id>/sessions")
@role_required("admin")
@blp.response(204)
def sign_out_everywhere(person_id):
    """Sign the person out on every device at once (their live connections end too); they can
    log in again."""
    accounts.sign_out_everywhere(current_user, person_id)
