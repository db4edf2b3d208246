"""The people side: kudos from leaders, content suggested by advocates, and content ratings."""

from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.api.limits import per_advocate, suggestion_limit
from server.content import ratings, suggestions
from server.extensions import limiter
from server.recognition import kudos
from server.schemas.common import LimitQuery
from server.schemas.people import (
    AllowanceOut,
    ApproveIn,
    KudosIn,
    KudosListOut,
    KudosOut,
    RatingIn,
    RatingOut,
    RecipientListOut,
    RejectIn,
    SuggestionIn,
    SuggestionListOut,
    SuggestionOut,
    SuggestionQuery,
    TallyListOut,
)

blp = Blueprint("people", __name__, url_prefix="/api/v1", description="Kudos, suggestions and ratings")
LEADERS = ("manager", "admin")


@blp.get("/kudos")
@signed_in
@blp.arguments(LimitQuery, location="query")
@blp.response(200, KudosListOut)
def recognition_feed(query):
    """The recognition feed: leaders' kudos, newest first, for everyone."""
    return {"items": kudos.feed(query["limit"])}


@blp.post("/kudos")
@role_required(*LEADERS)
@blp.arguments(KudosIn)
@blp.response(201, KudosOut)
def give_kudos(body):
    """Recognise someone (managers: their team) with a message and points within your monthly cap."""
    return kudos.give(current_user, body["receiver_id"], body["message"], body["points"])


@blp.get("/kudos/allowance")
@role_required(*LEADERS)
@blp.response(200, AllowanceOut)
def kudos_allowance():
    """Kudos points you can still give this month."""
    return kudos.allowance(current_user)


@blp.get("/kudos/recipients")
@role_required(*LEADERS)
@blp.response(200, RecipientListOut)
def kudos_recipients():
    """People you may give kudos to: your team (admins: everyone), by name."""
    return {"items": kudos.recipients(current_user)}


@blp.post("/suggestions")
@limiter.limit(suggestion_limit, key_func=per_advocate)
@signed_in
@blp.arguments(SuggestionIn)
@blp.response(201, SuggestionOut)
def suggest(body):
    """Suggest a link for the library, in your own words."""
    return suggestions.suggest(current_user, body["url"], body["title"], body["comment"])


@blp.get("/suggestions/mine")
@signed_in
@blp.response(200, SuggestionListOut)
def my_suggestions():
    """Your suggestions and what became of them."""
    return {"items": suggestions.mine(current_user)}


@blp.get("/suggestions")
@role_required(*LEADERS)
@blp.arguments(SuggestionQuery, location="query")
@blp.response(200, SuggestionListOut)
def review_queue(query):
    """Suggestions to review: your team's (admins: everyone's), oldest first."""
    return {"items": suggestions.queue(current_user, query["status"])}


@blp.post("/suggestions/<int:suggestion_id>/approve")
@role_required(*LEADERS)
@blp.arguments(ApproveIn(partial=True))
@blp.response(200, SuggestionOut)
def approve(edits, suggestion_id):
    """Publish the suggestion into the library, with any edits; the suggester earns by the rules."""
    return suggestions.approve(current_user, suggestion_id, edits)


@blp.post("/suggestions/<int:suggestion_id>/reject")
@role_required(*LEADERS)
@blp.arguments(RejectIn)
@blp.response(200, SuggestionOut)
def reject(body, suggestion_id):
    """Turn the suggestion down, saying why (the suggester sees the reason)."""
    return suggestions.reject(current_user, suggestion_id, body["reason"])


@blp.put("/content/<int:content_id>/rating")
@signed_in
@blp.arguments(RatingIn)
@blp.response(200, RatingOut)
def rate(body, content_id):
    """Say whether an item was useful or not for you; rating again replaces it."""
    return ratings.rate(current_user, content_id, body["value"])


@blp.delete("/content/<int:content_id>/rating")
@signed_in
@blp.response(204)
def unrate(content_id):
    """Take your rating back."""
    ratings.clear(current_user, content_id)


@blp.get("/content/ratings")
@role_required(*LEADERS)
@blp.response(200, TallyListOut)
def tally():
    """How content landed: per rated item, useful and not-for-me counts, most rated first."""
    return {"items": ratings.tally()}
