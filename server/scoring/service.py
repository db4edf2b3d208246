"""Run events through the engine and write the outcome: ledger rows, scores, badges and the
advocate's engine state, all in the caller's transaction."""

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from gamification import Award, Event, Outcome
from gamification.state import AdvocateState, dump_state, load_state
from server.extensions import db
from server.leaderboards.periods import score_keys
from server.models import AdvocateProgress, BadgeAward, LedgerEntry, Score, User
from server.models.types import utcnow
from server.organisation.models import settings as org_settings
from server.rules.rulebook import active_rule_set, rule_book

__all__ = ["ScoredEvent", "active_rule_set", "credit", "lock_progress", "score"]


@dataclass(frozen=True)
class ScoredEvent:
    awards: tuple[Award, ...]
    points: int
    progress: dict  # badges earned, new level, new streak: what the advocate is told live
    # Every team challenge this event counts toward, paid or not (the live card needs them all),
    # and the rules' version: settled after the commit, which skips paid ones (scoring/challenges.py).
    challenges: tuple = ()
    rules_version: int | None = None


def score(user: User, event: Event, content_id: int | None = None) -> ScoredEvent:
    """Score the event with the rules in force at its time; the caller commits."""
    engine = rule_book().engine_at(event.occurred_at)
    progress, state = _locked_state(user.id, user.team_id)
    outcome = engine.apply(state, event)
    progress.state, progress.updated_at = dump_state(state), utcnow()
    _write(user.id, outcome, event.type, event.occurred_at, engine.rules, event.id, content_id)
    return ScoredEvent(outcome.awards, outcome.points, progress_news(outcome))


def credit(user_id: int, team_id: int | None, award: Award, at: datetime) -> dict:
    """Give an award earned outside an event of the advocate's own (a team challenge) through the
    engine, so lifetime points, level and badges move with it; the caller commits."""
    engine = rule_book().engine_at(at)
    progress, state = _locked_state(user_id, team_id)
    outcome = engine.credit(state, award)
    progress.state, progress.updated_at = dump_state(state), utcnow()
    _write(user_id, outcome, "challenge", at, engine.rules, award.event_id, None)
    return progress_news(outcome)


def lock_progress(user_ids) -> None:
    """Lock several advocates' state rows in id order, so two transactions that each need
    several of them (team challenge payouts) queue instead of deadlocking."""
    for user_id in sorted(set(user_ids)):
        _progress_row(user_id)


def _locked_state(user_id: int, team_id: int | None) -> tuple[AdvocateProgress, AdvocateState]:
    progress = _progress_row(user_id)
    state = load_state(progress.state) if progress.state else AdvocateState(user_id, team_id)
    state.team_id = team_id
    return progress, state


def _write(user_id, outcome: Outcome, event_type, at, rules, event_id, content_id) -> None:
    """The outcome's ledger rows, badge tiers and score increments, in the session."""
    for award in outcome.awards:
        db.session.add(_ledger_row(award, event_type, at, content_id))
    for badge in outcome.badges:
        db.session.add(
            BadgeAward(
                user_id=user_id,
                badge_id=badge.badge_id,
                tier=badge.tier,
                event_id=event_id,
                rule_version=rules.version,
                earned_at=at,
            )
        )
    if outcome.points:
        add_to_scores(user_id, score_keys(at, org_settings().zone, rules), outcome.points, at)


def progress_news(outcome: Outcome | None) -> dict:
    if outcome is None:
        return {"badges": [], "level": None, "streak": None}
    badges = [
        {"id": b.badge_id, "name": b.name, "tier": b.tier, "tier_name": b.tier_name} for b in outcome.badges
    ]
    return {"badges": badges, "level": outcome.level, "streak": outcome.streak}


def _progress_row(user_id: int) -> AdvocateProgress:
    """The advocate's state row, locked for this transaction so concurrent events queue up."""
    query = db.select(AdvocateProgress).filter_by(user_id=user_id).with_for_update()
    row = db.session.scalar(query)
    if row is not None:
        return row
    try:
        with db.session.begin_nested():
            row = AdvocateProgress(user_id=user_id, state={})
            db.session.add(row)
    except IntegrityError:
        row = db.session.scalar(query.execution_options(populate_existing=True))
    return row


def _ledger_row(award: Award, event_type: str, at: datetime, content_id: int | None) -> LedgerEntry:
    return LedgerEntry(
        user_id=award.advocate_id,
        points=award.points,
        reason=award.explanation[:255],
        event_type=event_type,
        event_id=award.event_id,
        rule_id=award.rule_id,
        rule_version=award.rule_version,
        content_id=content_id,
        occurred_at=at,
    )


def add_to_score(user_id: int, period: str, key: str, points: int, at: datetime) -> None:
    add_to_scores(user_id, [(period, key)], points, at)


def add_to_scores(user_id: int, keys, points: int, at: datetime) -> None:
    """Add `points` to the advocate's score for every (period, key), creating missing rows: one
    statement, an in-database increment, so concurrent awards never lose an update."""
    keys = list(keys)
    values = {"user_id": user_id, "points": points, "reached_at": at, "updated_at": utcnow()}
    for n, (period, key) in enumerate(keys):
        values[f"period_{n}"], values[f"period_key_{n}"] = period, key
    db.session.execute(_upsert_statement(db.engine.dialect.name, len(keys)), values)


@cache
def _upsert_statement(dialect_name: str, rows: int):
    """Built once per dialect and number of rows, the values sent as parameters: a statement with
    the values written into it is compiled again for every award (a tenth of a share's CPU), and
    the same rows sent as an executemany cost psycopg a pipeline round of its own."""
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    table = Score.__table__
    shared = {name: bindparam(name) for name in ("user_id", "points", "reached_at", "updated_at")}
    statement = dialect.insert(table).values(
        [
            {**shared, "period": bindparam(f"period_{n}"), "period_key": bindparam(f"period_key_{n}")}
            for n in range(rows)
        ]
    )
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=[table.c.user_id, table.c.period, table.c.period_key],
        set_={
            "points": table.c.points + excluded.points,
            "reached_at": excluded.reached_at,
            "updated_at": excluded.updated_at,
        },
    )
