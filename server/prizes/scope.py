"""Who may run which prizes: admins the company's and every team's, managers their own team's."""

from datetime import date

from server.errors import Refused
from server.extensions import db
from server.models import Team, User


def may_manage(user: User, team_id: int | None) -> bool:
    if user.role == "admin":
        return True
    return user.role == "manager" and team_id is not None and team_id == user.team_id


def check_scope(user: User, team_id: int | None) -> None:
    if user.role not in ("manager", "admin"):
        raise Refused(403, "forbidden", "Only managers and admins run prizes.")
    if not may_manage(user, team_id):
        where = "company-wide prizes" if team_id is None else "another team's prizes"
        raise Refused(403, "forbidden", f"Managers run their own team's prizes, not {where}.")


def scope_label(team_id: int | None) -> str:
    if team_id is None:
        return "the whole company"
    team = db.session.get(Team, team_id)
    return team.name if team else f"team {team_id}"


def month_label(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1).strftime("%B %Y")
