"""What an import would do, row by row, before anything is written: new, changed, unchanged or an
error in words. Every lookup is one query for the whole file, never one per row."""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from server.extensions import db
from server.models import ROLES, Team, User
from server.organisation.service import managed_team_ids
from server.schemas.text import refusal

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = {"name": 80, "team": 80, "department": 80, "location": 80}
CHUNK = 5000  # ids or emails per IN (...): well under every database's limit on parameters
LAST_ADMIN = "Change your own role on the People screen."


@dataclass
class Row:
    row: int
    email: str
    cells: dict[str, str]
    person: dict | None = None  # their account today, when they have one
    values: dict = field(default_factory=dict)  # the account's columns to set
    changes: dict = field(default_factory=dict)
    errors: dict = field(default_factory=dict)

    @property
    def outcome(self) -> str:
        if self.errors:
            return "error"
        if self.person is None:
            return "new"
        return "changed" if self.changes else "unchanged"

    def fail(self, column: str, message: str) -> None:
        self.errors.setdefault(column, message)


@dataclass
class Plan:
    rows: list[Row]
    new_teams: dict[str, str]  # lower-case name -> name as first written
    managers: dict[str, int]  # email -> id of everyone already with an account a row names

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("new", "changed", "unchanged", "error"), 0)
        for row in self.rows:
            counts[row.outcome] += 1
        return counts


def plan(viewer: User, cells: list[tuple[int, dict]], create_teams: bool) -> Plan:
    rows = [Row(number, row.get("email", "").lower(), row) for number, row in cells]
    for row in rows:
        _check_cells(row)
    _duplicates(rows)
    people = _accounts({row.email for row in rows} | {row.cells.get("manager", "").lower() for row in rows})
    teams = _teams()
    new_teams: dict[str, str] = {}
    scope = managed_team_ids(viewer)
    for row in rows:
        row.person = None if row.errors.get("email") else people.get(row.email)
        _team(row, teams, new_teams if create_teams else None)
        _role_and_scope(row, viewer, scope)
    _managers(rows, people)
    names = _team_names(teams, people, rows)
    for row in rows:
        if not row.errors:
            _changes(row, names)
    used = {row.values.get("team_name", "").lower() for row in rows if not row.errors}
    return Plan(rows, {key: name for key, name in new_teams.items() if key in used}, _ids(people))


def _check_cells(row: Row) -> None:
    if not row.email:
        row.fail("email", "Give an email address.")
    elif len(row.email) > 254 or not EMAIL.match(row.email):
        row.fail("email", f"“{row.email}” is not an email address.")
    for column, cell in row.cells.items():
        why = refusal(cell, multiline=False)
        if why:
            row.fail(column, why)
        elif column in MAX_TEXT and len(cell) > MAX_TEXT[column]:
            row.fail(column, f"Keep the {column} to {MAX_TEXT[column]} characters.")
    role = row.cells.get("role", "").lower()
    if role and role not in ROLES:
        row.fail("role", f"There is no role called “{row.cells['role']}”: use advocate, manager or admin.")
    manager = row.cells.get("manager", "").lower()
    if manager and not EMAIL.match(manager):
        row.fail("manager", f"Give the manager's email address (“{row.cells['manager']}” is not one).")
    elif manager and manager == row.email:
        row.fail("manager", "A person cannot be their own manager.")


def _duplicates(rows: list[Row]) -> None:
    seen: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.email:
            seen[row.email].append(row.row)
    for row in rows:
        others = [str(number) for number in seen.get(row.email, ()) if number != row.row]
        if others:
            where = "rows " + ", ".join(others) if len(others) > 1 else f"row {others[0]}"
            row.fail("email", f"This email is also on {where}: keep one row per person.")


def _accounts(emails: set[str]) -> dict[str, dict]:
    """Accounts by email, for the file's people and managers: one query per few thousand."""
    emails.discard("")
    found = {}
    columns = (User.id, User.email, User.display_name, User.role, User.team_id, User.department)
    columns += (User.location, User.manager_id, User.deleted_at)
    ordered = sorted(emails)
    for start in range(0, len(ordered), CHUNK):
        query = db.select(*columns).filter(User.email.in_(ordered[start : start + CHUNK]))
        found.update({row.email: row._asdict() for row in db.session.execute(query)})
    return found


