"""The store's catalogue, which admins keep: add, change, archive or delete, and restore rewards.
A reward someone redeemed is archived, never deleted, so their redemption keeps its reward."""

from sqlalchemy import func

from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Redemption, Reward, User
from server.models.types import utcnow
from server.rewards.limits import COUNTED


def listed(archived: bool) -> list[dict]:
    """Every reward, or every archived one, cheapest first."""
    query = db.select(Reward).filter(
        Reward.archived_at.isnot(None) if archived else Reward.archived_at.is_(None)
    )
    rewards = list(db.session.scalars(query.order_by(Reward.cost, Reward.id)))
    counts = redeemed_counts([reward.id for reward in rewards])
    return [reward_out(reward, counts.get(reward.id, 0)) for reward in rewards]


def redeemed_counts(reward_ids: list[int]) -> dict[int, int]:
    """Reward id -> redemptions that hold stock (not rejected or cancelled)."""
    if not reward_ids:
        return {}
    query = (
        db.select(Redemption.reward_id, func.count())
        .filter(Redemption.reward_id.in_(reward_ids), Redemption.status.in_(COUNTED))
        .group_by(Redemption.reward_id)
    )
    return dict(db.session.execute(query).all())


def reward_out(reward: Reward, redeemed: int) -> dict:
    return {
        "id": reward.id,
        "title": reward.title,
        "description": reward.description,
        "image_url": reward.image_url,
        "cost": reward.cost,
        "stock": reward.stock,
        "stock_left": None if reward.stock is None else max(reward.stock - redeemed, 0),
        "per_person_limit": reward.per_person_limit,
        "limit_period": reward.limit_period,
        "charity": reward.charity,
        "archived_at": reward.archived_at,
        "redeemed": redeemed,
    }


def shown(reward: Reward) -> dict:
    return reward_out(reward, redeemed_counts([reward.id]).get(reward.id, 0))


def create(actor: User, fields: dict) -> dict:
    reward = Reward(**_tidy(fields), created_by_id=actor.id)
    db.session.add(reward)
    db.session.flush()
    _audit(actor, "rewards.create", reward, {"title": reward.title, "cost": reward.cost})
    db.session.commit()
    return shown(reward)


def update(actor: User, reward_id: int, fields: dict) -> dict:
    reward = get(reward_id)
    changed = _tidy(fields)
    for name, value in changed.items():
        setattr(reward, name, value)
    _audit(actor, "rewards.update", reward, {"fields": sorted(changed)})
    db.session.commit()
    return shown(reward)


def remove(actor: User, reward_id: int) -> bool:
    """Archive a reward someone redeemed (their history keeps it); delete one nobody did.
    Returns whether it was archived."""
    reward = get(reward_id)
    redeemed = db.session.scalar(db.select(Redemption.id).filter_by(reward_id=reward.id).limit(1))
    if redeemed is not None:
        reward.archived_at = reward.archived_at or utcnow()
        _audit(actor, "rewards.archive", reward, {"title": reward.title})
    else:
        _audit(actor, "rewards.delete", reward, {"title": reward.title})
        db.session.delete(reward)
    db.session.commit()
    return redeemed is not None


def restore(actor: User, reward_id: int) -> dict:
    reward = get(reward_id)
    reward.archived_at = None
    _audit(actor, "rewards.restore", reward, {"title": reward.title})
    db.session.commit()
    return shown(reward)


def get(reward_id: int) -> Reward:
    reward = db.session.get(Reward, reward_id)
    if reward is None:
        raise Refused(404, "not_found", f"No reward with id {reward_id}.")
    return reward


def _tidy(fields: dict) -> dict:
    """Titles and charities without stray spaces; an empty charity or image is none."""
    tidy = dict(fields)
    for name in ("title", "charity", "image_url"):
        if isinstance(tidy.get(name), str):
            tidy[name] = tidy[name].strip() or (None if name != "title" else tidy[name])
    return tidy


def _audit(actor: User, action: str, reward: Reward, detail: dict) -> None:
    db.session.add(AuditEntry(actor_id=actor.id, action=action, detail={"reward_id": reward.id, **detail}))
