"""Directory tokens: admins make one per directory, see them, and revoke them."""

from flask import request
from flask_login import current_user

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.directory import service
from server.directory.schemas import (
    DirectoryTokenIn,
    DirectoryTokenListOut,
    DirectoryTokenMadeOut,
    DirectoryTokenOut,
)

blp = Blueprint(
    "directory", __name__, url_prefix="/api/v1/directory", description="Directory sync (SCIM) tokens"
)


@blp.get("/tokens")
@role_required("admin")
@blp.response(200, DirectoryTokenListOut)
def tokens():
    """Every directory token, newest first, with the SCIM base URL to give a directory."""
    return {"scim_url": request.host_url.rstrip("/") + "/scim/v2", "items": service.tokens()}


@blp.post("/tokens")
@role_required("admin")
@blp.arguments(DirectoryTokenIn)
@blp.response(201, DirectoryTokenMadeOut)
def make(body):
    """Make a token for one directory. Its secret is in this answer only: copy it now."""
    token, secret = service.make(current_user, body["name"])
    token.token = secret  # on this answer only: the row keeps just the hash
    return token


@blp.delete("/tokens/<int:token_id>")
@role_required("admin")
@blp.response(200, DirectoryTokenOut)
def revoke(token_id):
    """Revoke a token: the directory holding it is refused from its next request."""
    return service.revoke(current_user, token_id)
