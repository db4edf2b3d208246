"""Teams: the list everyone picks from, and the console where admins run them."""

from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.organisation import service, teams
from server.organisation.team_schemas import (
    MergeIn,
    TeamAdminListOut,
    TeamAdminOut,
    TeamIn,
    TeamManageQuery,
    TeamPatch,
)
from server.schemas.common import TeamListOut

blp = Blueprint("teams", __name__, url_prefix="/api/v1/teams", description="Teams")


@blp.get("")
@signed_in
@blp.response(200, TeamListOut)
def listed():
    """The teams in use (not archived), by name."""
    return {"items": service.teams()}


@blp.get("/manage")
@role_required("admin")
@blp.arguments(TeamManageQuery, location="query")
@blp.response(200, TeamAdminListOut)
def manage(query):
    """A page of teams by name, each with its active people and managers; archived ones on request."""
    return teams.page(query.get("q"), query["include_archived"], query["page"], query["per_page"])


@blp.post("")
@role_required("admin")
@blp.arguments(TeamIn)
@blp.response(201, TeamAdminOut)
def create(fields):
    """Create a team; its name must differ from every other team's, whatever the case."""
    return teams.create(current_user, fields)


@blp.patch("/<int:team_id>")
@role_required("admin")
@blp.arguments(TeamPatch)
@blp.response(200, TeamAdminOut)
def update(fields, team_id):
    """Rename a team, set its department and location, or replace its managers."""
    return teams.update(current_user, team_id, fields)


@blp.post("/<int:team_id>/archive")
@role_required("admin")
@blp.response(200, TeamAdminOut)
def archive(team_id):
    """Take a team out of pickers and boards; its people and their history stay."""
    return teams.archive(current_user, team_id)


@blp.post("/<int:team_id>/restore")
@role_required("admin")
@blp.response(200, TeamAdminOut)
def restore(team_id):
    """Bring an archived team back."""
    return teams.restore(current_user, team_id)


@blp.post("/<int:team_id>/merge")
@role_required("admin")
@blp.arguments(MergeIn)
@blp.response(200, TeamAdminOut)
def merge(fields, team_id):
    """Move this team's people, invitations, content targets and managers into another team and
    archive this one. People keep their points, shares and badges. Answers the team merged into."""
    return teams.merge(current_user, team_id, fields["into_team_id"])
