"""People's accounts, invitations and password resets, in and out."""

from marshmallow import Schema, fields, post_load, validate

from server.accounts.password_rule import new_password_field
from server.models import ROLES
from server.schemas.common import NOT_BLANK, TeamOut, record_id


class AccountOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    email = fields.String()
    role = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    active = fields.Boolean()
    created_at = fields.AwareDateTime()


class AccountListOut(Schema):
    items = fields.List(fields.Nested(AccountOut))


class AccountPatch(Schema):
    active = fields.Boolean(required=True, metadata={"description": "false deactivates, true reactivates"})


class InvitationIn(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    role = fields.String(required=True, validate=validate.OneOf(ROLES))
    team_id = record_id(strict=True, allow_none=True, load_default=None)

    @post_load
    def normalise(self, data, **kwargs):
        return {**data, "email": data["email"].strip().lower()}


class InviterOut(Schema):
    id = fields.Integer()
    display_name = fields.String()


class MailStateOut(Schema):
    status = fields.String(metadata={"description": "queued, retrying, sent or failed"})
    attempts = fields.Integer()
    error = fields.String(allow_none=True, metadata={"description": "Why the last try failed"})
    next_attempt_at = fields.AwareDateTime(allow_none=True)


class InvitationOut(Schema):
    id = fields.Integer()
    email = fields.String()
    role = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    invited_by = fields.Nested(InviterOut, allow_none=True)
    status = fields.String(metadata={"description": "pending or expired"})
    created_at = fields.AwareDateTime()
    sent_at = fields.AwareDateTime()
    expires_at = fields.AwareDateTime()
    emailed = fields.Boolean(metadata={"description": "Whether the link went out by mail just now"})
    link = fields.String(
        allow_none=True,
        metadata={"description": "Only just after sending, and only when it could not be emailed"},
    )
    mail = fields.Nested(
        MailStateOut,
        allow_none=True,
        metadata={"description": "How the latest mail of the link went; null without a mail server"},
    )


class InvitationListOut(Schema):
    items = fields.List(fields.Nested(InvitationOut))


class TokenIn(Schema):
    token = fields.String(required=True, load_only=True, validate=validate.Length(min=20, max=100))


class InvitationPreviewOut(Schema):
    email = fields.String()
    role = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    expires_at = fields.AwareDateTime()


class AcceptIn(TokenIn):
    display_name = fields.String(required=True, validate=[validate.Length(min=1, max=80), NOT_BLANK])
    password = new_password_field()

    @post_load
    def normalise(self, data, **kwargs):
        return {**data, "display_name": data["display_name"].strip()}


class ResetRequestIn(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))

    @post_load
    def normalise(self, data, **kwargs):
        return {"email": data["email"].strip().lower()}


class ResetRequestedOut(Schema):
    message = fields.String()


class ResetPreviewOut(Schema):
    email = fields.String()
    expires_at = fields.AwareDateTime()


class ResetCompleteIn(TokenIn):
    password = new_password_field()


class ResetLinkOut(Schema):
    link = fields.String()
    expires_at = fields.AwareDateTime()
    display_name = fields.String()
