"""Changing a person from the console: active, role, team, department, location and manager.
Every field is checked before anything is written, so a change the caller may not make is
refused whole; each field that changes leaves an audit entry."""

from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Team, User
from server.organisation.service import managed_team_ids
from server.realtime import publish

LAST_ADMIN = "You are the only admin; make someone else an admin first."
# Fields whose change moves the person on (or off) leaderboards.
ON_BOARDS = {"active", "role", "team_id"}


def change(viewer: User, person_id: int, body: dict) -> User:
    """Apply `body` to the person, or refuse it all."""
    person = _visible(viewer, person_id)
    teams = managed_team_ids(viewer)
    _may_change(viewer, person, teams, body)
    _valid(person, body)
    changed = {
        name: (getattr(person, name), value) for name, value in body.items() if getattr(person, name) != value
    }
    for name, (old, new) in changed.items():
        setattr(person, name, new)
        detail = {"person_id": person.id, "field": name, "from": old, "to": new}
        db.session.add(AuditEntry(actor_id=viewer.id, action="person.change", detail=detail))
    ended = changed.get("active", (None, True))[1] is False
    if ended:
        sessions.end_everywhere(person)
    db.session.commit()
    if ON_BOARDS & changed.keys():
        publish.scores_changed([person.id])
    if ended:
        publish.sessions_ended(person.id)
    return person


def _visible(viewer: User, person_id: int) -> User:
    person = db.session.get(User, person_id)
    teams = managed_team_ids(viewer)
    if person is None or (teams is not None and person.team_id not in teams):
        raise Refused(404, "not_found", "There is no such person in your teams.")
    return person


def _may_change(viewer: User, person: User, teams: set[int] | None, body: dict) -> None:
    """403 naming the field the caller may not change."""
    if person.id == viewer.id and (teams is not None or "active" in body):
        field = "active" if "active" in body else next(iter(body))
        _forbid(field, "You cannot change this on your own account.")
    if teams is None:
        return
    if person.role != "advocate":
        _forbid(next(iter(body)), "Managers may change only advocates.")
    if "role" in body:
        _forbid("role", "Only admins may change someone's role.")
    if "team_id" in body and body["team_id"] not in teams:
        _forbid("team_id", "You can move people only between teams you manage.")


def _valid(person: User, body: dict) -> None:
    """422 naming the field; 409 for the last admin and deleted accounts."""
    if person.deleted_at is not None:
        raise Refused(409, "account_deleted", "This account was deleted at its owner's request.")
    if body.get("team_id") is not None:
        team = db.session.get(Team, body["team_id"])
        if team is None or team.archived_at is not None:
            _invalid("team_id", "There is no such team." if team is None else "This team is archived.")
    if body.get("manager_id") is not None:
        manager = db.session.get(User, body["manager_id"])
        if manager is None or manager.deleted_at is not None:
            _invalid("manager_id", "There is no such person.")
        if manager.id == person.id:
            _invalid("manager_id", "A person cannot be their own manager.")
    if person.role == "admin" and body.get("role", "admin") != "admin" and not _other_admins(person):
        raise Refused(409, "last_admin", LAST_ADMIN, {"role": [LAST_ADMIN]})


def _other_admins(person: User) -> int:
    query = db.select(db.func.count()).select_from(User)
    return db.session.scalar(query.filter(User.role == "admin", User.active.is_(True), User.id != person.id))


def _forbid(field: str, message: str):
    raise Refused(403, "forbidden", message, {field: [message]})


def _invalid(field: str, message: str):
    raise Refused(422, "validation_error", message, {field: [message]})
