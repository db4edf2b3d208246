"""Teams, as admins run them: create, rename, set department, location and managers, archive,
restore and merge. Each use case checks everything before it writes, commits once, and leaves an
audit entry. A person's history (ledger, shares, badges) hangs off the person, not the team, so
it stays theirs when their team moves or merges."""

from sqlalchemy import func

from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Invitation, Team, User, content_targets
from server.models.types import utcnow
from server.organisation.models import team_managers
from server.realtime import publish

LEADERS = ("manager", "admin")


def page(q: str | None, include_archived: bool, number: int, per_page: int) -> dict:
    """One page of teams by name, each with its active people and its managers."""
    query = db.select(Team)
    if q:
        words = f"%{q.strip().lower()}%"
        query = query.filter(
            func.lower(Team.name).like(words)
            | func.lower(Team.department).like(words)
            | func.lower(Team.location).like(words)
        )
    if not include_archived:
        query = query.filter(Team.archived_at.is_(None))
    total = db.session.scalar(db.select(func.count()).select_from(query.subquery()))
    rows = db.session.scalars(
        query.order_by(func.lower(Team.name)).limit(per_page).offset((number - 1) * per_page)
    )
    return {"items": described(list(rows)), "total": total}


def described(teams: list[Team]) -> list[dict]:
    """Teams as the console lists them: with how many active people and who manages them."""
    ids = [team.id for team in teams]
    people = dict(
        db.session.execute(
            db.select(User.team_id, func.count())
            .filter(User.team_id.in_(ids), User.active.is_(True), User.deleted_at.is_(None))
            .group_by(User.team_id)
        ).all()
    )
    managers: dict[int, list] = {team_id: [] for team_id in ids}
    named = db.session.execute(
        db.select(team_managers.c.team_id, User.id, User.display_name)
        .join(User, User.id == team_managers.c.user_id)
        .filter(team_managers.c.team_id.in_(ids))
        .order_by(func.lower(User.display_name))
    )
    for team_id, user_id, display_name in named:
        managers[team_id].append({"id": user_id, "display_name": display_name})
    return [_item(team, people.get(team.id, 0), managers[team.id]) for team in teams]


def create(admin: User, fields: dict) -> dict:
    _unique_name(fields["name"])
    leaders = _leaders(fields.get("manager_ids", []))
    team = Team(
        name=fields["name"].strip(), department=fields.get("department"), location=fields.get("location")
    )
    db.session.add(team)
    db.session.flush()
    _set_managers(team, leaders)
    _audit(admin, "team.create", team, dict(fields))
    db.session.commit()
    return described([team])[0]


def update(admin: User, team_id: int, fields: dict) -> dict:
    team = _team(team_id)
    if "name" in fields:
        _unique_name(fields["name"], team.id)
        fields = {**fields, "name": fields["name"].strip()}
    leaders = _leaders(fields["manager_ids"]) if "manager_ids" in fields else None
    changed = {}
    for name in ("name", "department", "location"):
        if name in fields and getattr(team, name) != fields[name]:
            changed[name] = {"from": getattr(team, name), "to": fields[name]}
            setattr(team, name, fields[name])
    if leaders is not None and set(_manager_ids(team)) != {leader.id for leader in leaders}:
        changed["manager_ids"] = {"from": _manager_ids(team), "to": sorted(leader.id for leader in leaders)}
        _set_managers(team, leaders)
    if changed:
        _audit(admin, "team.update", team, changed)
    db.session.commit()
    return described([team])[0]


def archive(admin: User, team_id: int) -> dict:
    """Take a team out of pickers and boards; its people and history stay."""
    team = _team(team_id)
    if team.archived_at is None:
        team.archived_at = utcnow()
        _audit(admin, "team.archive", team, {})
    db.session.commit()
    return described([team])[0]


def restore(admin: User, team_id: int) -> dict:
    team = _team(team_id)
    if team.archived_at is not None:
        team.archived_at = None
        _audit(admin, "team.restore", team, {})
    db.session.commit()
    return described([team])[0]


