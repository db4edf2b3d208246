"""Spending points: an advocate redeems a reward. Stock, their limit and their balance are checked
while the reward and the person are locked, so 100 taps at once on the last 10 give exactly 10,
and nobody spends a point twice. A retried tap (the same client_id) gets the first redemption."""

from sqlalchemy.exc import IntegrityError

from server.errors import Refused
from server.extensions import db
from server.models import Organisation, Redemption, Reward, SpendingEntry, User
from server.models.types import utcnow
from server.rewards import limits, locks, news
from server.rewards.balances import balance
from server.rewards.catalogue import redeemed_counts


def redeem(user: User, reward_id: int, client_id: str, note: str) -> tuple[Redemption, bool]:
    """The new redemption, or the earlier one with this client_id: (redemption, replayed)."""
    user_id = user.id
    earlier = _earlier(user_id, client_id)
    if earlier is not None:
        return earlier, True
    reward = locks.for_redeeming(reward_id, user_id)
    earlier = _earlier(user_id, client_id)  # a retry that held the locks before us
    if earlier is not None:
        db.session.commit()
        return earlier, True
    _refuse_if_not_possible(reward, user_id)
    redemption = Redemption(
        reward_id=reward.id, user_id=user_id, client_id=client_id, cost=reward.cost, note=note
    )
    db.session.add(redemption)
    try:
        db.session.flush()
        db.session.add(
            SpendingEntry(
                user_id=user_id, redemption_id=redemption.id, kind="redemption", points=-reward.cost
            )
        )
        db.session.commit()
    except IntegrityError:  # the same client_id committed between our check and now
        db.session.rollback()
        return _earlier(user_id, client_id), True
    news.requested(redemption)
    return redemption, False


def _earlier(user_id: int, client_id: str) -> Redemption | None:
    return db.session.scalar(db.select(Redemption).filter_by(user_id=user_id, client_id=client_id))


def _refuse_if_not_possible(reward: Reward | None, user_id: int) -> None:
    """Refuse, with nothing written and the locks let go, what the store would show as not possible."""
    if reward is None or reward.archived_at is not None:
        _refuse(422, "validation_error", "This reward is no longer in the store.")
    status, code, why = why_not(reward, user_id)
    if why is not None:
        _refuse(status, code, why)


def why_not(reward: Reward, user_id: int) -> tuple[int, str, str | None]:
    """(status, code, words) of the first reason the person cannot redeem it now; words None: they can."""
    if reward.stock is not None and redeemed_counts([reward.id]).get(reward.id, 0) >= reward.stock:
        return 409, "out_of_stock", "Out of stock."
    if reward.per_person_limit is not None:
        count = limits.used(user_id, reward, utcnow(), Organisation.current().zone)
        if count >= reward.per_person_limit:
            return 422, "limit_reached", limits.reached(reward, count)
    available = balance(user_id)["available"]
    if available < reward.cost:
        return (
            422,
            "not_enough_points",
            f"You have {max(available, 0):,} points to spend; this costs {reward.cost:,}.",
        )
    return 200, "", None


def _refuse(status: int, code: str, message: str) -> None:
    db.session.rollback()
    raise Refused(status, code, message, {"reward_id": [message]})
