"""The store as one advocate sees it: their spendable balance, and each reward in the store with
whether they can redeem it now and, if not, why in words."""

from server.extensions import db
from server.models import Organisation, Redemption, Reward, User
from server.models.types import utcnow
from server.rewards import limits
from server.rewards.balances import balance
from server.rewards.catalogue import redeemed_counts, reward_out


def store(user: User) -> dict:
    mine = balance(user.id)
    query = db.select(Reward).filter(Reward.archived_at.is_(None)).order_by(Reward.cost, Reward.id)
    rewards = list(db.session.scalars(query))
    counts = redeemed_counts([reward.id for reward in rewards])
    now, zone = utcnow(), Organisation.current().zone
    shown = []
    for reward in rewards:
        used = limits.used(user.id, reward, now, zone)
        why = _why_not(reward, counts.get(reward.id, 0), used, mine["available"])
        out = reward_out(reward, counts.get(reward.id, 0))
        shown.append({**out, "limit_used": used, "can_redeem": why is None, "why_not": why})
    return {"balance": mine, "rewards": shown}


def _why_not(reward: Reward, redeemed: int, used: int, available: int) -> str | None:
    if reward.stock is not None and redeemed >= reward.stock:
        return "Out of stock."
    if reward.per_person_limit is not None and used >= reward.per_person_limit:
        return limits.reached(reward, used)
    if available < reward.cost:
        return f"You need {reward.cost - available:,} more points."
    return None


def mine(user: User) -> list[Redemption]:
    """The advocate's redemptions, newest first."""
    query = db.select(Redemption).filter_by(user_id=user.id)
    return list(db.session.scalars(query.order_by(Redemption.requested_at.desc(), Redemption.id.desc())))
