"""Share a content item: record it once, award points, tell the leaderboards."""

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from gamification import Event
from server.errors import Refused
from server.extensions import db
from server.models import Content, LedgerEntry, Share, User
from server.models.types import utcnow
from server.realtime import publish
from server.services import challenges, scoring
from server.services.points import points_summary
from server.services.rulebook import active_rule_set


@dataclass(frozen=True)
class ShareResult:
    share: Share
    awards: list[dict]
    points: dict[str, int]
    replayed: bool
    progress: dict


def share_content(user: User, content_id: int, network: str, client_id: str) -> ShareResult:
    """Record a share; a replay of the same client id returns the first result unchanged."""
    if existing := _existing(user.id, client_id):
        return _replay(existing, content_id, network)
    content = _shareable(user, content_id, utcnow())
    share = Share(user_id=user.id, content_id=content.id, network=network, client_id=client_id)
    try:
        scored = record(user, share)
        db.session.commit()
    except IntegrityError:
        # A concurrent request with the same client id won the race: answer as a replay.
        db.session.rollback()
        return _replay(_existing(user.id, client_id), content_id, network)
    rewarded = scored.rewarded or {}
    points = publish.scores_changed([user.id, *rewarded])[user.id]
    if any(scored.progress.values()):
        publish.progress_changed(user.id, scored.progress)
    for member, news in rewarded.items():
        if any(news.values()):
            publish.progress_changed(member, news)
    return ShareResult(share, _awards_of(share), points, replayed=False, progress=scored.progress)


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
        },
    )
    rules = active_rule_set(share.created_at)
    open_challenges = challenges.open_for(rules.challenges, user, event)
    if open_challenges:
        challenges.lock_team(user.team_id)
    scored = scoring.score(user, event, content_id=share.content_id)
    share.progress = scored.progress
    rewarded = challenges.pay_if_met(open_challenges, rules.version)
    return replace(scored, rewarded=rewarded)


def _shareable(user: User, content_id: int, now: datetime) -> Content:
    content = db.session.get(Content, content_id)
    if content is None:
        raise Refused(404, "not_found", f"Content {content_id} does not exist.")
    if content.status != "published":
        raise Refused(422, "content_unpublished", "This content is not published, so it cannot be shared.")
    if content.publish_at > now:
        raise Refused(422, "content_unpublished", "This content is scheduled and not published yet.")
    if content.expires_at and content.expires_at <= now:
        raise Refused(422, "content_expired", "This content has expired and can no longer be shared.")
    if not content.is_targeted_to(user.team_id):
        raise Refused(403, "content_not_targeted", "This content is not targeted to your team.")
    return content


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
        _awards_of(share),
        points_summary(share.user_id),
        replayed=True,
        progress=share.progress or scoring.progress_news(None),
    )


def _awards_of(share: Share) -> list[dict]:
    rows = db.session.scalars(
        db.select(LedgerEntry)
        .filter_by(user_id=share.user_id, event_id=share.event_id)
        .order_by(LedgerEntry.id)
    )
    return [{"points": row.points, "explanation": row.reason} for row in rows]
