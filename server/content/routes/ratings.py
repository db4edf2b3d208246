"""Content ratings: each person says whether an item was useful for them; leaders see the tally."""

from flask_login import current_user

from server.api.access import LEADERS, role_required, signed_in
from server.api.blueprint import Blueprint
from server.content import ratings
from server.content.schemas import RatingIn, RatingOut, TallyListOut

blp = Blueprint("ratings", __name__, url_prefix="/api/v1/content", description="Content ratings")


@blp.put("/<int:content_id>/rating")
@signed_in
@blp.arguments(RatingIn)
@blp.response(200, RatingOut)
def rate(body, content_id):
    """Say whether an item was useful or not for you; rating again replaces it."""
    return ratings.rate(current_user, content_id, body["value"])


@blp.delete("/<int:content_id>/rating")
@signed_in
@blp.response(204)
def unrate(content_id):
    """Take your rating back."""
    ratings.clear(current_user, content_id)


@blp.get("/ratings")
@role_required(*LEADERS)
@blp.response(200, TallyListOut)
def tally():
    """How content landed: per rated item, useful and not-for-me counts, most rated first."""
    return {"items": ratings.tally()}
