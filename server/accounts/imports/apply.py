"""Writing an import's plan in one transaction, with bulk statements: new teams, new people (each
with an account waiting for them and an invitation), existing people's changes, and the run."""

import secrets

from sqlalchemy import insert, update

from server.accounts import invitations
from server.accounts.imports.plan import CHUNK, Plan, Row
from server.accounts.models import ImportRun, Invitation
from server.extensions import db
from server.models import AuditEntry, Team, User
from server.models.types import utcnow

COLUMNS = {"name": "display_name", "department": "department", "location": "location", "role": "role"}


def apply(viewer: User, plan: Plan, filename: str) -> tuple[ImportRun, list[int]]:
    """Write every row without an error; returns the run and the invitations to send."""
    now = utcnow()
    teams = _create_teams(plan.new_teams)
    rows = [row for row in plan.rows if row.outcome in ("new", "changed")]
    for row in rows:
        if row.values.get("team_name") is not None and row.values["team_id"] is None:
            row.values["team_id"] = teams[row.values["team_name"].lower()]
    new = [row for row in rows if row.person is None]
    ids = _create_people(new, now)
    emails = {**plan.managers, **ids}
    _update(rows, emails)
    invited = _invite(viewer, new, ids, now)
    counts = plan.counts()
    run = ImportRun(created_by_id=viewer.id, created_at=now, filename=filename[:200], counts=counts)
    run.invitations_total, run.finished_at = len(invited), None if invited else now
    db.session.add(run)
    db.session.flush()
    detail = {"import_id": run.id, "counts": counts, "teams_created": sorted(plan.new_teams.values())}
    db.session.add(AuditEntry(actor_id=viewer.id, action="people.import", detail=detail))
    db.session.commit()
    return run, invited


def _create_teams(names: dict[str, str]) -> dict[str, int]:
    teams = [Team(name=name) for name in names.values()]
    db.session.add_all(teams)
    db.session.flush()
    return {team.name.lower(): team.id for team in teams}


def _create_people(rows: list[Row], now) -> dict[str, int]:
    """Accounts for new people, waiting for them to choose a name and password from their
    invitation; returns email -> id."""
    if not rows:
        return {}
    db.session.execute(insert(User), [_new_person(row, now) for row in rows])
    emails = sorted(row.email for row in rows)
    ids = {}
    for start in range(0, len(emails), CHUNK):
        query = db.select(User.email, User.id).filter(User.email.in_(emails[start : start + CHUNK]))
        ids.update(dict(db.session.execute(query).all()))
    return ids


def _new_person(row: Row, now) -> dict:
    values = {COLUMNS[name]: change[1] for name, change in row.changes.items() if name in COLUMNS}
    return {
        **values,
        "email": row.email,
        "team_id": row.values.get("team_id"),
        # Not a hash any method produces: nobody signs in until the invitation sets a password.
        "password_hash": f"!invited${secrets.token_hex(8)}",
        "created_at": now,
    }


def _update(rows: list[Row], emails: dict[str, int]) -> None:
    """Existing people's changes, and every row's manager (new managers have ids only now)."""
    changes = []
    for row in rows:
        values = {COLUMNS[name]: change[1] for name, change in row.changes.items() if name in COLUMNS}
        if row.person is None:
            values = {}  # written on insert
        elif "team" in row.changes:
            values["team_id"] = row.values["team_id"]
        if "manager" in row.changes:
            values["manager_id"] = emails[row.changes["manager"][1]]
        if values:
            changes.append({"id": row.person["id"] if row.person else emails[row.email], **values})
    by_columns: dict[tuple, list] = {}
    for change in changes:  # one executemany per set of columns
        by_columns.setdefault(tuple(sorted(change)), []).append(change)
    for batch in by_columns.values():
        db.session.execute(update(User), batch)


def _invite(viewer: User, rows: list[Row], ids: dict[str, int], now) -> list[int]:
    """An invitation per new person, its link sealed so the task (and leaders) can read it;
    earlier pending invitations to the same addresses are withdrawn."""
    if not rows:
        return []
    emails = [row.email for row in rows]
    for start in range(0, len(emails), CHUNK):
        earlier = update(Invitation).where(
            Invitation.email.in_(emails[start : start + CHUNK]),
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        db.session.execute(earlier.values(revoked_at=now), execution_options={"synchronize_session": False})
    made = [_invitation(viewer, row, ids[row.email], now) for row in rows]
    db.session.execute(insert(Invitation), made)
    user_ids = sorted(ids[row.email] for row in rows)
    invited = []
    for start in range(0, len(user_ids), CHUNK):
        query = db.select(Invitation.id).filter(Invitation.user_id.in_(user_ids[start : start + CHUNK]))
        invited += db.session.scalars(
            query.filter(Invitation.accepted_at.is_(None), Invitation.revoked_at.is_(None))
        )
    return sorted(invited)


def _invitation(viewer: User, row: Row, user_id: int, now) -> dict:
    invitation = Invitation(email=row.email, role=row.changes["role"][1])
    invitations.new_link(invitation, now)
    return {
        "email": row.email,
        "role": invitation.role,
        "team_id": row.values.get("team_id"),
        "token_hash": invitation.token_hash,
        "token_sealed": invitation.token_sealed,
        "invited_by_id": viewer.id,
        "user_id": user_id,
        "created_at": now,
        "sent_at": now,
        "expires_at": invitation.expires_at,
    }
