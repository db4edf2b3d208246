"""Share a content item: record it once, award points, tell the leaderboards."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from gamification import Event
from server.analytics import rollups
from server.content import suggestions
from server.errors import Refused
from server.extensions import db
from server.guidelines import service as guidelines
from server.models import Content, Share, User
from server.models.types import utcnow
from server.scoring import recording
from server.scoring import service as scoring
from server.scoring.points import event_awards, points_summary


@dataclass(frozen=True)
class ShareResult:
    share: Share
    awards: list[dict]
    points: dict[str, int]
    replayed: bool
    progress: dict


def share_content(
    user: User, content_id: int, network: str, client_id: str, caption: str | None = None
) -> ShareResult:
    """Record a share; a replay of the same client id returns the first result unchanged.
    `caption` is the text as the advocate edited it, checked against the guidelines; only whether
    it differs from the suggested captions is kept."""
    if existing := _existing(user.id, client_id):
        return _replay(existing, content_id, network)
    content = shareable(user, content_id, utcnow())
    guidelines.check_share(user, content, network, caption)
    share = Share(user_id=user.id, content_id=content.id, network=network, client_id=client_id)
    share.caption_edited = caption_edited(content, network, caption)
    try:
        scored = record(user, share)
        _commit_keeping_loaded()
    except IntegrityError:
        # A concurrent request with the same client id won the race: answer as a replay.
        db.session.rollback()
        return _replay(_existing(user.id, client_id), content_id, network)
    points = recording.after_commit(user, scored)
    if share.credited is not None:
        recording.after_commit(*share.credited)  # the colleague whose suggestion this was
    awards = _awards(scored, share.user_id, share.event_id)
    return ShareResult(share, awards, points, replayed=False, progress=scored.progress)


def record(user: User, share: Share) -> scoring.ScoredEvent:
    """Write the share and its awards into the session without committing."""
    share.created_at = share.created_at or utcnow()
    db.session.add(share)
    db.session.flush()
    event = Event(
        id=share.event_id,
        type="share",
        advocate_id=user.id,
        occurred_at=share.created_at,
        attributes={
            "network": share.network,
            "content_id": share.content_id,
            "tags": tuple(share.content.tags or ()),
            "caption_edited": bool(share.caption_edited),
        },
    )
    scored = recording.score_recorded(user, event, content_id=share.content_id)
    share.progress = scored.progress
    share.credited = suggestions.credit_suggester(share)
    rollups.add(share.created_at, user, share.content_id, share.network, shares=1)
    return scored


def caption_edited(content: Content, network: str, caption: str | None) -> bool:
    """True when the advocate sent a caption of their own: one that is none of the content's
    suggested captions for this network (spaces at either end do not count as an edit)."""
    if caption is None:
        return False
    first = (content.captions or {}).get(network) or ""
    suggested = [first, *(content.caption_variants or {}).get(network, ())]
    return caption.strip() not in {text.strip() for text in suggested}


def shareable(user: User, content_id: int, now: datetime, action: str = "shared") -> Content:
    """The content item, if it is in the advocate's feed now; else a refusal saying why."""
    content = db.session.get(Content, content_id, options=[joinedload(Content.target_teams)])
    if content is None:
        raise Refused(404, "not_found", f"Content {content_id} does not exist.")
    if content.status != "published":
        raise Refused(422, "content_unpublished", f"This content is not published, so it cannot be {action}.")
    if content.publish_at > now:
        raise Refused(422, "content_unpublished", "This content is scheduled and not published yet.")
    if content.expires_at and content.expires_at <= now:
        raise Refused(422, "content_expired", f"This content has expired and can no longer be {action}.")
    if not content.is_targeted_to(user.team_id):
        raise Refused(403, "content_not_targeted", "This content is not targeted to your team.")
    return content


def _commit_keeping_loaded() -> None:
    """Commit without expiring what the session holds: the answer and the live updates are made
    from what this transaction has just written, and reloading it would cost a query per object."""
    session = db.session()
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = True


def _awards(scored: scoring.ScoredEvent, user_id: int, event_id: str) -> list[dict]:
    """What `event_awards` reads back from the ledger rows this event just wrote, without reading."""
    mine = [a for a in scored.awards if (a.advocate_id, a.event_id) == (user_id, event_id)]
    return [{"points": award.points, "explanation": award.explanation[:255]} for award in mine]


def _existing(user_id: int, client_id: str) -> Share | None:
    return db.session.scalar(db.select(Share).filter_by(user_id=user_id, client_id=client_id))


def _replay(share: Share, content_id: int, network: str) -> ShareResult:
    if (share.content_id, share.network) != (content_id, network):
        raise Refused(
            409,
            "client_id_reused",
            "This client_id was already used for a different share.",
            {"client_id": ["Already used for another content item or network."]},
        )
    return ShareResult(
        share,
        event_awards(share.user_id, share.event_id),
        points_summary(share.user_id),
        replayed=True,
        progress=share.progress or scoring.progress_news(None),
    )
