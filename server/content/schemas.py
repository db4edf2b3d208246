"""Content in and out."""

from datetime import UTC

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from server import rich_text
from server.content.models import NETWORKS, RATINGS, SUGGESTION_STATUSES
from server.schemas.common import NOT_BLANK, PersonOut, record_id
from server.schemas.text import MultilineText

HTTP_URL = validate.URL(schemes={"http", "https"}, require_tld=False)
# Images may also live on this server (root-relative), like the demo covers and uploads (/media/…).
IMAGE_URL = validate.URL(schemes={"http", "https"}, require_tld=False, relative=True)
ISO_TIME = {"description": "ISO 8601 with an offset; a time without one is taken as UTC"}
MAX_VARIANTS = 5  # suggested captions per network, beyond the first


def _words(field, message: str, **kwargs):
    """A field whose every refusal (missing, empty, wrong type, too long) is `message`."""
    kwargs["error_messages"] = {"required": message, "null": message, "invalid": message}
    return field(**kwargs)


TITLE = "Give the content a title (up to 200 characters)."
URL = "Enter the web address of the page to share, starting with https://"
SUMMARY = "Keep the summary to 2,000 characters."
IMAGE = "Enter the image's web address, starting with https://, or upload an image."
CAPTION = "Keep each caption to 3,000 characters."
NETWORK = (
    "Captions can be for LinkedIn, X, Facebook, WhatsApp or email (linkedin, x, facebook, whatsapp, email)."
)
VARIANTS = f"Suggest up to {MAX_VARIANTS} captions per network, each up to 3,000 characters."
TEAMS = "Choose teams from the list (up to 200)."
TAG = "Tags use 1-40 lowercase letters, digits or '-', such as spring-launch."
TAGS = "Use up to 10 tags."
PUBLISH_AT = "Enter the publish date and time, such as 2026-11-18T09:00:00Z."
EXPIRES_AT = "Enter the end date and time, such as 2026-12-01T09:00:00Z, or leave it empty."
EXPIRY_ORDER = "The end date must be after the publish date."
NOT_BLANK_TITLE = validate.Regexp(r"\S", error=TITLE)
STATUS = "Choose draft to save it, or published to publish it."
CAPTION_TEXT = MultilineText(
    validate=validate.Length(max=3000, error=CAPTION), error_messages={"invalid": CAPTION}
)
NETWORK_KEY = fields.String(validate=validate.OneOf(NETWORKS, error=NETWORK))


class ContentIn(Schema):
    title = _words(
        fields.String,
        TITLE,
        required=True,
        validate=[validate.Length(max=200, error=TITLE), NOT_BLANK_TITLE],
    )
    url = _words(
        fields.String,
        URL,
        required=True,
        validate=[
            validate.Length(max=2048, error=URL),
            validate.URL(schemes={"http", "https"}, require_tld=False, error=URL),
        ],
    )
    summary = _words(
        MultilineText,
        SUMMARY,
        validate=validate.Length(max=2000, error=SUMMARY),
        metadata={
            "description": "Text, or simple HTML (paragraphs, bold, italics, links, lists) that is "
            "kept; anything else (scripts, styles, images, event handlers) is removed"
        },
    )
    image_url = _words(
        fields.String,
        IMAGE,
        allow_none=True,
        validate=[
            validate.Length(max=2048, error=IMAGE),
            validate.URL(schemes={"http", "https"}, require_tld=False, relative=True, error=IMAGE),
        ],
    )
    captions = fields.Dict(keys=NETWORK_KEY, values=CAPTION_TEXT, error_messages={"invalid": CAPTION})
    caption_variants = fields.Dict(
        keys=NETWORK_KEY,
        values=fields.List(
            MultilineText(
                validate=validate.Length(max=3000, error=VARIANTS), error_messages={"invalid": VARIANTS}
            ),
            validate=validate.Length(max=MAX_VARIANTS, error=VARIANTS),
            error_messages={"invalid": VARIANTS},
        ),
        error_messages={"invalid": VARIANTS},
        metadata={"description": f"More suggested captions per network, up to {MAX_VARIANTS} each"},
    )
    target_team_ids = fields.List(
        record_id(strict=True, error_messages={"invalid": TEAMS}),
        validate=validate.Length(max=200, error=TEAMS),
        error_messages={"invalid": TEAMS},
        metadata={"description": "Empty: everyone (admins), or every team the manager manages"},
    )
    tags = fields.List(
        fields.String(
            validate=validate.Regexp(r"^[a-z0-9][a-z0-9-]{0,39}$", error=TAG), error_messages={"invalid": TAG}
        ),
        validate=validate.Length(max=10, error=TAGS),
        error_messages={"invalid": TAGS},
        metadata={"description": "Campaigns and rules can target content by tag"},
    )
    publish_at = _words(fields.AwareDateTime, PUBLISH_AT, default_timezone=UTC, metadata=ISO_TIME)
    expires_at = _words(
        fields.AwareDateTime, EXPIRES_AT, default_timezone=UTC, allow_none=True, metadata=ISO_TIME
    )
    status = _words(fields.String, STATUS, validate=validate.OneOf(("draft", "published"), error=STATUS))

    @validates_schema
    def expiry_after_publish(self, data, **kwargs):
        start, end = data.get("publish_at"), data.get("expires_at")
        if start and end and end <= start:
            raise ValidationError(EXPIRY_ORDER, "expires_at")


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
    caption_variants = fields.Dict(keys=fields.String(), values=fields.List(fields.String()))
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


