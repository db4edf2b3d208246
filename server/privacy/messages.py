"""Mail sent to the person (what and how its delivery went, never the body: it held a secret
link) and the weekly digests and close reminders they were sent."""

from server.extensions import db
from server.models import MailMessage, PeriodicSend
from server.privacy.registry import exporter, listed


@exporter("mail_sent", MailMessage.user_id)
def mail_sent(user_id: int) -> list[dict]:
    return listed(
        db.select(
            MailMessage.kind,
            MailMessage.subject,
            MailMessage.status,
            MailMessage.attempts,
            MailMessage.created_at,
            MailMessage.finished_at,
        )
        .filter(MailMessage.user_id == user_id)
        .order_by(MailMessage.created_at, MailMessage.id)
    )


@exporter("digests_and_reminders", PeriodicSend.user_id)
def digests_and_reminders(user_id: int) -> list[dict]:
    return listed(
        db.select(PeriodicSend.kind, PeriodicSend.period, PeriodicSend.sent_at)
        .filter(PeriodicSend.user_id == user_id)
        .order_by(PeriodicSend.sent_at, PeriodicSend.id)
    )
