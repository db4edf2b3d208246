"""Points: the ledger line by line with its explanations, scores per period, and the engine's
progress (level, streak, badges)."""

from server.extensions import db
from server.models import AdvocateProgress, BadgeAward, Content, LedgerEntry, Score
from server.privacy.registry import exporter, listed


@exporter("ledger", LedgerEntry.user_id)
def ledger(user_id: int) -> list[dict]:
    return listed(
        db.select(
            LedgerEntry.points,
            LedgerEntry.reason.label("explanation"),
            LedgerEntry.event_type,
            LedgerEntry.rule_id,
            LedgerEntry.rule_version,
            Content.title.label("content_title"),
            LedgerEntry.occurred_at,
        )
        .outerjoin(Content, Content.id == LedgerEntry.content_id)
        .filter(LedgerEntry.user_id == user_id)
        .order_by(LedgerEntry.occurred_at, LedgerEntry.id)
    )


@exporter("scores", Score.user_id)
def scores(user_id: int) -> list[dict]:
    return listed(
        db.select(Score.period, Score.period_key, Score.points, Score.reached_at)
        .filter(Score.user_id == user_id)
        .order_by(Score.period, Score.period_key)
    )


@exporter("progress", AdvocateProgress.user_id, BadgeAward.user_id)
def progress(user_id: int) -> dict:
    """The engine's stored state (counters, streak, level, badge tiers) and each badge earned."""
    row = db.session.get(AdvocateProgress, user_id)
    badges = listed(
        db.select(BadgeAward.badge_id, BadgeAward.tier, BadgeAward.earned_at)
        .filter(BadgeAward.user_id == user_id)
        .order_by(BadgeAward.earned_at, BadgeAward.id)
    )
    return {"state": row.state if row else None, "badges": badges}
