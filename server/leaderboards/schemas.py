"""Leaderboards in and out."""

from marshmallow import Schema, fields, validate

from server.leaderboards.ranks.boards import SCOPES


class LeaderboardQuery(Schema):
    scope = fields.String(load_default="company", validate=validate.OneOf(SCOPES))
    value = fields.String(
        validate=validate.Length(min=1, max=80),
        metadata={"description": "Admins only: another team id, department or location than their own"},
    )
    window = fields.String(
        validate=validate.Length(min=1, max=64),
        metadata={"description": "The campaign or team challenge id, for those periods"},
    )
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100_000))
    limit = fields.Integer(load_default=25, validate=validate.Range(min=1, max=100))


class TeamBoardQuery(Schema):
    window = fields.String(validate=validate.Length(min=1, max=64))


class RankedAdvocateOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    team = fields.String(allow_none=True)


class EntryOut(Schema):
    rank = fields.Integer()
    advocate = fields.Nested(RankedAdvocateOut)
    points = fields.Integer()


class MyRankOut(Schema):
    rank = fields.Integer(allow_none=True, metadata={"description": "None without points"})
    points = fields.Integer()
    listed = fields.Boolean(metadata={"description": "False when hidden from public ranking"})


class LeaderboardOut(Schema):
    period = fields.String()
    period_key = fields.String(metadata={"description": "2026-W48, 2026-11, 2026-Q4, all, or the window id"})
    scope = fields.String()
    value = fields.String(allow_none=True)
    ranking = fields.String(metadata={"description": "competition (1, 2, 2, 4) or dense (1, 2, 2, 3)"})
    version = fields.Integer(metadata={"description": "Grows with every change to this board"})
    total_ranked = fields.Integer()
    page = fields.Integer()
    pages = fields.Integer()
    entries = fields.List(fields.Nested(EntryOut))
    me = fields.Nested(MyRankOut)
    neighbours = fields.List(
        fields.Nested(EntryOut), metadata={"description": "Up to two above and two below the caller"}
    )


class TeamRefOut(Schema):
    id = fields.Integer()
    name = fields.String()


class TeamEntryOut(Schema):
    rank = fields.Integer()
    team = fields.Nested(TeamRefOut)
    points = fields.Integer()
    members = fields.Integer(metadata={"description": "Active members"})
    per_member = fields.Float(metadata={"description": "Points per active member: the ranking"})


class TeamBoardOut(Schema):
    period = fields.String()
    period_key = fields.String()
    entries = fields.List(fields.Nested(TeamEntryOut))
    my_team_rank = fields.Integer(allow_none=True)


class BoardPeriodOut(Schema):
    period = fields.String()
    label = fields.String()
    window = fields.String(metadata={"description": "The campaign or challenge id, for those periods"})
    starts = fields.AwareDateTime()
    ends = fields.AwareDateTime()


class BoardScopeOut(Schema):
    scope = fields.String()
    label = fields.String()
    value = fields.String(allow_none=True)
    name = fields.String(
        allow_none=True, metadata={"description": "The caller's team, department or location"}
    )


class BoardIndexOut(Schema):
    periods = fields.List(fields.Nested(BoardPeriodOut))
    scopes = fields.List(fields.Nested(BoardScopeOut))
    ranking = fields.String()
    public_ranking = fields.Boolean()


class EndedWindowOut(Schema):
    kind = fields.String(metadata={"description": "campaign or challenge"})
    id = fields.String(metadata={"description": "The window to open its final board with"})
    name = fields.String()
    starts = fields.AwareDateTime()
    ends = fields.AwareDateTime()


class EndedOut(Schema):
    items = fields.List(fields.Nested(EndedWindowOut), metadata={"description": "Newest first, 12 months"})
