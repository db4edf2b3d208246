"""Uploaded images, served by their content-hash names with a year's cache lifetime: a name
never changes what it shows."""

from flask import send_file

from server.api.blueprint import Blueprint
from server.content import storage
from server.errors import Refused

blp = Blueprint("media", __name__, url_prefix="/media", description="Uploaded images")
IMMUTABLE = "public, max-age=31536000, immutable"


@blp.get("/<string:name>")
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
def image(name):
    """An uploaded image, by the name its upload answered with."""
    try:
        file = storage.current().open(name)
    except (FileNotFoundError, NotADirectoryError):
        raise Refused(404, "not_found", "There is no image at this address.") from None
    response = send_file(file, mimetype=storage.content_type(name), max_age=31536000, conditional=True)
    response.headers["Cache-Control"] = IMMUTABLE
    return response
