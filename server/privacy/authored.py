"""What a person did in the programme as a manager or admin (content published, rules, closes,
exclusions made, audit entries), and content they suggested that entered the library."""

from server.extensions import db
from server.models import (
    AuditEntry,
    Content,
    MonthClose,
    Prize,
    PrizeExclusion,
    RuleSetVersion,
)
from server.privacy.registry import exporter, listed


@exporter(
    "programme_actions",
    Content.created_by_id,
    Content.suggested_by_id,
    RuleSetVersion.published_by_id,
    AuditEntry.actor_id,
    Prize.created_by_id,
    MonthClose.closed_by_id,
    MonthClose.confirmed_by_id,
    PrizeExclusion.excluded_by_id,
)
def programme_actions(user_id: int) -> dict:
    def content(column) -> list[dict]:
        query = db.select(Content.title, Content.url, Content.created_at).filter(column == user_id)
        return listed(query.order_by(Content.created_at))

    def months(column) -> list[dict]:
        return listed(db.select(MonthClose.month, MonthClose.scope_key).filter(column == user_id))

    return {
        "content_published": content(Content.created_by_id),
        "content_suggested": content(Content.suggested_by_id),
        "rule_versions_published": listed(
            db.select(RuleSetVersion.version, RuleSetVersion.effective_from).filter(
                RuleSetVersion.published_by_id == user_id
            )
        ),
        "prizes_created": listed(db.select(Prize.month, Prize.title).filter(Prize.created_by_id == user_id)),
        "months_closed": months(MonthClose.closed_by_id),
        "months_confirmed": months(MonthClose.confirmed_by_id),
        "exclusions_made": listed(
            db.select(PrizeExclusion.reason, PrizeExclusion.created_at).filter(
                PrizeExclusion.excluded_by_id == user_id
            )
        ),
        "audit_log": listed(
            db.select(AuditEntry.action, AuditEntry.created_at)
            .filter(AuditEntry.actor_id == user_id)
            .order_by(AuditEntry.created_at)
        ),
    }
