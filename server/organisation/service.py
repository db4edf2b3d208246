"""The organisation's settings, changed by admins."""

from server.extensions import db
from server.models import Organisation, Team


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
