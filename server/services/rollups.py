"""Keep the daily rollups (`DailyActivity`) in step with each share and click, in the same
transaction, so analytics never scan raw events and always agree with them."""

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from server.extensions import db
from server.models import DailyActivity, Organisation, User


def add(
    at: datetime, user: User, content_id: int, network: str, shares=0, clicks=0, unique_clickers=0
) -> None:
    day = at.astimezone(Organisation.current().zone).date()
    key = {"day": day, "user_id": user.id, "content_id": content_id, "network": network}
    amounts = {"shares": shares, "clicks": clicks, "unique_clickers": unique_clickers}
    if _increment(key, amounts):
        return
    try:
        with db.session.begin_nested():
            db.session.add(DailyActivity(**key, team_id=user.team_id, **amounts))
    except IntegrityError:  # another transaction created the row first: add to theirs
        _increment(key, amounts)


def _increment(key: dict, amounts: dict) -> bool:
    # In-database increments, so concurrent shares and clicks never lose an update.
    values = {name: getattr(DailyActivity, name) + amount for name, amount in amounts.items() if amount}
    result = db.session.execute(update(DailyActivity).filter_by(**key).values(**values))
    return result.rowcount > 0
