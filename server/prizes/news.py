"""Telling winners: live in the app over Socket.IO and on their phones by push, once a month's
prizes are confirmed. A best team prize is news for every member of the team."""

from datetime import datetime

from huey import crontab

from server import sent_once, tasks
from server.extensions import db
from server.models import MonthClose, Organisation, PrizeWinner, User
from server.models.types import utcnow
from server.prizes.announcement import METHOD_WORDS, told
from server.prizes.scope import month_label
from server.prizes.service import ready_to_close
from server.push import notifications
from server.realtime import publish

REMINDER_HOUR = 9  # on the organisation's clock: not at midnight on the 1st


def awarded(record: MonthClose) -> None:
    """After the commit that confirmed `record`."""
    month = month_label(record.month)
    winners = db.session.scalars(
        db.select(PrizeWinner).filter_by(close_id=record.id).order_by(PrizeWinner.id)
    )
    won = []
    for winner in winners:
        news = {
            "winner_id": winner.id,
            "prize": winner.prize.title,
            "month": record.month,
            "month_label": month,
            "place": winner.place,
            "how": METHOD_WORDS[winner.prize.method],
        }
        people = _recipients(winner)
        won.append((people, news))
        words = told(winner.prize.title, winner.prize.method, record.month)
        notifications.tell(people, "prizes", words["title"], words["body"], "/#/prizes", f"prize-{winner.id}")
    publish.prizes_awarded(record.month, won)


def _recipients(winner: PrizeWinner) -> list[int]:
    if winner.user_id is not None:
        return [winner.user_id]
    query = db.select(User.id).filter(User.team_id == winner.team_id, User.active.is_(True))
    return list(db.session.scalars(query))


# Hourly: Monday 09:00 comes at a different hour in each manager's timezone.
@tasks.periodic("close_reminder", crontab(minute="5"), at_minute=True)
def remind_to_close(now: datetime | None = None) -> int:
    """Run hourly: from 09:00 on, tell the people who run each scope whose month has ended, has
    prizes and is not closed, once per month and scope. Returns how many were told."""
    now = now or utcnow()
    if now.astimezone(Organisation.current().zone).hour < REMINDER_HOUR:
        return 0
    told = 0
    for scope in ready_to_close(None, now):
        topic = f"close-{scope['month']}-{scope['team_id'] or 'company'}"
        # Each send's row commits with its messages (in tell): a second scheduler finds it taken.
        people = [u for u in _runners(scope["team_id"]) if sent_once.claim("close_reminder", u, topic, now)]
        title = f"{scope['month_label']} is ready to close"
        body = f"Award {scope['prizes']} prize{'s' if scope['prizes'] != 1 else ''} for {scope['scope']}."
        notifications.tell(people, "prizes", title, body, "/#/prizes", topic, topic=topic)
        told += len(people)
    return told


def _runners(team_id: int | None) -> list[int]:
    """A team's managers (admins when it has none); the admins for company-wide prizes."""
    active = db.select(User.id).filter(User.active.is_(True))
    managers = list(db.session.scalars(active.filter(User.role == "manager", User.team_id == team_id)))
    return (
        managers
        if team_id is not None and managers
        else list(db.session.scalars(active.filter(User.role == "admin")))
    )
