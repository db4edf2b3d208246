"""Schemas several resources share."""

from marshmallow import Schema, fields, validate

# Ids are 32-bit in the database: a larger number names nothing, and SQLite and PostgreSQL both
# fail on it (an overflow, not a miss), so it is refused at the door, in bodies and in paths.
MAX_ID = 2**31 - 1
NOT_BLANK = validate.Regexp(r"\S", error="Must not be blank.")


def record_id(**kwargs) -> fields.Integer:
    """An integer naming a row: 1 to MAX_ID."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


class TeamOut(Schema):
    id = fields.Integer()
    name = fields.String()


class TeamListOut(Schema):
    items = fields.List(fields.Nested(TeamOut))


class PointsOut(Schema):
    week = fields.Integer()
    month = fields.Integer()
    quarter = fields.Integer()
    all_time = fields.Integer()


class LimitQuery(Schema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))


class PersonOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
