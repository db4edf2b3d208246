"""Team challenges, live: when a team reaches its goal in the window, every member is rewarded once,
through the engine, so the reward moves their level and badges like any other points."""

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from gamification import Event, TeamChallenge
from server.extensions import db
from server.models import Click, ContentOpen, LedgerEntry, Share, User
from server.models.types import utcnow
from server.services import scoring

# The event types the server records, each with its table and time column.
RECORDED = {
    "share": (Share, Share.created_at),
    "content_opened": (ContentOpen, ContentOpen.opened_at),
    "click": (Click, Click.clicked_at),
}


def open_for(challenges: tuple[TeamChallenge, ...], user: User, event: Event) -> list[TeamChallenge]:
    """The challenges this event counts toward that have not paid out yet. While any is open the
    caller locks the whole team's state rows (`lock_team`) before scoring, in id order."""
    return [
        challenge
        for challenge in challenges
        if challenge.counts(user.team_id, event.type, event.occurred_at) and not _already_rewarded(challenge)
    ]


def lock_team(team_id: int) -> list[int]:
    members = _members(team_id)
    scoring.lock_progress(members)
    return members


def pay_if_met(open_challenges: list[TeamChallenge], version: int) -> dict[int, dict]:
    """Reward every member of each challenge now met; return member -> their progress news."""
    rewarded: dict[int, dict] = {}
    for challenge in open_challenges:
        if _count(challenge) >= challenge.target:
            rewarded.update(_reward(challenge, version))
    return rewarded


def _count(challenge: TeamChallenge) -> int:
    recorded = RECORDED.get(challenge.event_type)
    if recorded is None:  # an event type the server does not record yet can never count
        return 0
    model, at = recorded
    return db.session.scalar(
        db.select(func.count())
        .select_from(model)
        .join(User, User.id == model.user_id)
        .filter(User.team_id == challenge.team_id, at >= challenge.starts, at < challenge.ends)
    )


def _already_rewarded(challenge: TeamChallenge) -> bool:
    query = db.select(LedgerEntry.id).filter_by(event_id=challenge.event_id).limit(1)
    return db.session.scalar(query) is not None


def _members(team_id: int) -> list[int]:
    query = db.select(User.id).filter(User.team_id == team_id, User.active.is_(True)).order_by(User.id)
    return list(db.session.scalars(query))


def _reward(challenge: TeamChallenge, version: int) -> dict[int, dict]:
    now, news = utcnow(), {}
    try:
        # The ledger's (user, event, rule) uniqueness is the last guard against paying out twice.
        with db.session.begin_nested():
            for member in _members(challenge.team_id):
                award = challenge.award(member, version)
                news[member] = scoring.credit(member, challenge.team_id, award, now)
    except IntegrityError:
        return {}
    return news
