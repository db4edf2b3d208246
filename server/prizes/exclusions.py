"""Keeping someone out of a closed month's prizes, with a reason: from every prize of the month
(scope "month", the default) or from one prize (scope "prize"). The next in line moves up. The
reason, the scope and who was excluded go to the audit log, and so does taking one back."""

from sqlalchemy import and_, or_

from server.errors import Refused
from server.extensions import db
from server.models import MonthClose, Prize, PrizeExclusion, Standing, User
from server.prizes.guards import audit, prize_of, still_open
from server.prizes.scope import month_label


def exclude(actor: User, record: MonthClose, fields: dict) -> PrizeExclusion:
    """`fields`: scope, prize_id (for "prize" only), user_id or team_id, reason (ExclusionIn)."""
    still_open(record)
    prize = prize_of(record, fields["prize_id"]) if fields["scope"] == "prize" else None
    by_team = fields.get("team_id") is not None
    member = fields["team_id"] if by_team else fields["user_id"]
    _check_member(record, prize, by_team, member)
    _check_not_excluded(record, prize, by_team, member)
    row = PrizeExclusion(
        close_id=record.id,
        scope=fields["scope"],
        prize_id=prize.id if prize else None,
        user_id=None if by_team else member,
        team_id=member if by_team else None,
        reason=fields["reason"],
        excluded_by_id=actor.id,
    )
    db.session.add(row)
    db.session.flush()
    audit(actor, "prizes.exclude", record, _detail(record, row))
    db.session.commit()
    return row


def include_again(actor: User, record: MonthClose, exclusion_id: int) -> None:
    """Take an exclusion back, until the month is confirmed."""
    still_open(record)
    row = db.session.get(PrizeExclusion, exclusion_id)
    if row is None or row.close_id != record.id:
        raise Refused(404, "not_found", f"No exclusion with id {exclusion_id} in this month.")
    audit(actor, "prizes.include", record, {"exclusion_id": row.id, **_detail(record, row)})
    db.session.delete(row)
    db.session.commit()


def of_close(record: MonthClose) -> list[PrizeExclusion]:
    query = db.select(PrizeExclusion).filter_by(close_id=record.id).order_by(PrizeExclusion.id)
    return list(db.session.scalars(query))


def applying(record: MonthClose, prize: Prize) -> list[PrizeExclusion]:
    """The prize's own exclusions and the month's that name someone who could win it."""
    member = PrizeExclusion.team_id if prize.method == "best_team" else PrizeExclusion.user_id
    month_wide = and_(
        PrizeExclusion.scope == "month", PrizeExclusion.close_id == record.id, member.isnot(None)
    )
    query = db.select(PrizeExclusion).filter(or_(PrizeExclusion.prize_id == prize.id, month_wide))
    return list(db.session.scalars(query.order_by(PrizeExclusion.id)))


def _check_member(record: MonthClose, prize: Prize | None, by_team: bool, member: int) -> None:
    if prize is not None and (prize.method == "best_team") != by_team:
        field, who = (
            ("team_id", "one advocate: choose the advocate")
            if by_team
            else ("user_id", "a team: choose the team")
        )
        message = f"'{prize.title}' goes to {who} to exclude."
        raise Refused(422, "validation_error", message, {field: [message]})
    column = Standing.team_id if by_team else Standing.user_id
    found = db.session.scalar(db.select(Standing.id).filter(Standing.close_id == record.id, column == member))
    if found is None:
        field = "team_id" if by_team else "user_id"
        who = "That team has nobody" if by_team else "That person is not"
        message = f"{who} in the frozen standings of {month_label(record.month)}: exclude someone who is."
        raise Refused(422, "validation_error", message, {field: [message]})


def _check_not_excluded(record: MonthClose, prize: Prize | None, by_team: bool, member: int) -> None:
    column = PrizeExclusion.team_id if by_team else PrizeExclusion.user_id
    mine = db.select(PrizeExclusion.scope).filter(column == member)
    month_wide = db.session.scalar(mine.filter_by(close_id=record.id, scope="month"))
    if month_wide:
        raise Refused(409, "already_excluded", "They are already excluded from every prize this month.")
    if prize is not None and db.session.scalar(mine.filter_by(prize_id=prize.id)):
        raise Refused(409, "already_excluded", f"They are already excluded from '{prize.title}'.")


def _detail(record: MonthClose, row: PrizeExclusion) -> dict:
    who = {"team_id": row.team_id} if row.team_id is not None else {"user_id": row.user_id}
    # "scope" is the exclusion's here ("month" or "prize"); "prizes_for" the close's.
    return {
        "prizes_for": record.scope_key,
        "scope": row.scope,
        "prize_id": row.prize_id,
        **who,
        "reason": row.reason,
    }
