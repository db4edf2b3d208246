"""Privacy: download my data, ask for (or cancel) deletion; admins see and carry out deletions."""

import json

from flask import Response
from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.privacy import data_export, deletion
from server.privacy.schemas import DeletionIn, DeletionOut, PendingDeletionListOut

JSON_FILE = {"application/json": {"schema": {"type": "object"}}}
blp = Blueprint("privacy", __name__, url_prefix="/api/v1", description="Your data and account deletion")


@blp.get("/me/export")
@signed_in
@blp.doc(responses={"200": {"description": "A JSON file: everything stored about you", "content": JSON_FILE}})
def export():
    """Download everything stored about you as a JSON file."""
    body = json.dumps(data_export.document(current_user), indent=2, ensure_ascii=False)
    disposition = f'attachment; filename="{data_export.file_name()}"'
    headers = {"Content-Disposition": disposition, "Cache-Control": "no-store"}
    return Response(body, 200, mimetype="application/json", headers=headers)


@blp.get("/me/deletion")
@signed_in
@blp.response(200, DeletionOut)
def deletion_status():
    """Whether you asked for your account to be deleted, and when it will be."""
    return deletion.status(current_user)


@blp.post("/me/deletion")
@signed_in
@blp.arguments(DeletionIn)
@blp.response(200, DeletionOut)
def ask_for_deletion(body):
    """Ask for your account to be deleted; it is carried out after 7 days unless you cancel."""
    return deletion.ask(current_user, body["password"])


@blp.delete("/me/deletion")
@signed_in
@blp.response(200, DeletionOut)
def cancel_deletion():
    """Keep your account: cancel a deletion you asked for."""
    return deletion.cancel(current_user)


@blp.get("/deletions")
@role_required("admin")
@blp.response(200, PendingDeletionListOut)
def pending_deletions():
    """Accounts waiting out their grace period before deletion, soonest first."""
    return {"items": [_pending(user) for user in deletion.pending()]}


@blp.post("/deletions/<int:user_id>/carry-out")
@role_required("admin")
@blp.response(204)
def carry_out(user_id):
    """Delete a pending account now instead of at the end of its grace period."""
    deletion.carry_out_now(user_id)


def _pending(user) -> dict:
    return {
        "id": user.id,
        "display_name": user.display_name,
        "email": user.email,
        "team": user.team,
        "deletion_requested_at": user.deletion_requested_at,
        "due_at": deletion.status(user)["due_at"],
    }
