"""Filling the publishing form: a link's preview from its page, and images uploaded for the card."""

from flask import request

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.content import images, link_preview, storage
from server.content.schemas import ImageIn, ImageOut, LinkPreviewIn, LinkPreviewOut

blp = Blueprint("content_form", __name__, url_prefix="/api/v1/content", description="Content form")
EDITORS = ("manager", "admin")
# Bodies up to this reach the view, which refuses a file over 8 MB in words; Werkzeug spools
# the file to disk, and the view reads no more than 8 MB of it.
UPLOAD_LIMIT = 4 * images.MAX_BYTES


@blp.post("/link-preview")
@role_required(*EDITORS)
@blp.arguments(LinkPreviewIn)
@blp.response(200, LinkPreviewOut)
def preview(fields):
    """The page's title, summary, image and site name, from its Open Graph and Twitter card tags
    (else its <title> and description). A page that cannot be read is a 422 on `url` saying why."""
    return link_preview.preview(fields["url"])


@blp.post("/images")
@role_required(*EDITORS)
@blp.arguments(ImageIn, location="files")
@blp.response(201, ImageOut)
def upload(files):
    """Upload a JPEG, PNG or WebP image (up to 8 MB) for a card: it is re-encoded without its
    metadata, turned upright, and stored at card size (1200 px wide at most) and as a 400 px
    thumbnail, served from /media with a year's cache lifetime."""
    data = files["image"].stream.read(images.MAX_BYTES + 1)
    return images.upload(data, storage.current())


upload.upload_limit = UPLOAD_LIMIT  # server/api/bodies.py lets a multipart body this large through


@blp.url_value_preprocessor
def _larger_body_for_uploads(endpoint, values):
    # Runs before CSRF reads the form, which would otherwise refuse anything over the JSON limit.
    if endpoint == f"{blp.name}.upload":
        request.max_content_length = UPLOAD_LIMIT
