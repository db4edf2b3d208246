"""Team challenge cards in and out."""

from marshmallow import Schema, fields, validate

from server.schemas.common import record_id

STATES = ("running", "reached", "won", "missed")


class ChallengesQuery(Schema):
    team_id = record_id(metadata={"description": "One team's challenges, among those the caller may see"})


class ChallengeTeamOut(Schema):
    id = fields.Integer()
    name = fields.String()


class ChallengeContributorOut(Schema):
    user_id = fields.Integer()
    display_name = fields.String()
    count = fields.Integer()


class ChallengeOthersOut(Schema):
    people = fields.Integer(metadata={"description": "Contributors past the top ten"})
    count = fields.Integer(metadata={"description": "What they counted together"})


class ChallengeCardOut(Schema):
    id = fields.String()
    name = fields.String()
    team = fields.Nested(ChallengeTeamOut)
    event_type = fields.String()
    event_label = fields.String(metadata={"description": "shares, clicks or content opened"})
    target = fields.Integer()
    count = fields.Integer()
    percent = fields.Integer(metadata={"description": "0 to 100"})
    starts = fields.AwareDateTime()
    ends = fields.AwareDateTime(metadata={"description": "The first moment after the window"})
    days_left = fields.Integer(metadata={"description": "On the organisation's calendar; 0 on the last day"})
    state = fields.String(validate=validate.OneOf(STATES))
    reached_at = fields.AwareDateTime(allow_none=True)
    reward_points = fields.Integer()
    contributors = fields.List(
        fields.Nested(ChallengeContributorOut), metadata={"description": "The top ten, most first"}
    )
    others = fields.Nested(ChallengeOthersOut)
    mine = fields.Integer(allow_none=True, metadata={"description": "The caller's own count"})


class ChallengesOut(Schema):
    running = fields.List(fields.Nested(ChallengeCardOut))
    ended = fields.List(fields.Nested(ChallengeCardOut), metadata={"description": "Newest first, 12 months"})
