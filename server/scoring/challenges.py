"""Team challenges, live: when a team reaches its goal in the window, every member is rewarded once,
through the engine, so the reward moves their level and badges like any other points.

A challenge is settled after the events that count toward it have committed, in a transaction of
its own. Paying inside each event's transaction meant locking every member's state row on every
counting share, open and click, which queued the whole team behind one another under load. After
the commit the count sees every committed event, so of two events committing together the later
one's count includes both and the goal is never missed; locking the team, then looking for the
reward again, pays it once. A minute's sweep (`settle_running`) pays a goal whose event's process
died before settling it."""

import logging
from datetime import timedelta

from sqlalchemy import func, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from gamification import Event, TeamChallenge
from server.extensions import db
from server.models import ChallengeResult, Click, ContentOpen, LedgerEntry, Share, User
from server.models.types import utcnow
from server.rules.rulebook import active_rule_set
from server.scoring import service as scoring

log = logging.getLogger(__name__)
# Clicks are scored a little after they happen: the sweep keeps looking at a window this long
# after it ends.
LATE_EVENTS = timedelta(days=1)

# The event types the server records, each with its table and time column.
RECORDED = {
    "share": (Share, Share.created_at),
    "content_opened": (ContentOpen, ContentOpen.opened_at),
    "click": (Click, Click.clicked_at),
}


def open_for(challenges: tuple[TeamChallenge, ...], user: User, event: Event) -> list[TeamChallenge]:
    """The challenges this event counts toward: `settle` them once the event has committed (which
    skips those paid already), and show their teams the progress. No query: the event's
    transaction stays short."""
    return [c for c in challenges if c.counts(user.team_id, event.type, event.occurred_at)]


def settle(open_challenges, version: int, on_reached=None) -> dict[int, dict]:
    """After a commit: reward every member of each challenge now met, each in a transaction of its
    own that holds no other locks; return member -> their progress news. A payout that fails (a
    busy or unreachable database) is left to the minute's sweep: the event itself is committed."""
    rewarded: dict[int, dict] = {}
    for challenge in open_challenges:
        if _already_rewarded(challenge) or _count(challenge) < challenge.target:
            continue
        db.session.commit()  # end the count's read: the payout's transaction starts with its locks
        try:
            paid = _pay_once(challenge, version)
            if paid:
                keep_result(challenge)
            db.session.commit()
            rewarded.update(paid)
            if paid and on_reached:
                on_reached(challenge)  # after the commit: the team's celebration
        except DBAPIError as error:
            db.session.rollback()
            log.warning("team challenge %s not settled now; the sweep will: %s", challenge.id, error)
    return rewarded


def _pay_once(challenge: TeamChallenge, version: int) -> dict[int, dict]:
    _lock_for_writing()
    scoring.lock_progress(_members(challenge.team_id))  # in id order, like every payout
    if _already_rewarded(challenge):  # a payout that held the locks before us is visible now
        return {}
    return _reward(challenge, version)


def _lock_for_writing() -> None:
    """SQLite ignores row locks, and a transaction that read before a concurrent commit can no
    longer write (SQLITE_BUSY_SNAPSHOT): begin with a write, which waits for the database's one
    writer lock and then reads the latest commits. PostgreSQL locks the rows themselves."""
    if db.session.get_bind().dialect.name == "sqlite":
        db.session.execute(text("UPDATE organisations SET id = id WHERE id IS NULL"))


def settle_running(on_reached=None) -> dict[int, dict]:
    """The sweep: settle every challenge of the rules in force that is running (or ended lately)
    and unpaid, calling `on_reached` with each one it pays; return member -> their progress news."""
    now = utcnow()
    rules = active_rule_set(now)
    running = [
        challenge
        for challenge in rules.challenges
        if challenge.starts <= now < challenge.ends + LATE_EVENTS and not _already_rewarded(challenge)
    ]
    db.session.commit()  # the reads above end their transaction: settle locks in fresh ones
    rewarded = settle(running, rules.version, on_reached)
    keep_ended(rules.challenges, now)
    return rewarded


def keep_ended(challenges, now) -> None:
    """Write the final result of each challenge that has ended, until late clicks stop arriving,
    so it outlives the challenge's removal from the rules."""
    ended = [c for c in challenges if c.ends <= now]
    if not ended:
        return
    kept = dict(
        db.session.execute(
            db.select(ChallengeResult.challenge_id, ChallengeResult.updated_at).filter(
                ChallengeResult.challenge_id.in_([c.id for c in ended])
            )
        ).all()
    )
    for challenge in ended:
        written = kept.get(challenge.id)
        if written is None or written < challenge.ends + LATE_EVENTS:
            keep_result(challenge)
    db.session.commit()


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


def tally(challenge: TeamChallenge) -> list[tuple[int, int]]:
    """Each member's count toward the challenge, most first: one grouped query."""
    recorded = RECORDED.get(challenge.event_type)
    if recorded is None:
        return []
    model, at = recorded
    counted = func.count().label("counted")
    rows = db.session.execute(
        db.select(model.user_id, counted)
        .join(User, User.id == model.user_id)
        .filter(User.team_id == challenge.team_id, at >= challenge.starts, at < challenge.ends)
        .group_by(model.user_id)
        .order_by(counted.desc(), model.user_id)
    )
    return [(user_id, count) for user_id, count in rows]


def reached_at(challenge: TeamChallenge):
    """When the team's event that met the goal happened; None while it is not met."""
    recorded = RECORDED.get(challenge.event_type)
    if recorded is None:
        return None
    model, at = recorded
    return db.session.scalar(
        db.select(at)
        .join(User, User.id == model.user_id)
        .filter(User.team_id == challenge.team_id, at >= challenge.starts, at < challenge.ends)
        .order_by(at, model.id)
        .offset(challenge.target - 1)
        .limit(1)
    )


def keep_result(challenge: TeamChallenge) -> None:
    """Write (or bring up to date) the challenge's result row; the caller commits. Two writers at
    once meet at the unique (challenge, team) key: the later one updates what the first wrote."""
    counts = tally(challenge)
    values = {
        "name": challenge.name,
        "event_type": challenge.event_type,
        "target": challenge.target,
        "reward_points": challenge.reward_points,
        "starts": challenge.starts,
        "ends": challenge.ends,
        "count": sum(count for _, count in counts),
        "reached_at": reached_at(challenge),
        "contributors": [{"user_id": user_id, "count": count} for user_id, count in counts],
        "updated_at": utcnow(),
    }
    key = {"challenge_id": challenge.id, "team_id": challenge.team_id}
    try:
        with db.session.begin_nested():
            row = db.session.scalar(db.select(ChallengeResult).filter_by(**key))
            if row is None:
                row = ChallengeResult(**key)
                db.session.add(row)
            for name, value in values.items():
                setattr(row, name, value)
    except IntegrityError:
        row = db.session.scalar(db.select(ChallengeResult).filter_by(**key))
        for name, value in values.items():
            setattr(row, name, value)


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
