"""Teams, for targeting content."""

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.organisation import service
from server.schemas.common import TeamListOut

blp = Blueprint("teams", __name__, url_prefix="/api/v1/teams", description="Teams")


@blp.get("")
@signed_in
@blp.response(200, TeamListOut)
def teams():
    """All teams, by name."""
    return {"items": service.teams()}
