"""What admins send and get back when they run teams from the console."""

from marshmallow import Schema, fields, validate

from server.schemas.common import MAX_ID

NAME = "Give the team a name (up to 80 characters)."
DEPARTMENT = "Keep the department to 80 characters."
LOCATION = "Keep the location to 80 characters."
MANAGERS = "Choose the team's managers from the list of people."
TEAM = "Choose a team to merge into from the list."


def _text(message: str, **kwargs) -> fields.String:
    return fields.String(
        validate=validate.Length(max=80, error=message), error_messages={"invalid": message}, **kwargs
    )


def _ids(message: str, **kwargs) -> fields.List:
    one = fields.Integer(
        strict=True,
        validate=validate.Range(min=1, max=MAX_ID, error=message),
        error_messages={"invalid": message, "null": message},
    )
    return fields.List(one, error_messages={"invalid": message, "null": message}, **kwargs)


class TeamIn(Schema):
    name = fields.String(
        required=True,
        validate=validate.Regexp(r"^(?=.*\S).{1,80}$", error=NAME),
        error_messages={"invalid": NAME, "required": NAME, "null": NAME},
    )
    department = _text(DEPARTMENT, allow_none=True)
    location = _text(LOCATION, allow_none=True)
    manager_ids = _ids(MANAGERS, metadata={"description": "Active managers or admins; replaces the list"})


class TeamPatch(TeamIn):
    name = fields.String(
        validate=validate.Regexp(r"^(?=.*\S).{1,80}$", error=NAME),
        error_messages={"invalid": NAME, "null": NAME},
    )


class TeamManageQuery(Schema):
    q = fields.String(
        validate=validate.Length(max=80, error="Keep the search to 80 characters."),
        metadata={"description": "Part of a team's name, department or location"},
    )
    include_archived = fields.Boolean(
        load_default=False, error_messages={"invalid": "Say true or false for include_archived."}
    )
    page = fields.Integer(
        load_default=1,
        validate=validate.Range(min=1, max=100_000, error="Pages are numbered from 1."),
        error_messages={"invalid": "Pages are numbered from 1."},
    )
    per_page = fields.Integer(
        load_default=25,
        validate=validate.Range(min=1, max=100, error="Show 1 to 100 teams a page."),
        error_messages={"invalid": "Show 1 to 100 teams a page."},
    )


class MergeIn(Schema):
    into_team_id = fields.Integer(
        required=True,
        strict=True,
        validate=validate.Range(min=1, max=MAX_ID, error=TEAM),
        error_messages={"invalid": TEAM, "required": TEAM, "null": TEAM},
    )


class TeamManagerOut(Schema):
    id = fields.Integer()
    display_name = fields.String()


class TeamAdminOut(Schema):
    id = fields.Integer()
    name = fields.String()
    department = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    archived_at = fields.DateTime(allow_none=True)
    people = fields.Integer(metadata={"description": "Active people in the team"})
    managers = fields.List(fields.Nested(TeamManagerOut))


class TeamAdminListOut(Schema):
    items = fields.List(fields.Nested(TeamAdminOut))
    total = fields.Integer(metadata={"description": "Teams matching, on every page"})
