"""Uploaded images, served by their content-hash names with a year's cache lifetime: a name
never changes what it shows."""

from flask import make_response, request

from server.api.blueprint import Blueprint
from server.content import storage
from server.errors import Refused

blp = Blueprint("media", __name__, url_prefix="/media", description="Uploaded images")
IMMUTABLE = "public, max-age=31536000, immutable"


@blp.get("/<string:filename>")
@blp.doc(
    responses={
        "200": {
            "description": "The image (WebP or JPEG)",
            "content": {
                "image/webp": {"schema": {"type": "string", "format": "binary"}},
                "image/jpeg": {"schema": {"type": "string", "format": "binary"}},
            },
        }
    }
)
def image(filename):
    """An uploaded image, by the name its upload answered with."""
    try:
        with storage.current().open(filename) as file:
            data = file.read()  # card images are small; reading them closes the file at once
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        raise Refused(404, "not_found", "There is no image at this address.") from None
    response = make_response(data)
    response.headers["Content-Type"] = storage.content_type(filename)
    response.headers["Cache-Control"] = IMMUTABLE
    response.set_etag(filename.split(".")[0])  # the content's hash
    return response.make_conditional(request)
