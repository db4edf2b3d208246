"""Mail to people: through SMTP when MAIL_SERVER is set, else written to the server log (self-hosted
installs often have no mail; whoever runs the server can pass the link on)."""

import logging
import smtplib
import ssl
import threading
from email.message import EmailMessage

from flask import current_app

log = logging.getLogger(__name__)


def send(to: str, subject: str, body: str) -> bool:
    """Send a message; True when it went to a mail server, False when it was only logged."""
    config = current_app.config
    if not config["MAIL_SERVER"]:
        log.info(
            "MAIL_SERVER is not set, so this message was not sent:\nTo: %s\nSubject: %s\n\n%s",
            to,
            subject,
            body,
        )
        return False
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = config["MAIL_FROM"], to, subject
    message.set_content(body)
    settings = {key: config[key] for key in config if key.startswith("MAIL_")}
    # In the background: a slow mail server must not hold up the answer, nor show by its timing
    # that a password reset found an account.
    threading.Thread(target=_deliver, args=(settings, message), daemon=True).start()
    return True


def _deliver(settings: dict, message: EmailMessage) -> None:
    try:
        with _connect(settings) as smtp:
            if settings["MAIL_USERNAME"]:
                smtp.login(settings["MAIL_USERNAME"], settings["MAIL_PASSWORD"] or "")
            smtp.send_message(message)
        log.info("mail sent to %s: %s", message["To"], message["Subject"])
    except (OSError, smtplib.SMTPException) as error:
        # The body holds a secret link: name the message, never print it.
        log.error("mail to %s (%s) failed: %s", message["To"], message["Subject"], error)


def _connect(settings: dict) -> smtplib.SMTP:
    host, port, timeout = settings["MAIL_SERVER"], settings["MAIL_PORT"], settings["MAIL_TIMEOUT"]
    if settings["MAIL_SECURITY"] == "ssl":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
    smtp = smtplib.SMTP(host, port, timeout=timeout)
    if settings["MAIL_SECURITY"] == "starttls":
        smtp.starttls(context=ssl.create_default_context())
    return smtp
