"""Login and the signed-in user's profile."""

from marshmallow import Schema, fields, validate

from server.schemas.common import PointsOut, TeamOut


class LoginIn(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=254))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=1024))


class MePatch(Schema):
    """What advocates may change about themselves."""

    public_ranking = fields.Boolean(
        required=True, metadata={"description": "False hides you from everyone else's leaderboards"}
    )


class CsrfOut(Schema):
    csrf_token = fields.String()


class SsoOut(Schema):
    enabled = fields.Boolean(metadata={"description": "True when an OpenID Connect provider is configured"})
    label = fields.String(allow_none=True, metadata={"description": "The sign-in button's text"})
    start_url = fields.String(allow_none=True, metadata={"description": "Where the button navigates"})
    password_login = fields.Boolean(metadata={"description": "False when only single sign-on is allowed"})


class SessionOut(Schema):
    device = fields.String(metadata={"description": "Browser and system, e.g. 'Chrome on Android'"})
    created_at = fields.AwareDateTime(metadata={"description": "When this device signed in"})
    last_seen_at = fields.AwareDateTime(metadata={"description": "Last use, to within five minutes"})
    current = fields.Boolean(metadata={"description": "True for the browser asking"})


class SessionListOut(Schema):
    items = fields.List(fields.Nested(SessionOut))


class SignedOutOut(Schema):
    ended = fields.Integer(metadata={"description": "How many other devices were signed out"})


class DemoLoginOut(Schema):
    seeded = fields.Boolean(metadata={"description": "True when the demo company is here to try"})
    email = fields.String(allow_none=True, metadata={"description": "The demo advocate's email"})
    password = fields.String(allow_none=True, metadata={"description": "The demo password"})


class OrganisationOut(Schema):
    name = fields.String()
    timezone = fields.String()
    ranking = fields.String(metadata={"description": "competition (1, 2, 2, 4) or dense (1, 2, 2, 3)"})


class MeOut(Schema):
    id = fields.Integer()
    email = fields.String()
    display_name = fields.String()
    role = fields.String()
    team = fields.Nested(TeamOut, allow_none=True)
    department = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    public_ranking = fields.Boolean(metadata={"description": "False: hidden from others' leaderboards"})
    points = fields.Nested(PointsOut)
    organisation = fields.Nested(OrganisationOut)


class LedgerItemContent(Schema):
    id = fields.Integer()
    title = fields.String()


class LedgerItemOut(Schema):
    id = fields.Integer()
    points = fields.Integer()
    reason = fields.String(metadata={"description": "Human explanation, e.g. '+5: LinkedIn share bonus'"})
    created_at = fields.AwareDateTime()
    content = fields.Nested(LedgerItemContent, allow_none=True)


class LedgerOut(Schema):
    items = fields.List(fields.Nested(LedgerItemOut))
    points = fields.Nested(PointsOut)
