"""Leaderboards out."""

from marshmallow import Schema, fields, validate

from server.services.leaderboards import SCOPES


class LeaderboardQuery(Schema):
    scope = fields.String(load_default="company", validate=validate.OneOf(SCOPES))
    limit = fields.Integer(load_default=25, validate=validate.Range(min=1, max=100))


class RankedAdvocateOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    team = fields.String(allow_none=True)


class EntryOut(Schema):
    rank = fields.Integer()
    advocate = fields.Nested(RankedAdvocateOut)
    points = fields.Integer()


class MyRankOut(Schema):
    rank = fields.Integer(allow_none=True)
    points = fields.Integer()


class LeaderboardOut(Schema):
    period = fields.String()
    scope = fields.String()
    period_key = fields.String()
    total_ranked = fields.Integer()
    entries = fields.List(fields.Nested(EntryOut))
    me = fields.Nested(MyRankOut)
