"""People's accounts, invitations and password resets, in and out."""

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from server.accounts.password_rule import new_password_field
from server.models import ROLES
from server.schemas.common import NOT_BLANK, PersonOut, TeamOut, record_id
from server.schemas.text import MultilineText

SORTS = ("name", "email", "team", "role", "created_at")


class AccountOut(Schema):
    id = fields.Integer()
    display_name = fields.String()
    email = fields.String()
    role = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    department = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    manager = fields.Nested(PersonOut, allow_none=True)
    active = fields.Boolean()
    created_at = fields.AwareDateTime()
    invitation_id = fields.Integer(
        allow_none=True,
        metadata={"description": "Their invitation, while they have not yet set up the account"},
    )


class AccountListOut(Schema):
    items = fields.List(fields.Nested(AccountOut))
    total = fields.Integer()
    page = fields.Integer()
    per_page = fields.Integer()


class PeopleQuery(Schema):
    q = fields.String(validate=validate.Length(max=100), metadata={"description": "Part of a name or email"})
    team = fields.Integer(
        validate=validate.Range(min=0, max=2**31 - 1), metadata={"description": "A team's id; 0: no team"}
    )
    role = fields.String(validate=validate.OneOf(ROLES, error="Choose advocate, manager or admin."))
    state = fields.String(
        validate=validate.OneOf(("active", "deactivated"), error="Choose active or deactivated.")
    )
    sort = fields.String(
        validate=validate.OneOf(
            [*SORTS, *(f"-{name}" for name in SORTS)],
            error="Sort by name, email, team, role or created_at (a leading - reverses it).",
        )
    )
    page = fields.Integer(
        load_default=1, validate=validate.Range(min=1, max=100_000, error="Pages start at 1.")
    )
    per_page = fields.Integer(
        load_default=25, validate=validate.Range(min=1, max=100, error="Show 1 to 100 people a page.")
    )


def _place(description: str) -> fields.String:
    return fields.String(
        allow_none=True,
        validate=validate.Length(max=80, error=f"Keep the {description} to 80 characters."),
        metadata={"description": f"The person's {description}; empty or null clears it"},
    )


class AccountPatch(Schema):
    active = fields.Boolean(metadata={"description": "false deactivates, true reactivates"})
    role = fields.String(
        validate=validate.OneOf(ROLES, error="Choose advocate, manager or admin."),
        metadata={"description": "Admins only"},
    )
    team_id = record_id(
        strict=True, allow_none=True, metadata={"description": "Managers: a team they manage"}
    )
    department = _place("department")
    location = _place("location")
    manager_id = record_id(
        strict=True, allow_none=True, metadata={"description": "The person they report to"}
    )

    @validates_schema
    def something(self, data, **kwargs):
        if not data:
            raise ValidationError(
                "Say what to change: active, role, team_id, department, location or manager_id."
            )

    @post_load
    def normalise(self, data, **kwargs):
        for name in ("department", "location"):
            if name in data:
                data[name] = (data[name] or "").strip() or None  # "" and blanks clear it
        return data


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
    link_available = fields.Boolean(
        metadata={"description": "Whether GET /invitations/<id>/link can show the link again"}
    )


class InvitationLinkOut(Schema):
    link = fields.String()
    expires_at = fields.AwareDateTime()


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


class ImportQuery(Schema):
    dry_run = fields.Boolean(
        load_default=False, metadata={"description": "true: every row's outcome, nothing written"}
    )
    create_teams = fields.Boolean(
        load_default=False,
        metadata={"description": "Admins: create the teams the file names that do not exist"},
    )


class ImportIn(Schema):
    csv = MultilineText(
        validate=validate.Length(max=5 * 1024 * 1024),
        metadata={
            "description": "The CSV file's text (or send the file as multipart/form-data, field `file`, "
            "or the body as text/csv)"
        },
    )
    filename = fields.String(validate=validate.Length(max=200), load_default="")


class ImportRowOut(Schema):
    row = fields.Integer(metadata={"description": "The spreadsheet row number (the header is row 1)"})
    email = fields.String()
    outcome = fields.String(metadata={"description": "new, changed, unchanged or error"})
    changes = fields.Dict(keys=fields.String(), values=fields.List(fields.Raw(allow_none=True)))
    errors = fields.Dict(keys=fields.String(), values=fields.String())


class ImportCountsOut(Schema):
    new = fields.Integer()
    changed = fields.Integer()
    unchanged = fields.Integer()
    error = fields.Integer()


class ImportRunOut(Schema):
    id = fields.Integer()
    counts = fields.Nested(ImportCountsOut)
    invitations_total = fields.Integer()
    invitations_sent = fields.Integer()
    created_at = fields.AwareDateTime()
    finished_at = fields.AwareDateTime(
        allow_none=True, metadata={"description": "When the last invitation went out; null while sending"}
    )


class ImportPlanOut(Schema):
    rows = fields.List(fields.Nested(ImportRowOut))
    counts = fields.Nested(ImportCountsOut)
    ignored_columns = fields.List(fields.String())


class ImportOut(ImportPlanOut):
    import_ = fields.Nested(ImportRunOut, data_key="import", attribute="import")
