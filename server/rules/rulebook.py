"""The published rule-set versions, as the engine's RuleBook; publishing and rolling back."""

from dataclasses import replace
from datetime import datetime, timedelta

from flask import current_app, g, has_app_context

from gamification import RuleBook, RuleSet, default_rule_set, problems
from gamification.documents import from_document, to_document
from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Organisation, RuleSetVersion, User
from server.models.types import utcnow

STARTER_VERSION = 1  # the built-in starter set; published versions count on from 2


def rule_book() -> RuleBook:
    """The starter set plus every published version, compiled once per process per newest version,
    and looked up once per request."""
    if has_app_context() and "rule_book" in g:
        return g.rule_book
    # Keyed by the newest row's version and time: a reset database can reuse a version number.
    newest = db.session.execute(
        db.select(RuleSetVersion.version, RuleSetVersion.created_at)
        .order_by(RuleSetVersion.version.desc())
        .limit(1)
    ).first()
    # And by the organisation's timezone, which every rule set is read in: a book compiled for the
    # old one kept counting streaks, daily caps and hours on it after the timezone changed.
    newest = (*(newest or (STARTER_VERSION, None)), Organisation.current().timezone)
    cache = current_app.extensions.setdefault("amplify.rule_books", {})
    if newest not in cache:
        cache.clear()
        cache[newest] = RuleBook(_rule_sets())
    if has_app_context():
        g.rule_book = cache[newest]
    return cache[newest]


def active_rule_set(at: datetime | None = None) -> RuleSet:
    return rule_book().engine_at(at or utcnow()).rules


def _rule_sets() -> list[RuleSet]:
    zone = Organisation.current().timezone
    # One clock for the whole product: rules and leaderboards both use the organisation's timezone.
    sets = [replace(default_rule_set(), timezone=zone)]
    for row in db.session.scalars(db.select(RuleSetVersion).order_by(RuleSetVersion.version)):
        sets.append(replace(from_document(row.document, row.version, row.effective_from), timezone=zone))
    return sets


def versions() -> list[dict]:
    rows = db.session.execute(
        db.select(RuleSetVersion, User.display_name)
        .outerjoin(User, User.id == RuleSetVersion.published_by_id)
        .order_by(RuleSetVersion.version.desc())
    )
    return [
        {
            "version": row.version,
            "effective_from": row.effective_from,
            "created_at": row.created_at,
            "published_by": name,
            "rules": len(row.document.get("rules", ())),
        }
        for row, name in rows
    ]


def publish(author: User | None, document: dict, effective_from: datetime | None = None) -> dict:
    """Publish a new version; it applies to events from `effective_from` (default: now)."""
    now = utcnow()
    effective_from = effective_from or now
    if effective_from < now - timedelta(minutes=1):
        raise Refused(
            422,
            "validation_error",
            "Rules apply from now on; re-scoring the past is separate.",
            {"effective_from": ["Cannot be in the past."]},
        )
    row = add_version(author, document, effective_from)
    detail = {
        "version": row.version,
        "effective_from": effective_from.isoformat(),
        "rules": len(row.document["rules"]),
    }
    db.session.add(AuditEntry(actor_id=author.id if author else None, action="rules.publish", detail=detail))
    db.session.commit()
    return {"version": row.version, "effective_from": effective_from.isoformat(), "document": row.document}


def add_version(author: User | None, document: dict, effective_from: datetime) -> RuleSetVersion:
    """Check and add a version to the session without committing (the demo seed backdates one)."""
    number = (db.session.scalar(db.select(db.func.max(RuleSetVersion.version))) or STARTER_VERSION) + 1
    rule_set = _checked(document, number, effective_from)
    row = RuleSetVersion(
        version=number,
        effective_from=effective_from,
        document=to_document(rule_set),
        published_by_id=author.id if author else None,
    )
    db.session.add(row)
    db.session.flush()
    g.pop("rule_book", None)  # this request now sees the new version too
    return row


def rollback(author: User, version: int) -> dict:
    """Publish an earlier version's rules again, as the newest version."""
    if version == STARTER_VERSION:
        return publish(author, to_document(default_rule_set()))
    row = db.session.scalar(db.select(RuleSetVersion).filter_by(version=version))
    if row is None:
        raise Refused(404, "not_found", f"There is no published version {version}.")
    return publish(author, row.document)


def _checked(document: dict, version: int, effective_from: datetime) -> RuleSet:
    try:
        rule_set = from_document(document, version, effective_from)
    except (TypeError, ValueError) as error:
        raise Refused(422, "rule_set_invalid", f"The rule set cannot be read: {error}") from None
    found = problems(rule_set)
    if found:
        raise Refused(
            422,
            "rule_set_invalid",
            f"The rule set has {len(found)} problem(s); nothing was published.",
            {"document": found},
        )
    return rule_set


def audit_log(limit: int) -> list[dict]:
    rows = db.session.execute(
        db.select(AuditEntry, User.display_name)
        .outerjoin(User, User.id == AuditEntry.actor_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [
        {"id": e.id, "action": e.action, "actor": name, "detail": e.detail, "created_at": e.created_at}
        for e, name in rows
    ]
