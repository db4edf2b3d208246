"""Employee content: an advocate suggests a link in their own words; a manager (their team's) or
an admin approves it, edited as needed, into the library, or rejects it with a reason. Approval
is a `suggestion_approved` event for the suggester, and each colleague's share of the item a
`suggestion_shared` one, so the rules decide what both earn."""

from gamification import Event
from server.content import service as content_service
from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Share, Suggestion, User
from server.models.types import utcnow
from server.push import notifications
from server.scoring import recording
from server.scoring import service as scoring

OPEN_PER_PERSON = 20  # pending suggestions one advocate may have waiting


def suggest(user: User, url: str, title: str, comment: str) -> Suggestion:
    waiting = db.select(Suggestion).filter_by(user_id=user.id, status="pending")
    if any(s.url == url for s in db.session.scalars(waiting)):
        raise Refused(409, "already_suggested", "You already suggested this link; it is waiting for review.")
    if db.session.scalar(db.select(db.func.count()).select_from(waiting.subquery())) >= OPEN_PER_PERSON:
        raise Refused(
            429, "too_many_waiting", f"You have {OPEN_PER_PERSON} suggestions waiting: wait for a review."
        )
    suggestion = Suggestion(user_id=user.id, url=url, title=title, comment=comment)
    db.session.add(suggestion)
    db.session.commit()
    return suggestion


def mine(user: User) -> list[Suggestion]:
    query = db.select(Suggestion).filter_by(user_id=user.id)
    return list(db.session.scalars(query.order_by(Suggestion.created_at.desc(), Suggestion.id.desc())))


def queue(reviewer: User, status: str) -> list[Suggestion]:
    """What the reviewer may review: their team's suggestions (admins: everyone's)."""
    query = db.select(Suggestion).filter(Suggestion.status == status)
    if reviewer.role != "admin":
        # A manager without a team reviews nobody's (comparing with "no team" would match all
        # the unplaced advocates).
        team = reviewer.team_id if reviewer.team_id is not None else -1
        query = query.join(User, User.id == Suggestion.user_id).filter(User.team_id == team)
    return list(db.session.scalars(query.order_by(Suggestion.created_at, Suggestion.id)))


def approve(reviewer: User, suggestion_id: int, edits: dict) -> Suggestion:
    suggestion = _reviewable(reviewer, suggestion_id)
    networks = ("linkedin", "x", "facebook")
    fields = {
        "title": suggestion.title,
        "url": suggestion.url,
        "summary": suggestion.comment,
        "captions": {network: suggestion.comment for network in networks},
        **edits,
    }
    item = content_service.build(reviewer, fields)
    item.suggested_by_id = suggestion.user_id
    db.session.flush()
    suggestion.status, suggestion.content_id = "approved", item.id
    suggestion.reviewed_by_id, suggestion.reviewed_at = reviewer.id, utcnow()
    event = Event(
        suggestion.event_id,
        "suggestion_approved",
        suggestion.user_id,
        suggestion.reviewed_at,
        {"content_id": item.id},
    )
    scored = recording.score_recorded(suggestion.suggester, event, content_id=item.id)
    _audit(reviewer, "suggestions.approve", suggestion)
    db.session.commit()
    notifications.schedule_announcement(item)
    recording.after_commit(suggestion.suggester, scored)
    title = "Your suggestion is in the library" + (f": +{scored.points} points" if scored.points else "")
    notifications.tell(
        [suggestion.user_id],
        "progress",
        title,
        item.title,
        f"/#/feed/{item.id}",
        f"suggestion-{suggestion.id}",
    )
    return suggestion


def reject(reviewer: User, suggestion_id: int, reason: str) -> Suggestion:
    suggestion = _reviewable(reviewer, suggestion_id)
    suggestion.status, suggestion.reason = "rejected", reason
    suggestion.reviewed_by_id, suggestion.reviewed_at = reviewer.id, utcnow()
    _audit(reviewer, "suggestions.reject", suggestion)
    db.session.commit()
    return suggestion


def _reviewable(reviewer: User, suggestion_id: int) -> Suggestion:
    query = db.select(Suggestion).filter_by(id=suggestion_id).with_for_update(of=Suggestion)
    suggestion = db.session.scalar(query)
    if suggestion is None:
        raise Refused(404, "not_found", f"No suggestion with id {suggestion_id}.")
    mine = reviewer.team_id is not None and suggestion.suggester.team_id == reviewer.team_id
    if reviewer.role != "admin" and not mine:
        raise Refused(403, "forbidden", "Managers review their own team's suggestions.")
    if suggestion.status != "pending":
        raise Refused(409, "already_reviewed", f"This suggestion was already {suggestion.status}.")
    return suggestion


def credit_suggester(share: Share) -> tuple[User, scoring.ScoredEvent] | None:
    """When a colleague shares suggested content, the suggester's event, in the share's
    transaction; their own shares earn them nothing extra."""
    suggester_id = share.content.suggested_by_id
    if suggester_id is None or suggester_id == share.user_id:
        return None
    suggester = db.session.get(User, suggester_id)
    if suggester is None or not suggester.active:
        return None
    attributes = {"content_id": share.content_id, "network": share.network}
    event = Event(
        f"suggestion_shared:{share.id}", "suggestion_shared", suggester.id, share.created_at, attributes
    )
    return suggester, recording.score_recorded(suggester, event, content_id=share.content_id)


def _audit(reviewer: User, action: str, suggestion: Suggestion) -> None:
    detail = {
        "suggestion_id": suggestion.id,
        "content_id": suggestion.content_id,
        "reason": suggestion.reason,
    }
    db.session.add(AuditEntry(actor_id=reviewer.id, action=action, detail=detail))
