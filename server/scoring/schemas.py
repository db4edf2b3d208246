"""The advocate's level, streak and badges."""

from marshmallow import Schema, fields


class LevelOut(Schema):
    level = fields.String(allow_none=True)
    next_level = fields.String(allow_none=True)
    points = fields.Integer()
    next_threshold = fields.Integer(allow_none=True)
    progress = fields.Float(metadata={"description": "0 to 1 toward the next level"})


class StreakOut(Schema):
    days = fields.Integer(metadata={"description": "Current streak length in periods (days or weeks)"})
    period = fields.String()
    grace = fields.Integer()


class BadgeProgressOut(Schema):
    id = fields.String()
    name = fields.String()
    criteria = fields.String()
    image = fields.String()
    repeatable = fields.Boolean()
    tier = fields.Integer(metadata={"description": "0 when not earned yet"})
    tier_name = fields.String(allow_none=True)
    value = fields.Integer()
    next_threshold = fields.Integer(allow_none=True)
    progress = fields.Float()
    earned_at = fields.AwareDateTime(allow_none=True)


class ProgressOut(Schema):
    level = fields.Nested(LevelOut)
    streak = fields.Nested(StreakOut)
    badges = fields.List(fields.Nested(BadgeProgressOut))
