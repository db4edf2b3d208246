"""The organisation's settings, changed by admins, and the teams everyone picks from."""

from server.extensions import db
from server.models import AuditEntry, Organisation, Team
from server.organisation.models import team_managers


def current() -> Organisation:
    return Organisation.current()


def teams() -> list[Team]:
    """The teams in use (not archived), by name."""
    return list(db.session.scalars(db.select(Team).filter(Team.archived_at.is_(None)).order_by(Team.name)))


def update_settings(admin, fields: dict) -> Organisation:
    """Change the settings given, recording in the audit log which ones changed and to what."""
    org = Organisation.current()
    changed = {}
    for name, value in fields.items():
        # EMV settings merge, so changing the cost per click keeps the reach figures.
        value = {**(org.emv or {}), **value} if name == "emv" else value
        if getattr(org, name) != value:
            setattr(org, name, value)
            changed[name] = value
    if changed:
        db.session.add(AuditEntry(actor_id=admin.id, action="organisation.update", detail=changed))
    db.session.commit()
    return org


def managed_team_ids(person) -> set[int] | None:
    """The teams a person may publish to and manage people in: None for admins (every team), the
    teams they are named manager of plus their own team for managers, nothing for advocates."""
    if person.role == "admin":
        return None
    if person.role != "manager":
        return set()
    named = db.session.scalars(
        db.select(team_managers.c.team_id).filter(team_managers.c.user_id == person.id)
    )
    own = {person.team_id} if person.team_id is not None else set()
    return set(named) | own
