"""Spendable balances: lifetime points earned (the points ledger) plus the spending ledger, which
holds a negative row per redemption and a positive refund row per rejected or cancelled one. And
the check that the spending ledger agrees with the redemptions, for `flask check-ledger`."""

from sqlalchemy import func

from server.extensions import db
from server.models import LedgerEntry, Redemption, SpendingEntry

REFUNDED = ("rejected", "cancelled")


def balance(user_id: int) -> dict:
    """{earned, spent, available} for one person, from both ledgers."""
    earned = _sum(LedgerEntry.points, LedgerEntry.user_id == user_id)
    spent = -_sum(SpendingEntry.points, SpendingEntry.user_id == user_id)
    return {"earned": earned, "spent": spent, "available": earned - spent}


def _sum(column, condition) -> int:
    return int(db.session.scalar(db.select(func.coalesce(func.sum(column), 0)).filter(condition)))


def problems() -> list[tuple[str, str, object, object]]:
    """Every disagreement, as (kind, subject, expected, found): "spending" where a redemption's
    rows are not exactly its charge (and its refund when rejected or cancelled), "balance" where
    someone has spent more than they earned."""
    return _row_problems() + _negative_balances()


def _row_problems() -> list[tuple[str, str, object, object]]:
    rows: dict[tuple[int, str], tuple[int, int]] = {
        (redemption_id, kind): (user_id, points)
        for redemption_id, kind, user_id, points in db.session.execute(
            db.select(
                SpendingEntry.redemption_id, SpendingEntry.kind, SpendingEntry.user_id, SpendingEntry.points
            )
        )
    }
    found = []
    for redemption in db.session.scalars(db.select(Redemption).order_by(Redemption.id)):
        expected = {"redemption": -redemption.cost}
        if redemption.status in REFUNDED:
            expected["refund"] = redemption.cost
        subject = f"redemption {redemption.id} ({redemption.status}) by advocate {redemption.user_id}"
        for kind in ("redemption", "refund"):
            want = (redemption.user_id, expected[kind]) if kind in expected else None
            have = rows.get((redemption.id, kind))
            if want != have:
                found.append(("spending", f"{subject}, {kind} row", _words(want), _words(have)))
    return found


def _words(row: tuple[int, int] | None) -> str:
    return "no row" if row is None else f"{row[1]:+d} points for advocate {row[0]}"


def _negative_balances() -> list[tuple[str, str, object, object]]:
    earned = dict(
        db.session.execute(
            db.select(LedgerEntry.user_id, func.sum(LedgerEntry.points)).group_by(LedgerEntry.user_id)
        ).all()
    )
    spending = db.session.execute(
        db.select(SpendingEntry.user_id, func.sum(SpendingEntry.points))
        .group_by(SpendingEntry.user_id)
        .order_by(SpendingEntry.user_id)
    )
    return [
        (
            "balance",
            f"advocate {user_id}'s spendable balance",
            "0 or more",
            int(earned.get(user_id) or 0) + int(points),
        )
        for user_id, points in spending
        if int(earned.get(user_id) or 0) + int(points) < 0
    ]
