"""What every change to a closed month checks first, and the audit entry it leaves."""

from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, MonthClose, Prize, User
from server.prizes.scope import month_label, scope_label


def still_open(record: MonthClose) -> None:
    if record.confirmed_at is not None:
        raise Refused(
            409,
            "already_awarded",
            f"{month_label(record.month)} prizes are already awarded for "
            f"{scope_label(record.team_id)}: the award is final.",
        )


def prize_of(record: MonthClose, prize_id: int) -> Prize:
    prize = db.session.get(Prize, prize_id)
    if prize is None or prize.month != record.month or prize.scope_key != record.scope_key:
        where = f"{month_label(record.month)} for {scope_label(record.team_id)}"
        message = f"No prize with id {prize_id} in {where}."
        raise Refused(404, "not_found", message, {"prize_id": [message]})
    return prize


def audit(actor: User, action: str, record: MonthClose, detail: dict) -> None:
    detail = {"close_id": record.id, "month": record.month, "scope": record.scope_key, **detail}
    db.session.add(AuditEntry(actor_id=actor.id, action=action, detail=detail))
