"""The reward store: what the person redeemed and how fulfilment went (with their own delivery
note), their spending ledger, and for admins the rewards they added and the redemptions they
decided (without naming whose: that is the other person's data)."""

from server.extensions import db
from server.models import Redemption, Reward, SpendingEntry
from server.privacy.registry import exporter, listed


@exporter(
    "rewards", Redemption.user_id, SpendingEntry.user_id, Redemption.decided_by_id, Reward.created_by_id
)
def rewards(user_id: int) -> dict:
    redeemed = listed(
        db.select(
            Redemption.id,
            Reward.title.label("reward"),
            Redemption.cost,
            Redemption.status,
            Redemption.reason,
            Redemption.note,
            Redemption.requested_at,
            Redemption.status_changed_at,
        )
        .join(Reward, Reward.id == Redemption.reward_id)
        .filter(Redemption.user_id == user_id)
        .order_by(Redemption.requested_at, Redemption.id)
    )
    spending = listed(
        db.select(
            SpendingEntry.redemption_id, SpendingEntry.kind, SpendingEntry.points, SpendingEntry.created_at
        )
        .filter(SpendingEntry.user_id == user_id)
        .order_by(SpendingEntry.created_at, SpendingEntry.id)
    )
    decided = listed(
        db.select(
            Redemption.id, Reward.title.label("reward"), Redemption.status, Redemption.status_changed_at
        )
        .join(Reward, Reward.id == Redemption.reward_id)
        .filter(Redemption.decided_by_id == user_id)
        .order_by(Redemption.status_changed_at, Redemption.id)
    )
    added = listed(
        db.select(Reward.title, Reward.cost, Reward.created_at)
        .filter(Reward.created_by_id == user_id)
        .order_by(Reward.created_at, Reward.id)
    )
    return {"redemptions": redeemed, "spending": spending, "decided": decided, "rewards_added": added}
