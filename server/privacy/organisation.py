"""Where the person sits in the organisation and what they ran from the console: their manager
and the people who report to them, the teams they manage, the people imports they made and the
directory tokens they created (never the token: only its hash is stored)."""

from sqlalchemy.orm import aliased

from server.extensions import db
from server.models import ImportRun, ScimToken, Team, User
from server.organisation.models import team_managers
from server.privacy.registry import exporter, listed

Manager = aliased(User)


@exporter("reporting_line", User.manager_id)
def reporting_line(user_id: int) -> dict:
    mine = (
        db.select(Manager.display_name).join(User, User.manager_id == Manager.id).filter(User.id == user_id)
    )
    reports = db.select(User.display_name).filter(User.manager_id == user_id).order_by(User.display_name)
    return {"manager": db.session.scalar(mine), "reports": list(db.session.scalars(reports))}


@exporter("teams_managed", team_managers.c.user_id)
def teams_managed(user_id: int) -> list[str]:
    query = db.select(Team.name).join(team_managers, team_managers.c.team_id == Team.id)
    return list(db.session.scalars(query.filter(team_managers.c.user_id == user_id).order_by(Team.name)))


@exporter("people_imports", ImportRun.created_by_id)
def people_imports(user_id: int) -> list[dict]:
    return listed(
        db.select(ImportRun.filename, ImportRun.created_at, ImportRun.counts, ImportRun.invitations_total)
        .filter(ImportRun.created_by_id == user_id)
        .order_by(ImportRun.created_at, ImportRun.id)
    )


@exporter("directory_tokens", ScimToken.created_by_id)
def directory_tokens(user_id: int) -> list[dict]:
    return listed(
        db.select(ScimToken.name, ScimToken.created_at, ScimToken.last_used_at, ScimToken.revoked_at)
        .filter(ScimToken.created_by_id == user_id)
        .order_by(ScimToken.created_at, ScimToken.id)
    )
