"""Teams as SCIM Groups: displayName is the team's name, members its people. Adding a member moves
that person into the team (a person is in one team); removing them leaves them in none. Deleting
a group archives the team: its people and history stay."""

from scim2_models import InvalidValueException, NotFoundException, Resource, UniquenessException
from sqlalchemy.sql import Select

from server.directory import people, records
from server.directory.provider import GROUP
from server.extensions import db
from server.models import Team, User
from server.models.types import utcnow

NAME_MAX, EXTERNAL_ID_MAX = 80, 200


def visible() -> Select:
    return db.select(Team).filter(Team.archived_at.is_(None))


def find(team_id: str) -> Team:
    team = db.session.scalar(visible().filter(Team.id == records.number(team_id)))
    if team is None:
        raise NotFoundException(detail=f"There is no team with id {team_id!r}.")
    return team


def resource(model: type[Resource], team: Team) -> Resource:
    body = {
        "schemas": [GROUP],
        "id": str(team.id),
        "externalId": team.external_id,
        "displayName": team.name,
        "members": [
            {"value": str(member_id), "$ref": f"Users/{member_id}", "type": "User"}
            for member_id in member_ids(team.id)
        ],
    }
    return records.finish(model, body, "Group", None)


def member_ids(team_id: int) -> list[int]:
    query = people.visible().with_only_columns(User.id).filter(User.team_id == team_id).order_by(User.id)
    return list(db.session.scalars(query))


def create(sent: Resource) -> Team:
    team = Team()
    _write(team, sent)
    db.session.add(team)
    db.session.flush()
    _set_members(team, sent)
    return team


def replace(team: Team, sent: Resource) -> None:
    _write(team, sent)
    _set_members(team, sent)


def archive(team: Team) -> None:
    team.archived_at = utcnow()


def _write(team: Team, sent: Resource) -> None:
    name = records.text(sent.display_name, "displayName", NAME_MAX)
    if not name:
        raise InvalidValueException(detail="Give the team a displayName (up to 80 characters).")
    if db.session.scalar(db.select(Team.id).filter(Team.name == name, Team.id != team.id).limit(1)):
        raise UniquenessException(detail=f"There is already a team named {name!r} (perhaps archived).")
    external_id = records.text(sent.external_id, "externalId", EXTERNAL_ID_MAX)
    records.unique(Team, Team.external_id, external_id, team.id, "externalId")
    team.name, team.external_id = name, external_id


def _set_members(team: Team, sent: Resource) -> None:
    wanted = [_member_id(member) for member in sent.members or []]
    for user in db.session.scalars(people.visible().filter(User.id.in_(wanted))):
        user.team_id = team.id
    leaving = people.visible().filter(User.team_id == team.id, User.id.not_in(wanted))
    for user in db.session.scalars(leaving):
        user.team_id = None


def _member_id(member) -> int:
    if member.type not in (None, "User"):
        raise InvalidValueException(detail="A team's members are people: groups cannot be members.")
    if not member.value:
        raise InvalidValueException(detail="Each member needs a value: the person's id.")
    try:
        user = db.session.scalar(people.visible().filter(User.id == records.number(member.value)))
    except NotFoundException:
        user = None
    if user is None:
        raise InvalidValueException(detail=f"There is no person with id {member.value!r} to add.")
    return user.id
