"""Advocates suggest links in their own words; leaders approve them into the library or say why not."""

from flask_login import current_user

from server.api.access import LEADERS, role_required, signed_in
from server.api.blueprint import Blueprint
from server.api.limits import per_advocate, suggestion_limit
from server.content import suggestions
from server.content.schemas import (
    ApproveIn,
    RejectIn,
    SuggestionIn,
    SuggestionListOut,
    SuggestionOut,
    SuggestionQuery,
)
from server.extensions import limiter

blp = Blueprint("suggestions", __name__, url_prefix="/api/v1/suggestions", description="Suggested content")


@blp.post("")
@limiter.limit(suggestion_limit, key_func=per_advocate)
@signed_in
@blp.arguments(SuggestionIn)
@blp.response(201, SuggestionOut)
def suggest(body):
    """Suggest a link for the library, in your own words."""
    return suggestions.suggest(current_user, body["url"], body["title"], body["comment"])


@blp.get("/mine")
@signed_in
@blp.response(200, SuggestionListOut)
def my_suggestions():
    """Your suggestions and what became of them."""
    return {"items": suggestions.mine(current_user)}


@blp.get("")
@role_required(*LEADERS)
@blp.arguments(SuggestionQuery, location="query")
@blp.response(200, SuggestionListOut)
def review_queue(query):
    """Suggestions to review: your team's (admins: everyone's), oldest first."""
    return {"items": suggestions.queue(current_user, query["status"])}


@blp.post("/<int:suggestion_id>/approve")
@role_required(*LEADERS)
@blp.arguments(ApproveIn(partial=True))
@blp.response(200, SuggestionOut)
def approve(edits, suggestion_id):
    """Publish the suggestion into the library, with any edits; the suggester earns by the rules."""
    return suggestions.approve(current_user, suggestion_id, edits)


@blp.post("/<int:suggestion_id>/reject")
@role_required(*LEADERS)
@blp.arguments(RejectIn)
@blp.response(200, SuggestionOut)
def reject(body, suggestion_id):
    """Turn the suggestion down, saying why (the suggester sees the reason)."""
    return suggestions.reject(current_user, suggestion_id, body["reason"])
