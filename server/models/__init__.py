"""All models, imported here so Alembic and the app see the whole schema."""

from server.accounts.models import Identity, ImportRun, Invitation, PasswordReset, UserSession
from server.analytics.models import (
    NETWORK_SHARES,
    DailyActivity,
    DailyTotal,
    MonthlyAdvocateActivity,
    MonthlyContentActivity,
)
from server.content.models import NETWORKS, Content, ContentOpen, ContentRating, Suggestion, content_targets
from server.directory.models import ScimToken
from server.guidelines.models import GuidelinesAck, GuidelinesVersion, QuizPass
from server.links.models import Click, ClickSalt
from server.mail.models import MailMessage
from server.models.audit import AuditEntry
from server.models.periodic_send import PeriodicSend
from server.models.user import ROLES, User
from server.organisation.models import Organisation, Team
from server.prizes.models import MonthClose, Prize, PrizeExclusion, PrizeWinner, Standing
from server.push.models import PushDevice, PushMessage, PushPreference
from server.recognition.models import Kudos
from server.rewards.models import Redemption, Reward, SpendingEntry
from server.scoring.models import (
    PERIODS,
    WINDOW_PERIODS,
    AdvocateProgress,
    BadgeAward,
    ChallengeResult,
    LedgerEntry,
    RuleSetVersion,
    Score,
)
from server.sharing.models import Share

__all__ = [
    "NETWORKS",
    "NETWORK_SHARES",
    "PERIODS",
    "ROLES",
    "WINDOW_PERIODS",
    "AdvocateProgress",
    "AuditEntry",
    "BadgeAward",
    "ChallengeResult",
    "Click",
    "ClickSalt",
    "Content",
    "ContentOpen",
    "ContentRating",
    "DailyActivity",
    "DailyTotal",
    "GuidelinesAck",
    "GuidelinesVersion",
    "Identity",
    "ImportRun",
    "Invitation",
    "Kudos",
    "LedgerEntry",
    "MailMessage",
    "MonthClose",
    "MonthlyAdvocateActivity",
    "MonthlyContentActivity",
    "Organisation",
    "PasswordReset",
    "PeriodicSend",
    "Prize",
    "PrizeExclusion",
    "PrizeWinner",
    "PushDevice",
    "PushMessage",
    "PushPreference",
    "QuizPass",
    "Redemption",
    "Reward",
    "RuleSetVersion",
    "ScimToken",
    "Score",
    "Share",
    "SpendingEntry",
    "Standing",
    "Suggestion",
    "Team",
    "User",
    "UserSession",
    "content_targets",
]
