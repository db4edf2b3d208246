"""The organisation's settings, changed by admins."""

from server.extensions import db
from server.models import Organisation, Team
from server.organisation.models import team_managers


def current() -> Organisation:
    return Organisation.current()


def teams() -> list[Team]:
    """All teams, by name."""
    return list(db.session.scalars(db.select(Team).order_by(Team.name)))


def update_settings(fields: dict) -> Organisation:
    """Change the name, the tie ranking, the UTM parameters or the EMV settings given."""
    org = Organisation.current()
    for name, value in fields.items():
        # EMV settings merge, so changing the cost per click keeps the reach figures.
        setattr(org, name, {**(org.emv or {}), **value} if name == "emv" else value)
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
