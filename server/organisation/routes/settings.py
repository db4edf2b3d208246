"""The organisation's settings, for admins."""

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.organisation import service
from server.organisation.schemas import OrganisationPatch, OrganisationSettingsOut, settings_of

blp = Blueprint("organisation", __name__, url_prefix="/api/v1/organisation", description="Organisation")


@blp.get("")
@role_required("admin")
@blp.response(200, OrganisationSettingsOut)
def read():
    """Name, timezone, tie ranking and the UTM parameters tracked links add."""
    return settings_of(service.current())


@blp.patch("")
@role_required("admin")
@blp.arguments(OrganisationPatch)
@blp.response(200, OrganisationSettingsOut)
def update(fields):
    """Change the name, the tie ranking (competition or dense) or the UTM parameters."""
    return settings_of(service.update_settings(fields))
