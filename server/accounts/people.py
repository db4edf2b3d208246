"""The people console: finding people (search, filters, sorting and pages, all in SQL) and
changing their role, team, department, location and manager, within what the caller manages."""

from sqlalchemy import func, or_
from sqlalchemy.orm import aliased

from server.accounts.models import Invitation
from server.extensions import db
from server.models import Team, User
from server.models.types import utcnow
from server.organisation.service import managed_team_ids

Manager = aliased(User)
SORTS = {
    "name": (func.lower(User.display_name),),
    "email": (User.email,),
    "team": (Team.name.is_(None), func.lower(Team.name)),  # people without a team last
    "role": (User.role,),
    "created_at": (User.created_at,),
}


def find(viewer: User, filters: dict) -> dict:
    """One page of the people `viewer` may see, with the total across every page."""
    query = _visible(viewer, _filtered(db.select(User).outerjoin(Team, Team.id == User.team_id), filters))
    if query is None:
        return {"items": [], "total": 0, "page": filters["page"], "per_page": filters["per_page"]}
    total = db.session.scalar(db.select(func.count()).select_from(query.order_by(None).subquery()))
    page, per_page = filters["page"], filters["per_page"]
    ordered = query.order_by(*_order(filters.get("sort")), User.id)
    people = list(db.session.scalars(ordered.limit(per_page).offset((page - 1) * per_page)))
    return {"items": described(people), "total": total, "page": page, "per_page": per_page}


def described(people: list[User]) -> list[dict]:
    """People as the console lists them: with their manager and any invitation still pending
    (an imported person who has not yet set up their account), in two queries for the page."""
    managers = _names({person.manager_id for person in people} - {None})
    pending = _pending_invitations([person.id for person in people])
    return [
        {
            "id": person.id,
            "display_name": person.display_name,
            "email": person.email,
            "role": person.role,
            "team": person.team,
            "department": person.department,
            "location": person.location,
            "manager": managers.get(person.manager_id),
            "active": person.active,
            "created_at": person.created_at,
            "invitation_id": pending.get(person.id),
        }
        for person in people
    ]


def _filtered(query, filters: dict):
    if filters.get("q"):
        words = filters["q"].strip().lower()  # a % or _ typed is looked for, not a wildcard
        name, email = func.lower(User.display_name), User.email
        query = query.filter(
            or_(name.contains(words, autoescape=True), email.contains(words, autoescape=True))
        )
    if filters.get("team") is not None:
        team = filters["team"]
        query = query.filter(User.team_id.is_(None) if team == 0 else User.team_id == team)
    if filters.get("role"):
        query = query.filter(User.role == filters["role"])
    if filters.get("state"):
        query = query.filter(User.active.is_(filters["state"] == "active"))
    return query


def _visible(viewer: User, query):
    """Admins see everyone; managers the people of the teams they manage; None: nobody."""
    teams = managed_team_ids(viewer)
    if teams is None:
        return query
    if not teams:
        return None  # `team_id IN ()` would do, but says nothing; and never "no team" (admins)
    return query.filter(User.team_id.in_(teams))


def _order(sort: str | None) -> tuple:
    if not sort:
        return (User.active.desc(), func.lower(User.display_name))  # the old screen's order
    columns = SORTS[sort.lstrip("-")]
    return tuple(column.desc() for column in columns) if sort.startswith("-") else columns


def _names(ids: set[int]) -> dict[int, dict]:
    if not ids:
        return {}
    rows = db.session.execute(db.select(User.id, User.display_name).filter(User.id.in_(ids)))
    return {row.id: {"id": row.id, "display_name": row.display_name} for row in rows}


def _pending_invitations(user_ids: list[int]) -> dict[int, int]:
    if not user_ids:
        return {}
    query = db.select(Invitation.user_id, Invitation.id).filter(
        Invitation.user_id.in_(user_ids),
        Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None),
        Invitation.expires_at > utcnow(),
    )
    return {row.user_id: row.id for row in db.session.execute(query.order_by(Invitation.id))}