# The library: every item the caller may manage, by tab, filtered, sorted and paged.

TABS = ("draft", "scheduled", "published", "expired", "archived")
SORTS = ("title", "-title", "publish_at", "-publish_at", "created_at", "-created_at")


class LibraryQuery(Schema):
    tab = fields.String(
        load_default=None, validate=validate.OneOf(TABS, error="Choose a tab: " + ", ".join(TABS) + ".")
    )
    q = fields.String(
        load_default=None,
        validate=validate.Length(max=200, error="Search with up to 200 characters."),
        metadata={"description": "Part of a title or tag, in any case"},
    )
    team = record_id(load_default=None, metadata={"description": "Only content targeted at this team"})
    campaign = fields.String(
        load_default=None,
        validate=validate.Length(max=64, error="Choose a campaign from the list."),
        metadata={"description": "A campaign's id in the rules: content carrying its tags"},
    )
    network = fields.String(
        load_default=None,
        validate=validate.OneOf(NETWORKS, error=NETWORK),
        metadata={"description": "Only content with a caption for this network"},
    )
    author = record_id(load_default=None, metadata={"description": "Only content this person created"})
    sort = fields.String(
        load_default="-publish_at",
        validate=validate.OneOf(SORTS, error="Sort by " + ", ".join(SORTS) + "."),
    )
    page = fields.Integer(
        load_default=1, validate=validate.Range(min=1, max=100_000, error="Pages are numbered from 1.")
    )
    per_page = fields.Integer(
        load_default=25, validate=validate.Range(min=1, max=100, error="Show 1 to 100 items per page.")
    )


class LibraryItemOut(ContentOut):
    author = fields.Nested(PersonOut, allow_none=True, attribute="created_by")
    state = fields.String(metadata={"description": "Which tab the item is in: " + ", ".join(TABS)})


class TabCountsOut(Schema):
    draft = fields.Integer()
    scheduled = fields.Integer()
    published = fields.Integer()
    expired = fields.Integer()
    archived = fields.Integer()


class CampaignChoiceOut(Schema):
    id = fields.String()
    name = fields.String()


class LibraryFiltersOut(Schema):
    campaigns = fields.List(
        fields.Nested(CampaignChoiceOut), metadata={"description": "In the rules in force"}
    )
    authors = fields.List(fields.Nested(PersonOut), metadata={"description": "Who made the items listed"})


class LibraryOut(Schema):
    items = fields.List(fields.Nested(LibraryItemOut))
    total = fields.Integer(metadata={"description": "Items in the tab with these filters"})
    page = fields.Integer()
    per_page = fields.Integer()
    counts = fields.Nested(TabCountsOut, metadata={"description": "Items in each tab with these filters"})
    filters = fields.Nested(LibraryFiltersOut, metadata={"description": "What the filters can choose from"})


# Targeting: whom the caller may publish to, and whom a choice of teams reaches.


class TargetTeamOut(Schema):
    id = fields.Integer()
    name = fields.String()
    people = fields.Integer(metadata={"description": "Active members"})


class TargetsOut(Schema):
    everyone_allowed = fields.Boolean(
        metadata={"description": "Whether leaving every team out means everyone"}
    )
    teams = fields.List(fields.Nested(TargetTeamOut))


class AudienceIn(Schema):
    target_team_ids = ContentIn._declared_fields["target_team_ids"]


class AudienceOut(Schema):
    everyone = fields.Boolean()
    people = fields.Integer(metadata={"description": "Active people who will see the item"})
    teams = fields.List(fields.Nested(TargetTeamOut))


# Filling the form from the page, and images uploaded for the card.


class LinkPreviewIn(Schema):
    url = ContentIn._declared_fields["url"]


class LinkPreviewOut(Schema):
    url = fields.String(metadata={"description": "The page's address after redirects"})
    title = fields.String(allow_none=True)
    summary = fields.String(allow_none=True)
    image_url = fields.String(allow_none=True)
    site_name = fields.String(allow_none=True)


class ImageIn(Schema):
    image = fields.Raw(
        required=True,
        metadata={"type": "string", "format": "binary"},
        error_messages={"required": "Choose an image to upload (JPEG, PNG or WebP, up to 8 MB)."},
    )


class ImageOut(Schema):
    url = fields.String(metadata={"description": "The card-sized image (up to 1200 px wide)"})
    width = fields.Integer()
    height = fields.Integer()
    thumbnail_url = fields.String(metadata={"description": "Up to 400 px wide"})


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
