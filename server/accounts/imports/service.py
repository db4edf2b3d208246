"""Importing people: the use cases the routes call (a dry run, an import, a run's progress)."""

from server.accounts.imports import apply, csv_file, plan, sending
from server.accounts.models import ImportRun
from server.errors import Refused
from server.extensions import db
from server.models import User

ONLY_ADMINS = "Only admins may create teams in an import: ask one, or create them on the Teams screen."


def run(viewer: User, data: bytes, filename: str, dry_run: bool, create_teams: bool) -> dict:
    """Every row's outcome; unless a dry run, the rows without errors written in one go."""
    if create_teams and viewer.role != "admin":
        raise Refused(403, "forbidden", ONLY_ADMINS, {"create_teams": [ONLY_ADMINS]})
    cells, ignored = csv_file.read(data)
    planned = plan.plan(viewer, cells, create_teams)
    answer = {
        "rows": [_row(row) for row in planned.rows],
        "counts": planned.counts(),
        "ignored_columns": ignored,
    }
    if dry_run:
        db.session.rollback()  # nothing was written; end the read transaction
        return answer
    made, invited = apply.apply(viewer, planned, filename)
    sending.queue(made, invited)
    return {**answer, "import": made}


def progress(viewer: User, run_id: int) -> ImportRun:
    """A run and how far its invitations have gone: admins see every run, managers their own."""
    made = db.session.get(ImportRun, run_id)
    if made is None or (viewer.role != "admin" and made.created_by_id != viewer.id):
        raise Refused(404, "not_found", "There is no such import.")
    return made


def _row(row: plan.Row) -> dict:
    return {
        "row": row.row,
        "email": row.email,
        "outcome": row.outcome,
        "changes": row.changes,
        "errors": row.errors,
    }
