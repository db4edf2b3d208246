"""Sending an import's invitations in the background, a chunk per task, so the run's progress
(invitations_sent) moves while the rest wait their turn."""

from sqlalchemy import update

from server import tasks
from server.accounts import invitations, secret_links
from server.accounts.models import ImportRun, Invitation
from server.extensions import db
from server.models.types import utcnow

CHUNK = 100


def queue(run: ImportRun, invitation_ids: list[int]) -> None:
    """Queue the invitations in chunks; the app's address goes with them (no request there)."""
    base = secret_links.app_address()
    for start in range(0, len(invitation_ids), CHUNK):
        tasks.queue().send(send_invitations, run.id, invitation_ids[start : start + CHUNK], base)


@tasks.task("send_import_invitations")
def send_invitations(run_id: int, invitation_ids: list[int], base: str) -> int:
    """Mail each invitation still pending (one withdrawn since is skipped, but counted: the
    run's progress is about work done); returns how many were mailed or logged."""
    query = db.select(Invitation).filter(Invitation.id.in_(invitation_ids))
    sent = 0
    for invitation in db.session.scalars(query).all():
        token = secret_links.unseal(invitation.token_sealed or "")
        if invitation.status(utcnow()) == "pending" and token is not None:
            invitations.mail_link(invitation, token, base)
            sent += 1
    _count(run_id, len(invitation_ids))
    return sent


def _count(run_id: int, done: int) -> None:
    runs = update(ImportRun).where(ImportRun.id == run_id)
    db.session.execute(runs.values(invitations_sent=ImportRun.invitations_sent + done))
    finished = runs.where(
        ImportRun.invitations_sent >= ImportRun.invitations_total, ImportRun.finished_at.is_(None)
    )
    db.session.execute(finished.values(finished_at=utcnow()))
    db.session.commit()
