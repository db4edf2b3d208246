"""Mail to people: through SMTP when MAIL_SERVER is set, else written to the server log (self-hosted
installs often have no mail; whoever runs the server can pass the link on).

A message goes through the task queue, not the request: a slow mail server must not hold up the
answer, nor show by its timing that a password reset found an account. Each message is a row
(`MailMessage`) whose state admins see; a mail server that is down or answers 4xx is tried again
with a doubling wait, up to MAIL_MAX_ATTEMPTS times."""

import logging
import smtplib
import ssl
from datetime import datetime, timedelta
from email.message import EmailMessage

from flask import current_app

from server import tasks
from server.extensions import db
from server.models import MailMessage
from server.models.types import utcnow

log = logging.getLogger(__name__)
FINAL = ("sent", "failed")


def send(to: str, subject: str, body: str, kind: str, **about: int | None) -> bool:
    """Queue a message (`about`: its invitation_id or user_id); True when it will go by mail,
    False when MAIL_SERVER is not set and it was only logged."""
    if not current_app.config["MAIL_SERVER"]:
        log.info(
            "MAIL_SERVER is not set, so this message was not sent:\nTo: %s\nSubject: %s\n\n%s",
            to,
            subject,
            body,
        )
        return False
    message = MailMessage(kind=kind, subject=subject, **about)
    db.session.add(message)
    db.session.commit()  # the row first: a worker may pick the task up at once
    # The body travels in the task only: it holds a secret link the database must not keep.
    tasks.queue().send(deliver, message.id, to, body)
    return True


@tasks.task("deliver_mail")
def deliver(message_id: int, to: str, body: str) -> str:
    """Try to send one message now; on a passing fault, queue the next try after a wait."""
    message = db.session.get(MailMessage, message_id)
    if message is None or message.status in FINAL:
        return "skipped"
    message.attempts += 1
    try:
        _smtp_send(_email(to, message.subject, body))
    except (OSError, smtplib.SMTPException) as error:
        # The body holds a secret link: name the message, never print it.
        log.warning("mail %s (%s) try %d failed: %s", message.id, message.subject, message.attempts, error)
        return _failed_attempt(message, error, to, body)
    message.status, message.finished_at, message.next_attempt_at = "sent", utcnow(), None
    message.last_error = None  # what earlier tries met is over
    db.session.commit()
    log.info("mail %s sent: %s", message.id, message.subject)
    return "sent"


def latest_for_invitations(invitation_ids: list[int]) -> dict[int, MailMessage]:
    """Each invitation's newest message: what its last sending came to."""
    if not invitation_ids:
        return {}
    query = (
        db.select(MailMessage).filter(MailMessage.invitation_id.in_(invitation_ids)).order_by(MailMessage.id)
    )
    return {message.invitation_id: message for message in db.session.scalars(query)}


def _failed_attempt(message: MailMessage, error: Exception, to: str, body: str) -> str:
    config, now = current_app.config, utcnow()
    message.last_error = _reason(error)[:500]
    if _permanent(error) or message.attempts >= config["MAIL_MAX_ATTEMPTS"]:
        message.status, message.finished_at, message.next_attempt_at = "failed", now, None
        db.session.commit()
        log.error("mail %s (%s) not delivered: %s", message.id, message.subject, message.last_error)
        return "failed"
    wait = min(config["MAIL_RETRY_BASE_SECONDS"] * 2 ** (message.attempts - 1), 3600.0)
    message.status, message.next_attempt_at = "retrying", now + timedelta(seconds=wait)
    db.session.commit()
    _retry(message.id, message.next_attempt_at, to, body)
    return "retrying"


def _retry(message_id: int, at: datetime, to: str, body: str) -> None:
    tasks.queue().at(deliver, at, message_id, to, body)


def _permanent(error: Exception) -> bool:
    """5xx answers (an address refused, credentials rejected): trying again cannot help."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return True
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def _reason(error: Exception) -> str:
    """What went wrong, in words an admin can act on (never the message's body)."""
    config = current_app.config
    server = f"{config['MAIL_SERVER']}:{config['MAIL_PORT']}"
    if isinstance(error, ConnectionRefusedError):
        return f"The mail server ({server}) refused the connection: is it running?"
    if isinstance(error, TimeoutError):
        return f"The mail server ({server}) did not answer within {config['MAIL_TIMEOUT']:g} s."
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = error.recipients.values()
        answers = "; ".join(f"{code} {text.decode(errors='replace')}" for code, text in refused)
        return f"The mail server refused the address: {answers}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return "The mail server did not accept MAIL_USERNAME and MAIL_PASSWORD."
    if isinstance(error, smtplib.SMTPResponseException):
        return f"The mail server answered {error.smtp_code}: {error.smtp_error.decode(errors='replace')}"
    return f"Could not send through the mail server ({server}): {error}"


def _email(to: str, subject: str, body: str) -> EmailMessage:
    email = EmailMessage()
    email["From"], email["To"], email["Subject"] = current_app.config["MAIL_FROM"], to, subject
    email.set_content(body)
    return email


def _smtp_send(email: EmailMessage) -> None:
    config = current_app.config
    with _connect(config) as smtp:
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
        smtp.send_message(email)


def _connect(config) -> smtplib.SMTP:
    host, port, timeout = config["MAIL_SERVER"], config["MAIL_PORT"], config["MAIL_TIMEOUT"]
    if config["MAIL_SECURITY"] == "ssl":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
    smtp = smtplib.SMTP(host, port, timeout=timeout)
    if config["MAIL_SECURITY"] == "starttls":
        smtp.starttls(context=ssl.create_default_context())
    return smtp
