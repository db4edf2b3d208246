"""People's accounts for leaders: the list, deactivation and reactivation."""

from flask_login import current_user

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.schemas.accounts import AccountListOut, AccountOut, AccountPatch
from server.services import accounts

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

