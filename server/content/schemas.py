"""Content in and out."""

from datetime import UTC

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server import rich_text
from server.content.models import NETWORKS, RATINGS, SUGGESTION_STATUSES
from server.schemas.common import NOT_BLANK, PersonOut, record_id
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


# Advocates' suggestions and content ratings.


class SuggestionIn(Schema):
    url = fields.String(required=True, validate=[validate.Length(max=2048), HTTP_URL])
    title = fields.String(required=True, validate=[validate.Length(min=1, max=200), NOT_BLANK])
    comment = MultilineText(
        required=True,
        validate=[validate.Length(min=2, max=2000), NOT_BLANK],
        metadata={"description": "In your own words: why colleagues should share it"},
    )


class SuggestionOut(Schema):
    id = fields.Integer()
    url = fields.String()
    title = fields.String()
    comment = fields.String()
    status = fields.String()
    reason = fields.String(allow_none=True)
    content_id = fields.Integer(allow_none=True)
    created_at = fields.AwareDateTime()
    reviewed_at = fields.AwareDateTime(allow_none=True)
    suggester = fields.Nested(PersonOut)


class SuggestionListOut(Schema):
    items = fields.List(fields.Nested(SuggestionOut))


class SuggestionQuery(Schema):
    status = fields.String(load_default="pending", validate=validate.OneOf(SUGGESTION_STATUSES))


class ApproveIn(Schema):
    """Edits to make while approving (load with partial=True); anything left out comes from the
    suggestion."""

    title = ContentIn._declared_fields["title"]
    url = ContentIn._declared_fields["url"]
    summary = ContentIn._declared_fields["summary"]
    captions = ContentIn._declared_fields["captions"]
    tags = ContentIn._declared_fields["tags"]
    target_team_ids = ContentIn._declared_fields["target_team_ids"]


class RejectIn(Schema):
    reason = MultilineText(required=True, validate=[validate.Length(min=3, max=500), NOT_BLANK])


class RatingIn(Schema):
    value = fields.String(required=True, validate=validate.OneOf(RATINGS))


class RatingOut(Schema):
    content_id = fields.Integer()
    value = fields.String()


class TallyOut(Schema):
    content_id = fields.Integer()
    title = fields.String()
    useful = fields.Integer()
    not_for_me = fields.Integer()


class TallyListOut(Schema):
    items = fields.List(fields.Nested(TallyOut))
