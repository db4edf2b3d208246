"""Fulfilment: admins approve or reject (with a reason) what was requested, then send it; the
advocate may cancel while it is only requested, and says when they received it. A rejected or
cancelled redemption is refunded by a compensating row on the spending ledger, never an edit."""

from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Redemption, SpendingEntry, Team, User
from server.models.types import utcnow
from server.rewards import locks, news
from server.rewards.models import OPEN_STATUSES
from server.rewards.shapes import redemption_out

# What admins may move each status to; the advocate cancels (requested) and receives (sent).
ADMIN_MOVES = {"requested": ("approved", "rejected"), "approved": ("sent", "rejected"), "sent": ("received",)}
REASON = "Say why you are rejecting it: the person is told."


def listed(status: str) -> list[dict]:
    """Redemptions with the person who asked, oldest first: the order to fulfil them in."""
    query = _with_people()
    if status == "open":
        query = query.filter(Redemption.status.in_(OPEN_STATUSES))
    elif status != "all":
        query = query.filter(Redemption.status == status)
    rows = db.session.execute(query.order_by(Redemption.requested_at, Redemption.id))
    return [_with_person(*row) for row in rows]


def one(redemption_id: int) -> dict:
    return _with_person(*db.session.execute(_with_people().filter(Redemption.id == redemption_id)).one())


def _with_people():
    query = db.select(Redemption, User, Team.name).join(User, User.id == Redemption.user_id)
    return query.outerjoin(Team, Team.id == User.team_id)


def _with_person(redemption: Redemption, user: User, team: str | None) -> dict:
    person = {"id": user.id, "display_name": user.display_name, "email": user.email, "team": team}
    return {**redemption_out(redemption), "person": person}


def decide(actor: User, redemption_id: int, status: str, reason: str) -> Redemption:
    """An admin moves a redemption on: approved or rejected, then sent, then received."""
    reason = reason.strip()
    if status == "rejected" and not reason:
        raise Refused(422, "validation_error", REASON, {"reason": [REASON]})
    redemption = _locked(redemption_id, None)
    _move(redemption, status, ADMIN_MOVES.get(redemption.status, ()), _options(redemption.status))
    redemption.decided_by_id = actor.id
    if status == "rejected":
        redemption.reason = reason
    detail = {"redemption_id": redemption.id, "to": status, "reason": reason}
    db.session.add(AuditEntry(actor_id=actor.id, action="rewards.fulfilment", detail=detail))
    return _commit_and_tell(redemption)


def cancel(user: User, redemption_id: int) -> Redemption:
    """The advocate changes their mind while nobody has acted on it yet."""
    redemption = _locked(redemption_id, user.id)
    _move(redemption, "cancelled", ("cancelled",) if redemption.status == "requested" else ())
    redemption.reason = "Cancelled by you."
    return _commit_and_tell(redemption)


def received(user: User, redemption_id: int) -> Redemption:
    """The advocate says it arrived."""
    redemption = _locked(redemption_id, user.id)
    _move(redemption, "received", ("received",) if redemption.status == "sent" else ())
    return _commit_and_tell(redemption)


def _locked(redemption_id: int, owner_id: int | None) -> Redemption:
    redemption = locks.for_changing(redemption_id)
    if redemption is None or (owner_id is not None and redemption.user_id != owner_id):
        db.session.rollback()
        raise Refused(404, "not_found", f"You have no redemption with id {redemption_id}.")
    return redemption


def _move(redemption: Redemption, status: str, allowed: tuple, options: str = "") -> None:
    if status not in allowed:
        before = redemption.status
        db.session.rollback()
        message = f"This redemption is {before}, so it cannot be {status} now.{options}"
        raise Refused(409, "not_allowed_now", message, {"status": [message]})
    redemption.status, redemption.status_changed_at = status, utcnow()
    if status in ("rejected", "cancelled"):
        refund = SpendingEntry(
            user_id=redemption.user_id, redemption_id=redemption.id, kind="refund", points=redemption.cost
        )
        db.session.add(refund)


def _options(before: str) -> str:
    moves = ADMIN_MOVES.get(before, ())
    return f" It can be {' or '.join(moves)}." if moves else " It is final."


def _commit_and_tell(redemption: Redemption) -> Redemption:
    db.session.commit()
    news.changed(redemption)
    return redemption
