"""Row locks for spending, always taken in one order (reward, then person, then redemption) so two
requests never wait for each other in a circle."""

from sqlalchemy import text

from server.extensions import db
from server.models import Redemption, Reward, User


def for_redeeming(reward_id: int, user_id: int) -> Reward | None:
    """Hold the reward (its stock) and the person (their balance and limits) until commit; return
    the reward as it is now."""
    if _begin_with_a_write():
        return db.session.get(Reward, reward_id, populate_existing=True)
    db.session.execute(_locked(db.select(Reward.id).filter_by(id=reward_id)))
    db.session.execute(_locked(db.select(User.id).filter_by(id=user_id)))
    return db.session.get(Reward, reward_id, populate_existing=True)


def for_changing(redemption_id: int) -> Redemption | None:
    """Hold one redemption until commit, so a cancel and a rejection never both refund it."""
    if _begin_with_a_write():
        return db.session.get(Redemption, redemption_id, populate_existing=True)
    db.session.execute(_locked(db.select(Redemption.id).filter_by(id=redemption_id)))
    return db.session.get(Redemption, redemption_id, populate_existing=True)


def _locked(query):
    # NO KEY UPDATE: a share inserting ledger rows for the person (a key share) is not held up.
    return query.with_for_update(key_share=True)


def _begin_with_a_write() -> bool:
    """SQLite ignores row locks, and a transaction that read before a concurrent commit can no
    longer write: end any read, then begin with a write, which waits for the database's one
    writer and then reads the latest commits. True on SQLite."""
    if db.session.get_bind().dialect.name != "sqlite":
        return False
    db.session.commit()
    db.session.execute(text("UPDATE organisations SET id = id WHERE id IS NULL"))
    return True
