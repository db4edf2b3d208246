"""Team challenges, live: when a team reaches its goal in the window, every member is rewarded once."""

from datetime import datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from gamification import Award, Event, TeamChallenge
from server.extensions import db
from server.models import LedgerEntry, Organisation, Share, User
from server.models.types import utcnow
from server.services.periods import period_keys
from server.services.scoring import add_to_score


def count_toward(challenges: tuple[TeamChallenge, ...], user: User, event: Event, version: int) -> list[int]:
    """Check each challenge the event counts toward; return the members rewarded just now."""
    rewarded: list[int] = []
    for challenge in challenges:
        if challenge.counts(user.team_id, event.type, event.occurred_at) and _reached(challenge):
            rewarded += _reward(challenge, version)
    return rewarded


def _reached(challenge: TeamChallenge) -> bool:
    shares = db.session.scalar(
        db.select(func.count())
        .select_from(Share)
        .join(User, User.id == Share.user_id)
        .filter(
            User.team_id == challenge.team_id,
            Share.created_at >= challenge.starts,
            Share.created_at < challenge.ends,
        )
    )
    return shares >= challenge.target and not _already_rewarded(challenge)


def _already_rewarded(challenge: TeamChallenge) -> bool:
    query = db.select(LedgerEntry.id).filter_by(event_id=f"challenge:{challenge.id}").limit(1)
    return db.session.scalar(query) is not None


def _reward(challenge: TeamChallenge, version: int) -> list[int]:
    members = db.session.scalars(
        db.select(User.id).filter(User.team_id == challenge.team_id, User.active.is_(True)).order_by(User.id)
    ).all()
    now = utcnow()
    try:
        # The ledger's (user, event, rule) uniqueness stops a concurrent share paying out twice.
        with db.session.begin_nested():
            for member in members:
                _credit(member, challenge, version, now)
    except IntegrityError:
        return []
    return list(members)


def _credit(member: int, challenge: TeamChallenge, version: int, at: datetime) -> None:
    award = Award(
        member,
        f"challenge:{challenge.id}",
        challenge.id,
        version,
        challenge.reward_points,
        challenge.name,
        " (team goal met)",
    )
    db.session.add(
        LedgerEntry(
            user_id=member,
            points=award.points,
            reason=award.explanation[:255],
            event_type="challenge",
            event_id=award.event_id,
            rule_id=award.rule_id,
            rule_version=version,
            occurred_at=at,
        )
    )
    db.session.flush()
    for period, key in period_keys(at, Organisation.current().zone).items():
        add_to_score(member, period, key, award.points, at)
