"""Schemas several resources share."""

from marshmallow import Schema, fields, validate


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
