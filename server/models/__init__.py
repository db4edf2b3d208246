"""All models, imported here so Alembic and the app see the whole schema."""

from server.models.activity import DailyActivity
from server.models.activity_summaries import (
    NETWORK_SHARES,
    DailyTotal,
    MonthlyAdvocateActivity,
    MonthlyContentActivity,
)
from server.models.audit import AuditEntry
from server.models.click import Click, ClickSalt
from server.models.content import NETWORKS, Content, content_targets
from server.models.gamification import AdvocateProgress, BadgeAward, RuleSetVersion
from server.models.ledger import PERIODS, WINDOW_PERIODS, LedgerEntry, Score
from server.models.opening import ContentOpen
from server.models.organisation import Organisation, Team
from server.models.push import PushDevice, PushMessage, PushPreference
from server.models.share import Share
from server.models.user import ROLES, User

__all__ = [
    "NETWORKS",
    "NETWORK_SHARES",
    "PERIODS",
    "ROLES",
    "WINDOW_PERIODS",
    "AdvocateProgress",
    "AuditEntry",
    "BadgeAward",
    "Click",
    "ClickSalt",
    "Content",
    "ContentOpen",
    "DailyActivity",
    "DailyTotal",
    "LedgerEntry",
    "MonthlyAdvocateActivity",
    "MonthlyContentActivity",
    "Organisation",
    "PushDevice",
    "PushMessage",
    "PushPreference",
    "RuleSetVersion",
    "Score",
    "Share",
    "Team",
    "User",
    "content_targets",
]
