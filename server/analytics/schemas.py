"""Analytics in and out."""

from datetime import timedelta

from marshmallow import Schema, ValidationError, fields, validates_schema

from server.schemas.common import record_id

MAX_DAYS = 366


class RangeQuery(Schema):
    # `from` is a Python keyword: the attribute is `start`, the query parameter `from`.
    start = fields.Date(data_key="from", load_default=None, metadata={"description": "First day, inclusive"})
    end = fields.Date(data_key="to", load_default=None, metadata={"description": "Last day, inclusive"})
    team_id = record_id(load_default=None, metadata={"description": "Admins: one team (default all)"})

    @validates_schema
    def _order(self, data, **kwargs):
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise ValidationError("Must be on or after from.", "to")
        if start and end and end - start > timedelta(days=MAX_DAYS):
            raise ValidationError(f"At most {MAX_DAYS} days at a time.", "to")


class TeamQuery(Schema):
    team_id = record_id(load_default=None)


class FiguresOut(Schema):
    shares = fields.Integer()
    clicks = fields.Integer(metadata={"description": "Every click by a person, repeats included"})
    unique_clickers = fields.Integer(metadata={"description": "Distinct visitors per link and day"})
    click_through = fields.Float(metadata={"description": "Clicks per share"})
    emv = fields.Float(metadata={"description": "Estimated earned media value, in `currency`"})


class DayOut(FiguresOut):
    day = fields.Date()


class NetworkOut(FiguresOut):
    network = fields.String()


class ContentFiguresOut(FiguresOut):
    content_id = fields.Integer()
    title = fields.String()


class AdvocateFiguresOut(FiguresOut):
    user_id = fields.Integer()
    display_name = fields.String()
    team = fields.String(allow_none=True)


class TeamFiguresOut(FiguresOut):
    team_id = fields.Integer(allow_none=True)
    name = fields.String()


class OverviewOut(Schema):
    range = fields.Dict(keys=fields.String(), values=fields.Date())
    scope = fields.Dict()
    currency = fields.String()
    totals = fields.Nested(FiguresOut)
    by_day = fields.List(fields.Nested(DayOut))
    by_network = fields.List(fields.Nested(NetworkOut))
    by_content = fields.List(fields.Nested(ContentFiguresOut))
    by_advocate = fields.List(fields.Nested(AdvocateFiguresOut))
    by_team = fields.List(fields.Nested(TeamFiguresOut))
    rows_total = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "Rows each table has; content and advocates list the top 100, the CSV all"},
    )


class QuietOut(Schema):
    user_id = fields.Integer()
    display_name = fields.String()
    team = fields.String(allow_none=True)
    last_active = fields.AwareDateTime(allow_none=True)


class ProgrammeHealthOut(Schema):
    month = fields.String()
    advocates = fields.Integer()
    active_advocates = fields.Integer(metadata={"description": "Shared at least once this month"})
    participation = fields.Float(metadata={"description": "active_advocates / advocates"})
    points_top10_share = fields.Float(
        metadata={"description": "Share of this month's points held by the top 10%"}
    )
    clicks_top10_share = fields.Float(
        metadata={"description": "Share of this month's clicks held by the top 10%"}
    )
    new_advocates = fields.Integer()
    quiet = fields.List(fields.Nested(QuietOut), metadata={"description": "Shared before, not in 30 days"})


class MySums(Schema):
    shares = fields.Integer()
    clicks = fields.Integer()
    unique_clickers = fields.Integer()


class MyAnalyticsOut(Schema):
    month = fields.Nested(MySums)
    all_time = fields.Nested(MySums)
