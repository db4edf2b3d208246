"""Directory tokens as admins see and make them."""

from marshmallow import Schema, fields, validate

NAME_RULE = "Name the directory this token is for, such as Entra ID or Okta (up to 80 characters)."


class DirectoryTokenIn(Schema):
    name = fields.String(
        required=True,
        validate=[validate.Length(min=1, max=80, error=NAME_RULE), validate.Regexp(r"\S", error=NAME_RULE)],
        error_messages={"required": NAME_RULE},
    )


class DirectoryTokenOut(Schema):
    id = fields.Integer()
    name = fields.String()
    created_at = fields.DateTime()
    last_used_at = fields.DateTime(allow_none=True)
    revoked_at = fields.DateTime(allow_none=True)
    created_by = fields.Function(lambda token: token.created_by.display_name if token.created_by else None)


class DirectoryTokenListOut(Schema):
    scim_url = fields.String(metadata={"description": "The SCIM base URL a directory is given"})
    items = fields.List(fields.Nested(DirectoryTokenOut))


class DirectoryTokenMadeOut(DirectoryTokenOut):
    token = fields.String(metadata={"description": "The secret, shown this once: it is never stored"})