def merge(admin: User, team_id: int, into_team_id: int) -> dict:
    """Move the team's people, invitations, content targets and managers into another team and
    archive it, all in one transaction. Returns the team merged into."""
    team, into = _team(team_id), _merge_target(team_id, into_team_id)
    moved = list(db.session.scalars(db.select(User.id).filter_by(team_id=team.id)))
    db.session.execute(db.update(User).filter_by(team_id=team.id).values(team_id=into.id))
    db.session.execute(db.update(Invitation).filter_by(team_id=team.id).values(team_id=into.id))
    _move_links(content_targets, "content_id", team.id, into.id)
    _move_links(team_managers, "user_id", team.id, into.id)
    team.archived_at = team.archived_at or utcnow()
    detail = {"into_team_id": into.id, "into_name": into.name, "people": len(moved)}
    _audit(admin, "team.merge", team, detail)
    db.session.commit()
    db.session.expire_all()  # the bulk updates bypassed the identity map
    if moved:
        publish.scores_changed(moved)  # they are on the other team's board now
    return described([db.session.get(Team, into.id)])[0]


def _move_links(table, other: str, source: int, target: int) -> None:
    """Point a team's rows in an association table at another team, keeping one row per pair."""
    already = db.select(getattr(table.c, other)).filter(table.c.team_id == target)
    db.session.execute(
        db.update(table)
        .filter(table.c.team_id == source, getattr(table.c, other).not_in(already))
        .values(team_id=target)
    )
    db.session.execute(db.delete(table).filter(table.c.team_id == source))


def _item(team: Team, people: int, managers: list) -> dict:
    fields = ("id", "name", "department", "location", "archived_at")
    return {**{name: getattr(team, name) for name in fields}, "people": people, "managers": managers}


def _team(team_id: int) -> Team:
    team = db.session.get(Team, team_id)
    if team is None:
        raise Refused(404, "not_found", "There is no such team.")
    return team


def _merge_target(team_id: int, into_team_id: int) -> Team:
    into = db.session.get(Team, into_team_id)
    if into_team_id == team_id:
        _invalid("into_team_id", "Choose another team to merge this one into.")
    if into is None:
        _invalid("into_team_id", "There is no such team to merge into.")
    if into.archived_at is not None:
        _invalid("into_team_id", f"{into.name} is archived; restore it before merging into it.")
    return into


def _unique_name(name: str, own_id: int | None = None) -> None:
    """Names are unique whatever their case, so "sales" and "Sales" never both appear in a picker."""
    clash = db.session.scalar(
        db.select(Team).filter(func.lower(Team.name) == name.strip().lower(), Team.id != (own_id or 0))
    )
    if clash is not None:
        _invalid("name", f"There is already a team called {clash.name}.")


def _leaders(ids: list[int]) -> list[User]:
    """The people named as managers, each an active manager or admin."""
    people = {p.id: p for p in db.session.scalars(db.select(User).filter(User.id.in_(ids)))}
    for person_id in ids:
        person = people.get(person_id)
        if person is None or person.deleted_at is not None:
            _invalid(
                "manager_ids", "One of the managers chosen is no longer here; choose again from the list."
            )
        if not person.active:
            _invalid(
                "manager_ids", f"{person.display_name} is deactivated; reactivate them on the People screen."
            )
        if person.role not in LEADERS:
            message = f"{person.display_name} is an advocate; make them a manager first on the People screen."
            _invalid("manager_ids", message)
    return [people[person_id] for person_id in dict.fromkeys(ids)]


def _manager_ids(team: Team) -> list[int]:
    query = db.select(team_managers.c.user_id).filter(team_managers.c.team_id == team.id)
    return sorted(db.session.scalars(query))


def _set_managers(team: Team, leaders: list[User]) -> None:
    db.session.execute(db.delete(team_managers).filter(team_managers.c.team_id == team.id))
    if leaders:
        db.session.execute(team_managers.insert(), [{"team_id": team.id, "user_id": p.id} for p in leaders])


def _audit(admin: User, action: str, team: Team, detail: dict) -> None:
    entry = AuditEntry(
        actor_id=admin.id, action=action, detail={"team_id": team.id, "name": team.name, **detail}
    )
    db.session.add(entry)


def _invalid(field: str, message: str):
    raise Refused(422, "validation_error", message, {field: [message]})
