"""Opening a content item from the feed: recorded once per advocate and item, scored by the rules
(the `content_opened` event), so reading what the company publishes can earn points."""

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from gamification import Event
from server.extensions import db
from server.models import ContentOpen, User
from server.models.types import utcnow
from server.scoring import recording
from server.scoring import service as scoring
from server.scoring.points import event_awards, points_summary
from server.sharing.service import shareable


@dataclass(frozen=True)
class OpenResult:
    opened: ContentOpen
    first_time: bool
    awards: list[dict]
    points: dict[str, int]
    progress: dict


def open_content(user: User, content_id: int) -> OpenResult:
    """Record the first open of an item in the advocate's feed; later opens change nothing."""
    if existing := _existing(user.id, content_id):
        return _again(existing)
    content = shareable(user, content_id, utcnow(), action="opened")
    opened = ContentOpen(user_id=user.id, content_id=content.id)
    try:
        scored = record(user, opened)
        db.session.commit()
    except IntegrityError:
        # A second tap raced the first and lost: the first one counts.
        db.session.rollback()
        return _again(_existing(user.id, content_id))
    points = recording.after_commit(user, scored)
    return OpenResult(opened, True, event_awards(opened.user_id, opened.event_id), points, scored.progress)


def record(user: User, opened: ContentOpen) -> scoring.ScoredEvent:
    """Write the open and its awards into the session without committing."""
    opened.opened_at = opened.opened_at or utcnow()
    db.session.add(opened)
    db.session.flush()
    return recording.score_recorded(user, opened_event(opened), content_id=opened.content_id)


def opened_event(opened: ContentOpen) -> Event:
    return Event(
        id=opened.event_id,
        type="content_opened",
        advocate_id=opened.user_id,
        occurred_at=opened.opened_at,
        attributes={"content_id": opened.content_id, "tags": tuple(opened.content.tags or ())},
    )


def _existing(user_id: int, content_id: int) -> ContentOpen | None:
    return db.session.scalar(db.select(ContentOpen).filter_by(user_id=user_id, content_id=content_id))


def _again(opened: ContentOpen) -> OpenResult:
    return OpenResult(opened, False, [], points_summary(opened.user_id), scoring.progress_news(None))
