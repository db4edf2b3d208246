"""Whom content reaches: the teams a person may publish to, and how many people a choice of teams
reaches, so the form can say so before anything is published."""

from sqlalchemy import func

from server.errors import Refused
from server.extensions import db
from server.models import Team, User
from server.organisation.service import managed_team_ids


def choices(person: User) -> dict:
    """The teams `person` may target (a manager's managed teams, every team for admins) and whether
    leaving them all out means everyone."""
    query = db.select(Team).filter(Team.archived_at.is_(None)).order_by(Team.name)
    managed = managed_team_ids(person)
    if managed is not None:
        query = query.filter(Team.id.in_(managed))
    teams = list(db.session.scalars(query))
    return {"everyone_allowed": managed is None, "teams": _with_people(teams)}


def audience(person: User, team_ids: list[int]) -> dict:
    """Who will see an item targeted at `team_ids` by `person`: everyone, or those teams' people."""
    teams = resolve(person, team_ids)
    if not teams:
        return {"everyone": True, "people": db.session.scalar(_active_people()), "teams": []}
    counted = _with_people(teams)
    return {"everyone": False, "people": sum(team["people"] for team in counted), "teams": counted}


def resolve(person: User, team_ids: list[int]) -> list[Team]:
    """The teams `person` publishes to when choosing `team_ids`: empty means everyone for admins and
    every team they manage for managers. Refuses unknown or archived teams, and teams a manager
    does not manage, naming them."""
    managed = managed_team_ids(person)
    if managed is not None and not team_ids:
        if not managed:
            _refuse(403, "forbidden", "You manage no team yet, so there is nobody to publish to.")
        team_ids = sorted(managed)
    teams = _existing(team_ids)
    outside = [team.name for team in teams if managed is not None and team.id not in managed]
    if outside:
        _refuse(403, "forbidden", f"You can publish only to teams you manage: {_not_theirs(outside)}")
    return teams


def _existing(team_ids: list[int]) -> list[Team]:
    wanted = sorted(set(team_ids))
    teams = list(db.session.scalars(db.select(Team).filter(Team.id.in_(wanted)).order_by(Team.name)))
    missing = sorted(set(wanted) - {team.id for team in teams})
    if missing:
        _refuse(422, "validation_error", f"No team with id {', '.join(map(str, missing))}.")
    archived = [team.name for team in teams if team.archived_at is not None]
    if archived:
        _refuse(
            422,
            "validation_error",
            f"{' and '.join(archived)}: archived, so nobody sees it. Choose another team.",
        )
    return teams


def _not_theirs(names: list[str]) -> str:
    if len(names) == 1:
        return f"{names[0]} isn't one of them."
    return f"{', '.join(names[:-1])} and {names[-1]} aren't among them."


def _refuse(status: int, code: str, message: str) -> None:
    # The field says it once; the envelope's message is the same sentence, for clients without fields.
    raise Refused(status, code, message, {"target_team_ids": [message]})


def _active_people():
    return db.select(func.count(User.id)).filter(User.active.is_(True), User.deleted_at.is_(None))


def _with_people(teams: list[Team]) -> list[dict]:
    query = (
        db.select(User.team_id, func.count(User.id))
        .filter(User.active.is_(True), User.deleted_at.is_(None), User.team_id.in_([t.id for t in teams]))
        .group_by(User.team_id)
    )
    counts = dict(db.session.execute(query).all())
    return [{"id": team.id, "name": team.name, "people": counts.get(team.id, 0)} for team in teams]
