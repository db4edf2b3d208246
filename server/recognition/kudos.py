"""Kudos from leaders: a message and discretionary points, capped per giver per month, written to
the ledger through the rules engine (the `kudos` event) and to the audit log; the advocate is
told live and by push, and leaders' kudos make the recognition feed."""

from sqlalchemy import func

from gamification import Event
from server.errors import Refused
from server.extensions import db
from server.leaderboards.periods import month_bounds, period_key
from server.models import AuditEntry, Organisation, User
from server.models.types import utcnow
from server.push import notifications
from server.realtime import publish
from server.recognition.models import Kudos
from server.scoring import recording

LEADERS = ("manager", "admin")


def give(giver: User, receiver_id: int, message: str, points: int) -> Kudos:
    receiver = _receiver(giver, receiver_id)
    _lock(giver.id)  # one giver's kudos queue up, so two at once cannot both fit under the cap
    left = allowance(giver)["left"]
    if points > left:
        cap = Organisation.current().kudos_cap
        refusal = f"Over your kudos cap: you have {left} of {cap} points left this month."
        raise Refused(422, "over_kudos_cap", refusal, {"points": [refusal]})
    kudos = Kudos(giver_id=giver.id, receiver_id=receiver.id, message=message, points=points)
    db.session.add(kudos)
    db.session.flush()
    event = Event(
        kudos.event_id, "kudos", receiver.id, kudos.created_at or utcnow(), {"kudos_points": points}
    )
    scored = recording.score_recorded(receiver, event, content_id=None)
    detail = {"kudos_id": kudos.id, "receiver_id": receiver.id, "points": points, "awarded": scored.points}
    db.session.add(AuditEntry(actor_id=giver.id, action="kudos.give", detail=detail))
    db.session.commit()
    recording.after_commit(receiver, scored)
    _tell(kudos, scored.points)
    return kudos


def _receiver(giver: User, receiver_id: int) -> User:
    if giver.role not in LEADERS:
        raise Refused(403, "forbidden", "Only managers and admins give kudos.")
    receiver = db.session.get(User, receiver_id)
    if receiver is None or not receiver.active:
        raise Refused(
            422, "validation_error", "No active person with that id.", {"receiver_id": ["Unknown person."]}
        )
    if receiver.id == giver.id:
        raise Refused(
            422, "validation_error", "Kudos are for someone else.", {"receiver_id": ["Not yourself."]}
        )
    if giver.role == "manager" and receiver.team_id != giver.team_id:
        raise Refused(403, "forbidden", "Managers give kudos to their own team.")
    return receiver


def _lock(user_id: int) -> None:
    db.session.execute(db.select(User.id).filter_by(id=user_id).with_for_update())


def allowance(giver: User) -> dict:
    """The giver's kudos points this month (on the organisation's calendar): cap, given, left."""
    org = Organisation.current()
    start, end = month_bounds(period_key("month", utcnow(), org.zone), org.zone)
    given = db.session.scalar(
        db.select(func.coalesce(func.sum(Kudos.points), 0)).filter(
            Kudos.giver_id == giver.id, Kudos.created_at >= start, Kudos.created_at < end
        )
    )
    return {"cap": org.kudos_cap, "given": int(given), "left": max(org.kudos_cap - int(given), 0)}


def recipients(giver: User) -> list[User]:
    """Who the giver may recognise: a manager's team, everyone for admins; never themselves."""
    query = db.select(User).filter(User.active.is_(True), User.id != giver.id)
    if giver.role != "admin":
        query = query.filter(User.team_id == giver.team_id)
    return list(db.session.scalars(query.order_by(User.display_name)))


def feed(limit: int) -> list[Kudos]:
    """Leaders' recent kudos, newest first, for everyone's recognition feed."""
    query = db.select(Kudos).join(User, User.id == Kudos.giver_id).filter(User.role.in_(LEADERS))
    return list(db.session.scalars(query.order_by(Kudos.created_at.desc(), Kudos.id.desc()).limit(limit)))


def _tell(kudos: Kudos, awarded: int) -> None:
    news = {"id": kudos.id, "from": kudos.giver.display_name, "message": kudos.message, "points": awarded}
    publish.kudos_received(kudos.receiver_id, news)
    title = f"Kudos from {kudos.giver.display_name}" + (f": +{awarded} points" if awarded else "")
    notifications.tell([kudos.receiver_id], "progress", title, kudos.message, "/#/kudos", f"kudos-{kudos.id}")
