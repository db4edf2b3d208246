"""Shares: the advocate's tap that earns points."""

from flask_login import current_user

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.api.limits import per_advocate, share_limit
from server.extensions import limiter
from server.sharing.schemas import ShareIn, ShareResultOut
from server.sharing.service import share_content

blp = Blueprint("shares", __name__, url_prefix="/api/v1/shares", description="Shares")


@blp.post("")
@limiter.limit(share_limit, key_func=per_advocate)
@signed_in
@blp.arguments(ShareIn)
@blp.response(201, ShareResultOut)
@blp.alt_response(200, schema=ShareResultOut, description="A replay of an earlier client_id")
def create(body):
    """Record a share and award points; resending the same client_id awards nothing more."""
    result = share_content(
        current_user, body["content_id"], body["network"], body["client_id"], body.get("caption")
    )
    return result, (200 if result.replayed else 201)
