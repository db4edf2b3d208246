"""People's accounts for leaders: the console's list, changes (role, team, place, manager,
deactivation and reactivation), reset links and sessions."""

from flask_login import current_user

from server.accounts import changes, password_resets, people
from server.accounts import service as accounts
from server.accounts.schemas import AccountListOut, AccountOut, AccountPatch, PeopleQuery, ResetLinkOut
from server.api.access import role_required
from server.api.blueprint import Blueprint

blp = Blueprint("accounts", __name__, url_prefix="/api/v1/people", description="People's accounts")
LEADERS = ("manager", "admin")


@blp.get("")
@role_required(*LEADERS)
@blp.arguments(PeopleQuery, location="query")
@blp.response(200, AccountListOut)
def find(query):
    """Everyone (admins) or the people of the teams you manage (managers), searched, filtered,
    sorted and a page at a time; without `sort`, active people first, by name."""
    return people.find(current_user, query)


@blp.patch("/<int:person_id>")
@role_required(*LEADERS)
@blp.arguments(AccountPatch)
@blp.response(200, AccountOut)
def change(body, person_id):
    """Change any of: active (false ends their sessions and live connections at once; true
    brings none back), role (admins), team, department, location, manager. A field you may not
    change is refused, naming it, and nothing is written."""
    return people.described([changes.change(current_user, person_id, body)])[0]


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
