"""Points to spend and rewards to spend them on, for the reward store's tests."""

import itertools

from server.extensions import db
from server.models import LedgerEntry, Reward
from server.models.types import utcnow

_serial = itertools.count(1)


def earn(user_id: int, points: int) -> None:
    """Points in the ledger, as if awarded for kudos (the store reads lifetime points from it)."""
    db.session.add(
        LedgerEntry(
            user_id=user_id,
            points=points,
            reason="Kudos",
            event_type="kudos",
            event_id=f"store-{user_id}-{next(_serial)}",
            rule_id="kudos.manual",
            rule_version=1,
            occurred_at=utcnow(),
        )
    )
    db.session.commit()


def reward(**fields) -> Reward:
    row = Reward(**{"title": "Company hoodie", "cost": 100, "limit_period": "month", **fields})
    db.session.add(row)
    db.session.commit()
    return row
