"""Monthly prizes: the catalogue, closing a month, preview, exclusions, the final award, the
winners' wall and fulfilment."""

from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.prizes import exclusions, month_close
from server.prizes import service as prizes
from server.prizes.preview import preview
from server.prizes.schemas import (
    ClosedListOut,
    CloseIn,
    CloseOut,
    ConfirmIn,
    ExclusionIn,
    FulfilmentIn,
    MonthQuery,
    PrizeIn,
    PrizeListOut,
    PrizeOut,
    PrizePatchIn,
    ReadyListOut,
    WallOut,
    WallQuery,
    WinnerListOut,
    WinnerOut,
)

blp = Blueprint("prizes", __name__, url_prefix="/api/v1", description="Monthly prizes")
MANAGERS = ("manager", "admin")


@blp.get("/prizes")
@signed_in
@blp.arguments(MonthQuery, location="query")
@blp.response(200, PrizeListOut)
def catalogue(query):
    """The month's prizes the caller can win (company-wide and their team's; admins see all)."""
    return {"items": prizes.catalogue(current_user, query["month"])}


@blp.post("/prizes")
@role_required(*MANAGERS)
@blp.arguments(PrizeIn)
@blp.response(201, PrizeOut)
def create(fields):
    """Add a prize to a month: managers for their team, admins for the company or any team."""
    return prizes.create(current_user, fields)


@blp.patch("/prizes/<int:prize_id>")
@role_required(*MANAGERS)
@blp.arguments(PrizePatchIn(partial=True))
@blp.response(200, PrizeOut)
def update(fields, prize_id):
    """Change a prize until its month is awarded (also after closing, before confirming)."""
    return prizes.update(current_user, prize_id, fields)


@blp.delete("/prizes/<int:prize_id>")
@role_required(*MANAGERS)
@blp.response(204)
def delete(prize_id):
    """Remove a prize that is not awarded."""
    prizes.delete(current_user, prize_id)


@blp.get("/prizes/wall")
@signed_in
@blp.arguments(WallQuery, location="query")
@blp.response(200, WallOut)
def wall(query):
    """The winners' wall: everyone sees every awarded month (the latest unless one is asked for)."""
    return prizes.wall(query.get("month"))


@blp.get("/prizes/mine")
@signed_in
@blp.response(200, WinnerListOut)
def mine():
    """The caller's wins, their team's included, with fulfilment."""
    return {"items": prizes.mine(current_user)}


@blp.patch("/prize-winners/<int:winner_id>")
@signed_in
@blp.arguments(FulfilmentIn)
@blp.response(200, WinnerOut)
def fulfil(body, winner_id):
    """Fulfilment: managers of the prize set pending, sent or received; a winner may set received."""
    return prizes.winner_out(prizes.fulfil(current_user, winner_id, body["status"]))


@blp.get("/closes/ready")
@role_required(*MANAGERS)
@blp.response(200, ReadyListOut)
def ready():
    """Last month's scopes the caller runs that have prizes and are not closed yet."""
    return {"items": prizes.ready_to_close(current_user)}


@blp.get("/closes")
@role_required(*MANAGERS)
@blp.arguments(MonthQuery, location="query")
@blp.response(200, ClosedListOut)
def closes(query):
    """The month's closes in the scopes the caller runs, each with its preview or award."""
    return {"items": [preview(record) for record in month_close.listed(current_user, query["month"])]}


@blp.post("/closes")
@role_required(*MANAGERS)
@blp.arguments(CloseIn)
@blp.response(201, CloseOut)
def close(body):
    """Close an ended month for a scope: its standings are frozen at the month boundary."""
    return preview(month_close.close(current_user, body["month"], body["team_id"]))


@blp.get("/closes/<int:close_id>")
@role_required(*MANAGERS)
@blp.response(200, CloseOut)
def show(close_id):
    """The preview of a closed month (or, once confirmed, what was awarded), with the raffle seed."""
    return preview(month_close.get(current_user, close_id))


@blp.post("/closes/<int:close_id>/exclusions")
@role_required(*MANAGERS)
@blp.arguments(ExclusionIn)
@blp.response(201, CloseOut)
def exclude(body, close_id):
    """Keep someone out of every prize of the closed month (scope month, the default) or out of
    one (scope prize), with a reason kept in the audit log: the next eligible person moves up."""
    record = month_close.get(current_user, close_id)
    exclusions.exclude(current_user, record, body)
    return preview(record)


@blp.delete("/closes/<int:close_id>/exclusions/<int:exclusion_id>")
@role_required(*MANAGERS)
@blp.response(200, CloseOut)
def include_again(close_id, exclusion_id):
    """Undo an exclusion before the month is confirmed."""
    record = month_close.get(current_user, close_id)
    exclusions.include_again(current_user, record, exclusion_id)
    return preview(record)


@blp.post("/closes/<int:close_id>/confirm")
@role_required(*MANAGERS)
@blp.arguments(ConfirmIn)
@blp.response(200, CloseOut)
def confirm(body, close_id):
    """Award the previewed winners for good and only then tell them (live, by push, on the wall)."""
    return month_close.confirm(current_user, month_close.get(current_user, close_id), body["prizes"])
