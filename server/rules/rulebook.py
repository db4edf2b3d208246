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
STARTER_REASON = "The built-in starter rules"


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
    return [{**_described(row, name), "rules": len(row.document.get("rules", ()))} for row, name in rows]


def version(number: int) -> dict:
    """One version with its document; version 1 is the built-in starter set."""
    if number == STARTER_VERSION:
        starter = default_rule_set()
        return {
            "version": STARTER_VERSION,
            "effective_from": starter.effective_from,
            "created_at": None,
            "published_by": None,
            "reason": STARTER_REASON,
            "document": to_document(starter),
        }
    found = db.session.execute(
        db.select(RuleSetVersion, User.display_name)
        .outerjoin(User, User.id == RuleSetVersion.published_by_id)
        .filter(RuleSetVersion.version == number)
    ).first()
    if found is None:
        raise Refused(404, "not_found", f"There is no published version {number}.")
    row, name = found
    return {**_described(row, name), "document": row.document}


def _described(row: RuleSetVersion, publisher: str | None) -> dict:
    return {
        "version": row.version,
        "effective_from": row.effective_from,
        "created_at": row.created_at,
        "published_by": publisher,
        "reason": row.reason or "",
    }


def publish(
    author: User | None, document: dict, effective_from: datetime | None = None, reason: str = ""
) -> dict:
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
    row = add_version(author, document, effective_from, reason)
    detail = {
        "version": row.version,
        "effective_from": effective_from.isoformat(),
        "rules": len(row.document["rules"]),
        "reason": row.reason,
    }
    db.session.add(AuditEntry(actor_id=author.id if author else None, action="rules.publish", detail=detail))
    db.session.commit()
    return {"version": row.version, "effective_from": effective_from.isoformat(), "document": row.document}


def add_version(
    author: User | None, document: dict, effective_from: datetime, reason: str = ""
) -> RuleSetVersion:
    """Check and add a version to the session without committing (the demo seed backdates one)."""
    number = (db.session.scalar(db.select(db.func.max(RuleSetVersion.version))) or STARTER_VERSION) + 1
    rule_set = _checked(document, number, effective_from)
    row = RuleSetVersion(
        version=number,
        effective_from=effective_from,
        document=to_document(rule_set),
        published_by_id=author.id if author else None,
        reason=reason.strip()[:200],
    )
    db.session.add(row)
    db.session.flush()
    g.pop("rule_book", None)  # this request now sees the new version too
    return row


def rollback(author: User, number: int, reason: str | None = None) -> dict:
    """Publish an earlier version's rules again, as the newest version: one step."""
    document = version(number)["document"]
    return publish(author, document, reason=reason or f"Rolled back to version {number}")


def _checked(document: dict, version: int, effective_from: datetime) -> RuleSet:
    try:
        rule_set = from_document(document, version, effective_from)
    except (TypeError, ValueError) as error:
        raise Refused(422, "rule_set_invalid", f"The rule set cannot be read: {error}") from None
    found = problems(rule_set)
    if found:
        raise refusal(found, "document", "nothing was published")
    return rule_set


def refusal(found: list, prefix: str, outcome: str) -> Refused:
    """The problems of a rule set as one 422: each message, naming its item, under its path, and
    all of them under `prefix` too (the body field that held the document), as a list to show."""
    fields: dict[str, list[str]] = {prefix: [str(problem) for problem in found]}
    for problem in found:
        fields.setdefault(f"{prefix}.{problem.path}", []).append(str(problem))
    count = "1 thing needs" if len(found) == 1 else f"{len(found)} things need"
    return Refused(422, "rule_set_invalid", f"{count} fixing first; {outcome}. {found[0]}", fields)


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
