"""The organisation's settings, for admins."""

from flask_login import current_user

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.organisation import service
from server.organisation.schemas import OrganisationPatch, OrganisationSettingsOut, settings_of

blp = Blueprint("organisation", __name__, url_prefix="/api/v1/organisation", description="Organisation")


@blp.get("")
@role_required("admin")
@blp.response(200, OrganisationSettingsOut)
def read():
    """Name, branding, timezone, tie ranking, kudos cap, tracked links' UTM parameters, earned
    media value, click retention and push contact."""
    return settings_of(service.current())


@blp.patch("")
@role_required("admin")
@blp.arguments(OrganisationPatch)
@blp.response(200, OrganisationSettingsOut)
def update(fields):
    """Change any of the settings; null clears the logo, a colour or the push contact. A colour
    white text cannot be read on is refused with a darker shade that passes."""
    return settings_of(service.update_settings(current_user, fields))
