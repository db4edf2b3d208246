"""The content library on the console: tabs and filters, duplicate, archive and restore, and the
targeting the publishing form offers."""

from flask_login import current_user

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.content import library, targeting
from server.content import service as content
from server.content.schemas import (
    AudienceIn,
    AudienceOut,
    ContentOut,
    LibraryOut,
    LibraryQuery,
    TargetsOut,
)

blp = Blueprint("content_library", __name__, url_prefix="/api/v1/content", description="Content library")
EDITORS = ("manager", "admin")


@blp.get("/library")
@role_required(*EDITORS)
@blp.arguments(LibraryQuery, location="query")
@blp.response(200, LibraryOut)
def index(query):
    """Every item the caller may manage (admins: all; managers: what they created or what targets
    only teams they manage), in one tab, with each tab's count under the same filters."""
    return library.page(current_user, query)


@blp.post("/<int:content_id>/duplicate")
@role_required(*EDITORS)
@blp.response(201, ContentOut)
def duplicate(content_id):
    """A new draft by the caller with the item's fields and targets, titled "Copy of …"."""
    return content.duplicate(current_user, content_id)


@blp.post("/<int:content_id>/archive")
@role_required(*EDITORS)
@blp.response(200, ContentOut)
def archive(content_id):
    """Archive an item: it leaves every feed; its shares and awards stay."""
    return content.archive(current_user, content_id)


@blp.post("/<int:content_id>/restore")
@role_required(*EDITORS)
@blp.response(200, ContentOut)
@blp.alt_response(409, description="The item is not archived")
def restore(content_id):
    """Bring archived content back as a draft, so it is not announced again by surprise."""
    return content.restore(current_user, content_id)


@blp.get("/targets")
@role_required(*EDITORS)
@blp.response(200, TargetsOut)
def targets():
    """The teams the caller may publish to, with their people, and whether no team means
    everyone (admins) or every team the manager manages."""
    return targeting.choices(current_user)


@blp.post("/audience")
@role_required(*EDITORS)
@blp.arguments(AudienceIn)
@blp.response(200, AudienceOut)
def audience(fields):
    """Who would see an item targeted at these teams, and how many people that is."""
    return targeting.audience(current_user, fields.get("target_team_ids", []))
