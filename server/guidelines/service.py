"""The social media guidelines: admins publish the text (a changed text is a new version), each
advocate acknowledges the current version before sharing, and every share is checked against
the organisation's prohibited words and, for an edited caption, its required disclosure.
The first acknowledgement is a `guidelines_acknowledged` event, so the rules can reward it."""

from sqlalchemy.exc import IntegrityError

from gamification import Event
from server import rich_text
from server.errors import Refused
from server.extensions import db
from server.guidelines import text_fold
from server.models import AuditEntry, Content, GuidelinesAck, GuidelinesVersion, Organisation, User
from server.models.types import utcnow
from server.organisation.models import settings
from server.scoring import recording


def current() -> GuidelinesVersion | None:
    return db.session.scalar(db.select(GuidelinesVersion).order_by(GuidelinesVersion.id.desc()).limit(1))


def status_for(user: User) -> dict:
    org, version = Organisation.current(), current()
    return {
        "version": version.id if version else None,
        "text": version.text if version else "",
        "published_at": version.published_at if version else None,
        "acknowledged": version is None or _acknowledged(user.id, version.id),
        "prohibited_words": org.prohibited_words or [],
        "required_disclosure": org.required_disclosure,
    }


def publish(admin: User, text: str, prohibited_words: list[str], required_disclosure: str | None) -> None:
    """Save the rules; only a changed text is a new version that everyone acknowledges again."""
    org, latest = Organisation.current(), current()
    org.prohibited_words = sorted({word.strip().lower() for word in prohibited_words if word.strip()})
    org.required_disclosure = (required_disclosure or "").strip() or None
    changed = latest is None or latest.text != text
    if changed:
        db.session.add(GuidelinesVersion(text=text, published_by_id=admin.id))
    detail = {"new_version": changed, "prohibited_words": org.prohibited_words}
    db.session.add(AuditEntry(actor_id=admin.id, action="guidelines.publish", detail=detail))
    db.session.commit()


def acknowledge(user: User, version_id: int) -> int:
    """Record that the advocate read `version_id`; returns the points it earned (first time only)."""
    version = current()
    if version is None or version.id != version_id:
        raise Refused(
            409, "guidelines_changed", "The guidelines changed since you opened them: read the new version."
        )
    if _acknowledged(user.id, version.id):
        return 0
    first = db.session.scalar(db.select(GuidelinesAck.id).filter_by(user_id=user.id).limit(1)) is None
    ack = GuidelinesAck(user_id=user.id, version_id=version.id, acknowledged_at=utcnow())
    db.session.add(ack)
    scored = None
    if first:  # points for reading them once, not for every new version
        event = Event(
            f"guidelines_acknowledged:{user.id}", "guidelines_acknowledged", user.id, ack.acknowledged_at
        )
        scored = recording.score_recorded(user, event, content_id=None)
    try:
        db.session.commit()
    except IntegrityError:  # acknowledged at the same moment in another tab
        db.session.rollback()
        return 0
    if scored is not None:
        recording.after_commit(user, scored)
    return scored.points if scored else 0


def check_share(user: User, content: Content, network: str, caption: str | None) -> None:
    """Refuse a share the guidelines do not allow, saying why."""
    if _still_to_acknowledge(user.id):
        message = "Read and acknowledge the social media guidelines before you share."
        raise Refused(403, "guidelines_required", message)
    rules = settings()  # cached: this runs in every share
    summary = rich_text.plain(content.summary)
    texts = {"content_id": [content.title, summary, (content.captions or {}).get(network, "")]}
    if caption is not None:
        texts["caption"] = [caption]
    for field, parts in texts.items():
        if word := _prohibited(" ".join(parts), rules.prohibited_words):
            message = f"This can't be shared: it contains “{word}”, which the guidelines don't allow."
            raise Refused(422, "prohibited_words", message, {field: [message]})
    disclosure = rules.required_disclosure
    if caption is not None and disclosure and disclosure.lower() not in caption.lower():
        message = f"Keep “{disclosure}” in your caption: the guidelines require it."
        raise Refused(422, "disclosure_missing", message, {"caption": [message]})


def _still_to_acknowledge(user_id: int) -> bool:
    """Whether guidelines exist that the advocate has not acknowledged: one query per share."""
    acked = (
        db.select(GuidelinesAck.id)
        .filter(GuidelinesAck.user_id == user_id, GuidelinesAck.version_id == GuidelinesVersion.id)
        .exists()
    )
    latest = db.select(acked).select_from(GuidelinesVersion).order_by(GuidelinesVersion.id.desc()).limit(1)
    return db.session.scalar(latest) is False


def _prohibited(text: str, words: list[str]) -> str | None:
    # Folded against look-alikes (zero-width characters, fullwidth or Cyrillic letters), as the
    # PWA's pre-check folds them.
    return next((word for word in words if text_fold.contains_word(text, word)), None)


def _acknowledged(user_id: int, version_id: int) -> bool:
    query = db.select(GuidelinesAck.id).filter_by(user_id=user_id, version_id=version_id).limit(1)
    return db.session.scalar(query) is not None
