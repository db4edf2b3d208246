"""Content: the advocate's feed, and the library managers and admins publish to."""

from flask import request
from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.content import opening
from server.content import service as content
from server.content.schemas import ContentIn, ContentListOut, ContentOut, ContentPatchIn
from server.links import clicks
from server.sharing.schemas import OpenOut

blp = Blueprint("content", __name__, url_prefix="/api/v1/content", description="Content")
EDITORS = ("manager", "admin")


@blp.get("/feed")
@signed_in
@blp.response(200, ContentListOut)
def feed():
    """Published, unexpired content targeted to the caller, newest first, each with the caller's
    tracked link per network."""
    items = content.feed(current_user)
    for item in items:
        item.share_links = clicks.share_links(current_user.id, item, request.host_url)
    return {"items": items}


@blp.get("")
@role_required(*EDITORS)
@blp.response(200, ContentListOut)
def library():
    """Every content item, drafts and archived ones included."""
    return {"items": content.library(current_user)}


@blp.post("")
@role_required(*EDITORS)
@blp.arguments(ContentIn)
@blp.response(201, ContentOut)
def create(fields):
    """Publish content (or save a draft). Managers target teams they manage; leaving targets
    empty means all of them (see /content/targets)."""
    return content.create(current_user, fields)


@blp.get("/<int:content_id>")
@role_required(*EDITORS)
@blp.response(200, ContentOut)
def read(content_id):
    """One content item."""
    return content.get(content_id)


@blp.post("/<int:content_id>/open")
@signed_in
@blp.response(200, OpenOut)
def open_(content_id):
    """Record that the caller opened an item from their feed. The first open of each item is
    scored by the rules (`content_opened`); opening it again changes nothing."""
    result = opening.open_content(current_user, content_id)
    return {
        "content_id": result.opened.content_id,
        "opened_at": result.opened.opened_at,
        "first_time": result.first_time,
        "awards": result.awards,
        "points": result.points,
        "progress": result.progress,
    }


@blp.patch("/<int:content_id>")
@role_required(*EDITORS)
@blp.arguments(ContentPatchIn(partial=True))
@blp.response(200, ContentOut)
def update(fields, content_id):
    """Change some fields of a content item."""
    return content.update(current_user, content_id, fields)


@blp.delete("/<int:content_id>")
@role_required(*EDITORS)
@blp.response(204)
@blp.alt_response(409, description="Only drafts can be deleted: archive anything published instead")
def delete(content_id):
    """Delete a draft. Published content is archived instead (POST …/archive), so its shares,
    clicks and awards keep the item they name."""
    content.delete(current_user, content_id)
