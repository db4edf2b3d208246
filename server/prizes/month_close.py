"""Closing a month for prizes: freeze the standings at the month boundary, preview the winners,
exclude someone with a reason, then confirm, after which the award is final."""

import secrets

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from server.errors import Refused
from server.extensions import db
from server.leaderboards.periods import month_bounds, previous_month
from server.models import DailyActivity, LedgerEntry, MonthClose, Organisation, PrizeWinner, Standing, User
from server.models.types import utcnow
from server.prizes import exclusions
from server.prizes import news as prize_news
from server.prizes.guards import audit, still_open
from server.prizes.models import scope_key
from server.prizes.preview import preview
from server.prizes.scope import check_scope, may_manage, month_label, scope_label


def close(actor: User, month: str, team_id: int | None) -> MonthClose:
    """Freeze the month's standings for the scope. Late events move the live board, never this."""
    check_scope(actor, team_id)
    zone = Organisation.current().zone
    if utcnow() < month_bounds(month, zone)[1]:
        raise Refused(409, "month_not_over", f"{month_label(month)} has not ended yet.")
    key = scope_key(team_id)
    if db.session.scalar(db.select(MonthClose.id).filter_by(month=month, scope_key=key)):
        raise Refused(
            409, "already_closed", f"{month_label(month)} is already closed for {scope_label(team_id)}."
        )
    record = MonthClose(month=month, team_id=team_id, seed=secrets.token_hex(8), closed_by_id=actor.id)
    try:
        db.session.add(record)
        db.session.flush()
        db.session.add_all(_standings(record, team_id, month, zone))
        audit(actor, "prizes.close", record, {})
        db.session.commit()
    except IntegrityError:  # closed at the same moment by someone else
        db.session.rollback()
        raise Refused(409, "already_closed", f"{month_label(month)} was closed a moment ago.") from None
    return record


def _standings(record: MonthClose, team_id: int | None, month: str, zone) -> list[Standing]:
    people = db.select(User.id, User.team_id).filter(User.active.is_(True), User.role != "admin")
    if team_id is not None:
        people = people.filter(User.team_id == team_id)
    start, end = month_bounds(month, zone)
    now_points = _points(start, end)
    before = _points(*month_bounds(previous_month(month), zone))
    days = _active_days(start.date(), end.date())
    return [
        Standing(
            close_id=record.id,
            user_id=user_id,
            team_id=member_of,
            points=now_points.get(user_id, (0, None))[0],
            reached_at=now_points.get(user_id, (0, None))[1],
            previous_points=before.get(user_id, (0, None))[0],
            active_days=days.get(user_id, 0),
        )
        for user_id, member_of in db.session.execute(people)
    ]


def _points(start, end) -> dict[int, tuple[int, object]]:
    """Each advocate's points earned in [start, end), and when they reached that total."""
    query = (
        db.select(LedgerEntry.user_id, func.sum(LedgerEntry.points), func.max(LedgerEntry.occurred_at))
        .filter(LedgerEntry.occurred_at >= start, LedgerEntry.occurred_at < end)
        .group_by(LedgerEntry.user_id)
    )
    return {user: (int(total or 0), reached) for user, total, reached in db.session.execute(query)}


def _active_days(first, after_last) -> dict[int, int]:
    """Days with a share, counted on the organisation's calendar (the rollups' days)."""
    query = (
        db.select(DailyActivity.user_id, func.count(func.distinct(DailyActivity.day)))
        .filter(DailyActivity.day >= first, DailyActivity.day < after_last, DailyActivity.shares > 0)
        .group_by(DailyActivity.user_id)
    )
    return dict(db.session.execute(query).all())


def listed(actor: User, month: str) -> list[MonthClose]:
    records = db.session.scalars(db.select(MonthClose).filter_by(month=month).order_by(MonthClose.scope_key))
    return [record for record in records if may_manage(actor, record.team_id)]


def get(actor: User, close_id: int) -> MonthClose:
    record = db.session.get(MonthClose, close_id)
    if record is None:
        raise Refused(404, "not_found", f"No closed month with id {close_id}.")
    check_scope(actor, record.team_id)
    return record


def exclude(actor: User, record: MonthClose, prize_id: int, member_id: int, reason: str) -> None:
    """Keep an advocate out of one prize (tests/support/world.py's shortcut; the API takes scopes)."""
    fields = {"scope": "prize", "prize_id": prize_id, "user_id": member_id, "team_id": None, "reason": reason}
    exclusions.exclude(actor, record, fields)


def confirm(actor: User, record: MonthClose, previewed: list[dict]) -> dict:
    """Award the winners the manager saw in the preview; refused, with nothing written, if any
    prize cannot be given or the preview is out of date."""
    record = db.session.scalar(db.select(MonthClose).filter_by(id=record.id).with_for_update())
    still_open(record)
    current = preview(record)
    _check_previewed(current, previewed)
    now = utcnow()
    for item in current["prizes"]:
        for place, winner in enumerate(item["winners"], start=1):
            db.session.add(
                PrizeWinner(
                    prize_id=item["id"],
                    close_id=record.id,
                    place=place,
                    user_id=winner.get("user_id"),
                    team_id=winner.get("team_id") if item["method"] == "best_team" else None,
                    figure=winner["figure"],
                    awarded_at=now,
                    status_changed_at=now,
                )
            )
    record.confirmed_by_id, record.confirmed_at = actor.id, now
    audit(actor, "prizes.confirm", record, {"winners": {str(i["id"]): _ids(i) for i in current["prizes"]}})
    try:
        db.session.commit()
    except IntegrityError:  # confirmed at the same moment elsewhere (SQLite has no row lock)
        db.session.rollback()
        raise Refused(409, "already_awarded", "These prizes were awarded a moment ago.") from None
    prize_news.awarded(record)
    return preview(record)


def _check_previewed(current: dict, previewed: list[dict]) -> None:
    quantities = {item["id"]: (item["title"], item["quantity"]) for item in current["prizes"]}
    for index, item in enumerate(previewed):
        title, quantity = quantities.get(item["prize_id"], (None, None))
        if title is not None and len(item["winners"]) > quantity:
            message = f"'{title}' has {quantity} to give; {len(item['winners'])} winners were sent."
            raise Refused(422, "too_many_winners", message, {f"prizes.{index}.winners": [message]})
    if current["problems"]:
        raise Refused(422, "cannot_award", " ".join(current["problems"]))
    sent = {item["prize_id"]: list(item["winners"]) for item in previewed}
    if sent != {item["id"]: _ids(item) for item in current["prizes"]}:
        raise Refused(
            409, "preview_out_of_date", "The winners changed since your preview: preview again, then confirm."
        )


def _ids(item: dict) -> list[int]:
    return [
        winner.get("team_id") if item["method"] == "best_team" else winner["user_id"]
        for winner in item["winners"]
    ]
