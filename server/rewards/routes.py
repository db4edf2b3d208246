"""The reward store: admins keep the catalogue and fulfil redemptions; advocates spend their
points and follow what they redeemed."""

from flask import Response
from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.rewards import catalogue, csv_export, fulfilment, redeeming, store
from server.rewards.schemas import (
    ArchivedQuery,
    DecisionIn,
    FulfilmentListOut,
    FulfilmentOut,
    FulfilmentQuery,
    RedemptionIn,
    RedemptionListOut,
    RedemptionOut,
    RemovedOut,
    RewardIn,
    RewardListOut,
    RewardOut,
    RewardPatchIn,
    StoreOut,
)
from server.rewards.shapes import redemption_out

blp = Blueprint("rewards", __name__, url_prefix="/api/v1", description="The reward store")


@blp.get("/rewards")
@role_required("admin")
@blp.arguments(ArchivedQuery, location="query")
@blp.response(200, RewardListOut)
def rewards(query):
    """The store's rewards (or the archived ones), with stock left and how many were redeemed."""
    return {"items": catalogue.listed(query["archived"])}


@blp.post("/rewards")
@role_required("admin")
@blp.arguments(RewardIn)
@blp.response(201, RewardOut)
def create(fields):
    """Add a reward to the store."""
    return catalogue.create(current_user, fields)


@blp.patch("/rewards/<int:reward_id>")
@role_required("admin")
@blp.arguments(RewardPatchIn(partial=True))
@blp.response(200, RewardOut)
def update(fields, reward_id):
    """Change a reward; what was already redeemed keeps the cost it had."""
    return catalogue.update(current_user, reward_id, fields)


@blp.delete("/rewards/<int:reward_id>")
@role_required("admin")
@blp.response(200, RemovedOut)
def remove(reward_id):
    """Take a reward out of the store: archived if anyone redeemed it, deleted otherwise."""
    return {"archived": catalogue.remove(current_user, reward_id)}


@blp.post("/rewards/<int:reward_id>/restore")
@role_required("admin")
@blp.response(200, RewardOut)
def restore(reward_id):
    """Put an archived reward back in the store."""
    return catalogue.restore(current_user, reward_id)


@blp.get("/store")
@signed_in
@blp.response(200, StoreOut)
def shop():
    """The caller's points to spend and the store's rewards, each with whether they can redeem it."""
    return store.store(current_user)


@blp.post("/store/redemptions")
@signed_in
@blp.arguments(RedemptionIn)
@blp.response(201, RedemptionOut)
@blp.alt_response(200, schema=RedemptionOut, description="A replay of an earlier client_id")
def redeem(body):
    """Spend points on a reward; resending the same client_id redeems nothing more."""
    redemption, replayed = redeeming.redeem(current_user, body["reward_id"], body["client_id"], body["note"])
    return redemption_out(redemption), (200 if replayed else 201)


@blp.get("/store/redemptions")
@signed_in
@blp.response(200, RedemptionListOut)
def mine():
    """The caller's redemptions, newest first."""
    return {"items": [redemption_out(r) for r in store.mine(current_user)]}


@blp.post("/store/redemptions/<int:redemption_id>/cancel")
@signed_in
@blp.response(200, RedemptionOut)
def cancel(redemption_id):
    """Cancel one's own redemption while it is only requested: the points come back."""
    return redemption_out(fulfilment.cancel(current_user, redemption_id))


@blp.post("/store/redemptions/<int:redemption_id>/received")
@signed_in
@blp.response(200, RedemptionOut)
def received(redemption_id):
    """Say a sent reward arrived."""
    return redemption_out(fulfilment.received(current_user, redemption_id))


@blp.get("/redemptions")
@role_required("admin")
@blp.arguments(FulfilmentQuery, location="query")
@blp.response(200, FulfilmentListOut)
def redemptions(query):
    """Redemptions to fulfil (open: requested, approved or sent), oldest first, with who asked."""
    return {"items": fulfilment.listed(query["status"])}


@blp.patch("/redemptions/<int:redemption_id>")
@role_required("admin")
@blp.arguments(DecisionIn)
@blp.response(200, FulfilmentOut)
def decide(body, redemption_id):
    """Approve or reject (with a reason, which refunds the points), then mark sent and received."""
    fulfilment.decide(current_user, redemption_id, body["status"], body["reason"])
    return fulfilment.one(redemption_id)


@blp.get("/redemptions.csv")
@role_required("admin")
@blp.doc(
    responses={
        "200": {
            "description": "CSV: a header row, then one row per open redemption, oldest first",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    }
)
def redemptions_csv():
    """The open redemptions as CSV, for whoever fulfils them."""
    return Response(
        csv_export.open_redemptions(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{csv_export.filename()}"'},
    )
