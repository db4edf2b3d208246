"""Kudos, in and out."""

from marshmallow import Schema, fields, validate

from server.schemas.common import NOT_BLANK, PersonOut, record_id
from server.schemas.text import MultilineText


class KudosIn(Schema):
    receiver_id = record_id(strict=True, required=True)
    message = MultilineText(required=True, validate=[validate.Length(min=2, max=500), NOT_BLANK])
    points = fields.Integer(strict=True, load_default=0, validate=validate.Range(min=0, max=1000))


class KudosOut(Schema):
    id = fields.Integer()
    giver = fields.Nested(PersonOut)
    receiver = fields.Nested(PersonOut)
    message = fields.String()
    points = fields.Integer(metadata={"description": "Asked for; the rules may cap what lands in the ledger"})
    created_at = fields.AwareDateTime()


class KudosListOut(Schema):
    items = fields.List(fields.Nested(KudosOut))


class RecipientOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    team = fields.Function(lambda user: user.team.name if user.team else None)


class RecipientListOut(Schema):
    items = fields.List(fields.Nested(RecipientOut))


class AllowanceOut(Schema):
    cap = fields.Integer()
    given = fields.Integer()
    left = fields.Integer()
