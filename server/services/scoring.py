"""Run events through the engine and write the awards: ledger rows plus scores, one transaction."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from gamification import AdvocateState, Award, Engine, Event, RuleSet, default_rule_set
from server.extensions import db
from server.models import LedgerEntry, Organisation, Score, User
from server.services.periods import period_keys


@dataclass(frozen=True)
class ScoredEvent:
    awards: tuple[Award, ...]
    points: int


def active_rule_set() -> RuleSet:
    return default_rule_set()


def score(user: User, event: Event, content_id: int | None = None) -> ScoredEvent:
    """Append the event's awards to the ledger and the scores; the caller commits."""
    org = Organisation.current()
    state = AdvocateState(user.id, user.team_id, lifetime_points=_points(user.id, "all_time", "all"))
    outcome = Engine(active_rule_set()).apply(state, event)
    for award in outcome.awards:
        db.session.add(_ledger_row(award, event, content_id))
    if outcome.points:
        for period, key in period_keys(event.occurred_at, org.zone).items():
            _add_to_score(user.id, period, key, outcome.points, event.occurred_at)
    return ScoredEvent(outcome.awards, outcome.points)


def _ledger_row(award: Award, event: Event, content_id: int | None) -> LedgerEntry:
    return LedgerEntry(
        user_id=award.advocate_id,
        points=award.points,
        reason=award.explanation,
        event_type=event.type,
        event_id=award.event_id,
        rule_id=award.rule_id,
        rule_version=award.rule_version,
        content_id=content_id,
        occurred_at=event.occurred_at,
    )


def _points(user_id: int, period: str, key: str) -> int:
    query = db.select(Score.points).filter_by(user_id=user_id, period=period, period_key=key)
    return db.session.scalar(query) or 0


def _add_to_score(user_id: int, period: str, key: str, points: int, at: datetime) -> None:
    # An in-database increment, so concurrent awards never lose an update.
    if _increment(user_id, period, key, points, at):
        return
    try:
        with db.session.begin_nested():
            db.session.add(
                Score(user_id=user_id, period=period, period_key=key, points=points, reached_at=at)
            )
    except IntegrityError:
        # Another transaction created the row first; add to theirs instead.
        _increment(user_id, period, key, points, at)


def _increment(user_id: int, period: str, key: str, points: int, at: datetime) -> bool:
    result = db.session.execute(
        update(Score)
        .filter_by(user_id=user_id, period=period, period_key=key)
        .values(points=Score.points + points, reached_at=at)
    )
    return result.rowcount > 0
