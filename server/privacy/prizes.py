"""Prizes: wins with their fulfilment, the closed months' frozen standings, and exclusions (the
reason a manager recorded is about the person, so it is theirs to see)."""

from server.extensions import db
from server.models import MonthClose, Prize, PrizeExclusion, PrizeWinner, Standing
from server.privacy.registry import exporter, listed


@exporter("prizes", PrizeWinner.user_id, Standing.user_id, PrizeExclusion.user_id)
def prizes(user_id: int) -> dict:
    wins = listed(
        db.select(
            Prize.month,
            Prize.title,
            PrizeWinner.place,
            PrizeWinner.figure,
            PrizeWinner.status,
            PrizeWinner.awarded_at,
        )
        .join(Prize, Prize.id == PrizeWinner.prize_id)
        .filter(PrizeWinner.user_id == user_id)
        .order_by(PrizeWinner.awarded_at)
    )
    standings = listed(
        db.select(
            MonthClose.month,
            Standing.points,
            Standing.previous_points,
            Standing.active_days,
            Standing.reached_at,
        )
        .join(MonthClose, MonthClose.id == Standing.close_id)
        .filter(Standing.user_id == user_id)
        .order_by(MonthClose.month)
    )
    exclusions = listed(
        db.select(
            MonthClose.month,
            PrizeExclusion.scope,
            Prize.title,
            PrizeExclusion.reason,
            PrizeExclusion.created_at,
        )
        # A month-wide exclusion names no prize: the month comes from its close.
        .join(MonthClose, MonthClose.id == PrizeExclusion.close_id)
        .outerjoin(Prize, Prize.id == PrizeExclusion.prize_id)
        .filter(PrizeExclusion.user_id == user_id)
        .order_by(PrizeExclusion.created_at)
    )
    return {"wins": wins, "month_standings": standings, "exclusions": exclusions}
