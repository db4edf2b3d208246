"""Content in and out."""

from datetime import UTC

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server import rich_text
from server.content.models import NETWORKS
from server.schemas.common import record_id
from server.schemas.text import MultilineText

HTTP_URL = validate.URL(schemes={"http", "https"}, require_tld=False)
# Images may also live on this server (root-relative), like the demo covers.
IMAGE_URL = validate.URL(schemes={"http", "https"}, require_tld=False, relative=True)
ISO_TIME = {"description": "ISO 8601 with an offset; a time without one is taken as UTC"}


class ContentIn(Schema):
    title = fields.String(required=True, validate=validate.Length(min=1, max=200))
    url = fields.String(required=True, validate=[validate.Length(max=2048), HTTP_URL])
    summary = MultilineText(
        validate=validate.Length(max=2000),
        metadata={
            "description": "Text, or simple HTML (paragraphs, bold, italics, links, lists) that is "
            "kept; anything else (scripts, styles, images, event handlers) is removed"
        },
    )
    image_url = fields.String(allow_none=True, validate=[validate.Length(max=2048), IMAGE_URL])
    captions = fields.Dict(
        keys=fields.String(validate=validate.OneOf(NETWORKS)),
        values=MultilineText(validate=validate.Length(max=3000)),
    )
    target_team_ids = fields.List(record_id(strict=True), validate=validate.Length(max=200))
    tags = fields.List(
        fields.String(
            validate=validate.Regexp(
                r"^[a-z0-9][a-z0-9-]{0,39}$", error="Use 1-40 lowercase letters, digits or '-'."
            )
        ),
        validate=validate.Length(max=10),
        metadata={"description": "Campaigns and rules can target content by tag"},
    )
    publish_at = fields.AwareDateTime(default_timezone=UTC, metadata=ISO_TIME)
    expires_at = fields.AwareDateTime(default_timezone=UTC, allow_none=True, metadata=ISO_TIME)
    status = fields.String(validate=validate.OneOf(("draft", "published")))

    @validates_schema
    def expiry_after_publish(self, data, **kwargs):
        start, end = data.get("publish_at"), data.get("expires_at")
        if start and end and end <= start:
            raise ValidationError("Must be after publish_at.", "expires_at")


class ContentPatchIn(ContentIn):
    """The same fields as ContentIn, every one optional: load it with partial=True."""


class ContentOut(Schema):
    id = fields.Integer()
    title = fields.String()
    url = fields.String()
    summary = fields.Function(
        lambda content: rich_text.plain(content.summary), metadata={"description": "Plain text"}
    )
    summary_html = fields.Function(
        lambda content: rich_text.clean(content.summary),
        metadata={"description": "The summary's simple HTML, sanitized: safe to show as HTML"},
    )
    image_url = fields.String(allow_none=True)
    captions = fields.Dict(keys=fields.String(), values=fields.String())
    status = fields.String()
    publish_at = fields.AwareDateTime()
    expires_at = fields.AwareDateTime(allow_none=True)
    target_team_ids = fields.List(fields.Integer())
    tags = fields.List(fields.String())
    shared_networks = fields.List(
        fields.String(), metadata={"description": "Networks the caller already shared this on"}
    )
    my_rating = fields.String(
        allow_none=True, metadata={"description": "Feed only: the caller's rating, useful or not_for_me"}
    )
    share_links = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        allow_none=True,
        metadata={"description": "Feed only: the caller's tracked link (/s/<code>) per network"},
    )


class ContentListOut(Schema):
    items = fields.List(fields.Nested(ContentOut))
