"""Deleting an account: asking with a password, its state, and the admins' list of pending ones."""

from marshmallow import Schema, fields, validate

from server.schemas.common import TeamOut


class DeletionIn(Schema):
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=1024))


class DeletionOut(Schema):
    requested_at = fields.AwareDateTime(allow_none=True, metadata={"description": "None: not asked"})
    due_at = fields.AwareDateTime(
        allow_none=True, metadata={"description": "When it is carried out unless cancelled first"}
    )


class PendingDeletionOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    email = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    requested_at = fields.AwareDateTime(attribute="deletion_requested_at")
    due_at = fields.AwareDateTime()


class PendingDeletionListOut(Schema):
    items = fields.List(fields.Nested(PendingDeletionOut))
