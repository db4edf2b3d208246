"""Kudos from leaders, and everyone's recognition feed."""

from flask_login import current_user

from server.api.access import LEADERS, role_required, signed_in
from server.api.blueprint import Blueprint
from server.recognition import kudos
from server.recognition.schemas import AllowanceOut, KudosIn, KudosListOut, KudosOut, RecipientListOut
from server.schemas.common import LimitQuery

blp = Blueprint("kudos", __name__, url_prefix="/api/v1/kudos", description="Kudos from leaders")


@blp.get("")
@signed_in
@blp.arguments(LimitQuery, location="query")
@blp.response(200, KudosListOut)
def recognition_feed(query):
    """The recognition feed: leaders' kudos, newest first, for everyone."""
    return {"items": kudos.feed(query["limit"])}


@blp.post("")
@role_required(*LEADERS)
@blp.arguments(KudosIn)
@blp.response(201, KudosOut)
def give_kudos(body):
    """Recognise someone (managers: their team) with a message and points within your monthly cap."""
    return kudos.give(current_user, body["receiver_id"], body["message"], body["points"])


@blp.get("/allowance")
@role_required(*LEADERS)
@blp.response(200, AllowanceOut)
def kudos_allowance():
    """Kudos points you can still give this month."""
    return kudos.allowance(current_user)


@blp.get("/recipients")
@role_required(*LEADERS)
@blp.response(200, RecipientListOut)
def kudos_recipients():
    """People you may give kudos to: your team (admins: everyone), by name."""
    return {"items": kudos.recipients(current_user)}