def _teams() -> dict[str, dict]:
    query = db.select(Team.id, Team.name, Team.archived_at)
    return {row.name.lower(): row._asdict() for row in db.session.execute(query)}


def _team(row: Row, teams: dict, new_teams: dict | None) -> None:
    name = row.cells.get("team")
    if not name or "team" in row.errors:
        return
    team = teams.get(name.lower())
    if team is not None and team["archived_at"] is not None:
        row.fail("team", f"The team {team['name']} is archived: choose another or restore it first.")
    elif team is not None:
        row.values["team_id"], row.values["team_name"] = team["id"], team["name"]
    elif new_teams is not None:
        row.values["team_id"], row.values["team_name"] = None, new_teams.setdefault(name.lower(), name)
    else:
        row.fail("team", f"No team called {name}. Create it on the Teams screen first, or fix the spelling.")


def _role_and_scope(row: Row, viewer: User, scope: set[int] | None) -> None:
    role = row.cells.get("role", "").lower() or None
    person = row.person
    if person is not None and person["deleted_at"] is not None:
        row.fail("email", "This account was deleted at its owner's request.")
        return
    if person is None and role != "admin" and "team_name" not in row.values and "team" not in row.errors:
        row.fail("team", "Give a team: advocates and managers belong to one.")
    if person is not None and person["id"] == viewer.id and role and role != person["role"]:
        row.fail("role", LAST_ADMIN)
    if scope is None:
        return
    if person is not None and (person["role"] != "advocate" or person["team_id"] not in scope):
        row.fail("email", "This person is not an advocate in a team you manage.")
    if role not in (None, "advocate"):
        row.fail("role", "Managers may import advocates only.")
    if "team_name" in row.values and row.values["team_id"] not in scope:
        row.fail("team", f"You do not manage {row.values['team_name']}: choose a team you manage.")


def _managers(rows: list[Row], people: dict) -> None:
    """Each manager must have an account or a row of their own without an error; a row whose
    manager's row has one becomes an error too, until nothing changes."""
    in_file = {row.email: row for row in rows}
    changed = True
    while changed:
        changed = False
        for row in rows:
            email = row.cells.get("manager", "").lower()
            if not email or row.errors:
                continue
            theirs = in_file.get(email)
            if email in people or (theirs is not None and not theirs.errors):
                continue
            if theirs is None:
                row.fail("manager", f"No one with the email {email} is in the file or has an account.")
            else:
                row.fail("manager", f"{email} is on row {theirs.row}, which has an error.")
            changed = True


def _team_names(teams: dict, people: dict, rows: list[Row]) -> dict[str, dict]:
    """Names for showing changes: teams by id, managers' emails by id."""
    by_id = {team["id"]: team["name"] for team in teams.values()}
    emails = {person["id"]: email for email, person in people.items()}
    missing = {row.person["manager_id"] for row in rows if row.person} - set(emails) - {None}
    ordered = sorted(missing)
    for start in range(0, len(ordered), CHUNK):
        query = db.select(User.id, User.email).filter(User.id.in_(ordered[start : start + CHUNK]))
        emails.update(dict(db.session.execute(query).all()))
    return {"team": by_id, "manager": emails}


def _changes(row: Row, names: dict) -> None:
    """What the row sets, as [old, new] by column; blank cells leave the field as it is."""
    person, cells = row.person or {}, row.cells
    old = {
        "name": person.get("display_name"),
        "team": names["team"].get(person.get("team_id")),
        "department": person.get("department"),
        "location": person.get("location"),
        "role": person.get("role"),
        "manager": names["manager"].get(person.get("manager_id")),
    }
    new = {
        "name": cells.get("name"),
        "team": row.values.get("team_name"),
        "department": cells.get("department"),
        "location": cells.get("location"),
        "role": cells.get("role", "").lower() or None,
        "manager": cells.get("manager", "").lower() or None,
    }
    if row.person is None:
        new["name"] = new["name"] or row.email.split("@")[0]
        new["role"] = new["role"] or "advocate"
    row.changes = {
        column: [old[column], value] for column, value in new.items() if value and value != old[column]
    }


def _ids(people: dict) -> dict[str, int]:
    return {email: person["id"] for email, person in people.items()}
