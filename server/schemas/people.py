"""Kudos, suggestions and content ratings, in and out."""

from marshmallow import Schema, fields, validate

from server.content.models import RATINGS, SUGGESTION_STATUSES
from server.content.schemas import HTTP_URL, ContentIn
from server.schemas.common import NOT_BLANK, record_id
from server.schemas.text import MultilineText


class PersonOut(Schema):
    id = fields.Integer()
    display_name = fields.String()


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
