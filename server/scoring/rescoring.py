"""Retroactive re-scoring: apply the newest rules to past events with compensating ledger rows.

Nothing in the ledger is changed or deleted. History is replayed with the newest version also
scoring [start, end); every (advocate, event, rule) whose recomputed points differ from what the
ledger holds gets one new row for the difference, scores move in the same transaction, the
advocates' engine state becomes the replayed one, badge tiers the replay reaches for the first time
are awarded, and the run is written to the audit log. Badges are never taken back: a tier held
before stays held, and the replayed state keeps it so it is not awarded twice. Team challenge
payouts are left as paid.
"""

from collections import defaultdict
from datetime import datetime

from gamification import Retroactive, replay
from gamification.state import dump_state
from server.extensions import db
from server.leaderboards.periods import score_keys
from server.models import (
    AdvocateProgress,
    AuditEntry,
    BadgeAward,
    LedgerEntry,
    Organisation,
    User,
)
from server.models.types import utcnow
from server.realtime import publish
from server.rules.rulebook import rule_book
from server.scoring.history import recorded_events
from server.scoring.service import add_to_score

PREFIX = "rescore:"
# The recorded event types (history.py); challenge payouts and other ledger rows are left alone.
RESCORED = ("share", "content_opened", "click")


def rescore(actor: User, start: datetime, end: datetime) -> dict:
    book = rule_book()
    # Shares scored while this runs would be lost when the replayed state is written: queue them.
    db.session.execute(db.select(AdvocateProgress.user_id).with_for_update()).all()
    events = recorded_events()
    teams = dict(db.session.execute(db.select(User.id, User.team_id)).all())
    result = replay(events, Retroactive(book, start, end), teams)
    at = {event.id: event for event in events}
    wanted = _sum_by_key(
        (a.advocate_id, a.event_id, a.rule_id, a.points)
        for a in result.awards
        if a.event_id in at and at[a.event_id].occurred_at >= start
    )
    held = _ledger_since(start)
    audit = AuditEntry(actor_id=actor.id, action="rules.rescore", detail={})
    db.session.add(audit)
    db.session.flush()
    rows = _compensate(audit.id, book.latest.rules, wanted, held, at)
    badges = _award_new_tiers(audit.id, book.latest.rules.version, result.states)
    _replace_progress(result.states)
    summary = {
        "run": audit.id,
        "version": book.latest.rules.version,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "events": len(events),
        "rows": len(rows),
        "advocates": len({row.user_id for row in rows}),
        "points_delta": sum(r.points for r in rows),
        "badges_awarded": badges,
    }
    audit.detail = summary
    db.session.commit()
    publish.scores_changed({row.user_id for row in rows})
    return summary


def _sum_by_key(items) -> dict:
    totals: dict = defaultdict(int)
    for user_id, event_id, rule_id, points in items:
        totals[(user_id, event_id, rule_id)] += points
    return totals


def _ledger_since(start: datetime) -> dict:
    rows = db.session.execute(
        db.select(LedgerEntry.user_id, LedgerEntry.event_id, LedgerEntry.rule_id, LedgerEntry.points).filter(
            LedgerEntry.occurred_at >= start, LedgerEntry.event_type.in_(RESCORED)
        )
    )
    # Earlier corrections count toward what an event already holds, so a second run adds nothing.
    return _sum_by_key((u, e.split(":", 2)[2] if e.startswith(PREFIX) else e, r, p) for u, e, r, p in rows)


def _compensate(run: int, rules, wanted: dict, held: dict, events: dict) -> list[LedgerEntry]:
    names = {rule.id: rule.name for rule in rules.rules}
    zone, rows = Organisation.current().zone, []
    for key in sorted(set(wanted) | set(held)):
        user_id, event_id, rule_id = key
        event = events.get(event_id)
        delta = wanted.get(key, 0) - held.get(key, 0)
        # An event no longer recorded (a click past retention) keeps what it earned.
        if not delta or event is None:
            continue
        row = LedgerEntry(
            user_id=user_id,
            points=delta,
            event_type=event.type,
            event_id=f"{PREFIX}{run}:{event_id}",
            rule_id=rule_id,
            rule_version=rules.version,
            content_id=event.attributes.get("content_id"),
            occurred_at=event.occurred_at,
            reason=f"{'+' if delta > 0 else ''}{delta}: re-scored under v{rules.version} "
            f"({names.get(rule_id, rule_id)})"[:255],
        )
        rows.append(row)
        db.session.add(row)
        for period, period_key in score_keys(event.occurred_at, zone, rules):
            # The correction lands now, so for ties it counts as reached now.
            add_to_score(user_id, period, period_key, delta, utcnow())
    return rows


def _award_new_tiers(run: int, version: int, states: dict) -> int:
    """Award tiers the replay reached beyond what each advocate holds; keep held tiers in state."""
    held: dict = defaultdict(dict)
    for user_id, badge_id, tier in db.session.execute(
        db.select(BadgeAward.user_id, BadgeAward.badge_id, BadgeAward.tier)
    ):
        held[user_id][badge_id] = max(held[user_id].get(badge_id, 0), tier)
    awarded, now = 0, utcnow()
    for user_id, state in states.items():
        mine = held.get(user_id, {})
        for badge_id, tier in state.badges.items():
            if tier > mine.get(badge_id, 0):
                db.session.add(
                    BadgeAward(
                        user_id=user_id,
                        badge_id=badge_id,
                        tier=tier,
                        event_id=f"{PREFIX}{run}",
                        rule_version=version,
                        earned_at=now,
                    )
                )
                awarded += 1
        for badge_id, tier in mine.items():
            state.badges[badge_id] = max(tier, state.badges.get(badge_id, 0))
    return awarded


def _replace_progress(states: dict) -> None:
    for user_id, state in states.items():
        row = db.session.get(AdvocateProgress, user_id) or AdvocateProgress(user_id=user_id)
        row.state = dump_state(state)
        db.session.add(row)
