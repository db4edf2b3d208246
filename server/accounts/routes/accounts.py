"""People's accounts for leaders: the console's list, changes (role, team, place, manager,
deactivation and reactivation), reset links and sessions."""

from flask import request
from flask_login import current_user

from server.accounts import changes, password_resets, people
from server.accounts import service as accounts
from server.accounts.imports import service as imports
from server.accounts.schemas import (
    AccountListOut,
    AccountOut,
    AccountPatch,
    ImportIn,
    ImportOut,
    ImportPlanOut,
    ImportQuery,
    ImportRunOut,
    PeopleQuery,
    ResetLinkOut,
)
from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.errors import Refused

blp = Blueprint("accounts", __name__, url_prefix="/api/v1/people", description="People's accounts")
LEADERS = ("manager", "admin")
UPLOAD_LIMIT = 5 * 1024 * 1024
NO_FILE = "Choose a CSV file to import."


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


@blp.url_value_preprocessor
def _larger_uploads(endpoint, values):
    # Before CSRF reads a multipart form (app-wide before_request): an import's file may be
    # larger than other bodies.
    if endpoint == "accounts.import_people":
        request.max_content_length = UPLOAD_LIMIT


@blp.post("/imports")
@role_required(*LEADERS)
@blp.arguments(ImportQuery, location="query")
@blp.arguments(ImportIn)
@blp.response(201, ImportOut)
@blp.alt_response(200, schema=ImportPlanOut, description="A dry run: every row's outcome, nothing written")
def import_people(query, body):
    """Import people from a CSV file (columns email, name, team, department, location, role,
    manager): with dry_run, every row's outcome; without, the rows without errors are written
    at once and new people's invitations go out in the background (follow GET
    /people/imports/<id>). Managers import advocates into teams they manage."""
    data, filename = _upload(body)
    answer = imports.run(current_user, data, filename, query["dry_run"], query["create_teams"])
    return answer if "import" in answer else (answer, 200)


import_people.upload_limit = UPLOAD_LIMIT
import_people.upload_types = ("multipart/form-data", "text/csv")


@blp.get("/imports/<int:import_id>")
@role_required(*LEADERS)
@blp.response(200, ImportRunOut)
def import_progress(import_id):
    """An import and how many of its invitations have gone out."""
    return imports.progress(current_user, import_id)


def _upload(body: dict) -> tuple[bytes, str]:
    """The CSV as bytes, from a multipart file, a text/csv body or the JSON `csv` field."""
    upload = request.files.get("file")
    if upload is not None:
        return upload.read(), upload.filename or ""
    if request.mimetype == "text/csv":
        return request.get_data(), ""
    if body.get("csv"):
        return body["csv"].encode(), body.get("filename", "")
    raise Refused(422, "validation_error", NO_FILE, {"file": [NO_FILE]})
