"""Images uploaded for content cards: decoded with Pillow (the format is what the bytes are, not
what the name says), turned upright, stripped of metadata, resized to the card and thumbnail
sizes and re-encoded as WebP. Anything that is not a whole JPEG, PNG or WebP is refused."""

import io
import warnings

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from server.content.storage import Storage
from server.errors import Refused

MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # about 7,700 x 5,200: past any camera's photo, short of a decompression bomb
FORMATS = ("JPEG", "PNG", "WEBP")
CARD_WIDTH, THUMBNAIL_WIDTH = 1200, 400
QUALITY = 82
SRGB = ImageCms.createProfile("sRGB")

TOO_BIG = "This image is over 8 MB: choose a smaller one or export it at a lower quality."
NOT_AN_IMAGE = "This file is not a JPEG, PNG or WebP image: choose a picture in one of those formats."
DAMAGED = "This image is damaged or incomplete: save it again or choose another."
TOO_MANY_PIXELS = "This image has too many pixels (over 40 megapixels): resize it and upload it again."
MISSING = "Choose an image to upload (JPEG, PNG or WebP, up to 8 MB)."


def upload(data: bytes, storage: Storage) -> dict:
    """Store the card-sized and thumbnail copies of the image in `data`; their addresses and the
    card's size."""
    if not data:
        refuse(MISSING)
    if len(data) > MAX_BYTES:
        refuse(TOO_BIG)
    image = _in_srgb(ImageOps.exif_transpose(decode(data)))  # upright first: EXIF goes with the metadata
    card = _encoded(_fitted(image, CARD_WIDTH))
    thumbnail = _encoded(_fitted(image, THUMBNAIL_WIDTH))
    card_name = storage.save(card.getvalue(), ".webp")
    thumbnail_name = storage.save(thumbnail.getvalue(), ".webp")
    width, height = _fitted_size(image, CARD_WIDTH)
    return {
        "url": f"/media/{card_name}",
        "width": width,
        "height": height,
        "thumbnail_url": f"/media/{thumbnail_name}",
    }


def decode(data: bytes) -> Image.Image:
    """The whole image, decoded; refused unless it is a complete JPEG, PNG or WebP of sane size."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:
                refuse(TOO_MANY_PIXELS)  # known from the header, before any pixel is decoded
            image.load()
    except UnidentifiedImageError:
        refuse(NOT_AN_IMAGE)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        refuse(TOO_MANY_PIXELS)
    except (OSError, SyntaxError, ValueError, EOFError):
        refuse(DAMAGED)
    return image


def refuse(message: str) -> None:
    raise Refused(422, "validation_error", "Some fields are not valid: image.", {"image": [message]})


def _fitted_size(image: Image.Image, width: int) -> tuple[int, int]:
    if image.width <= width:
        return image.width, image.height
    return width, max(1, round(image.height * width / image.width))


def _fitted(image: Image.Image, width: int) -> Image.Image:
    """A copy at most `width` wide, in RGB or RGBA, with no metadata of the original."""
    mode = "RGBA" if _has_alpha(image) else "RGB"
    resized = image.convert(mode).resize(_fitted_size(image, width), Image.Resampling.LANCZOS)
    # Rebuilt from the pixels alone: no EXIF, ICC profile, XMP or text chunks come along.
    return Image.frombytes(mode, resized.size, resized.tobytes())


def _in_srgb(image: Image.Image) -> Image.Image:
    """Colours moved into sRGB by the image's own ICC profile, which is then dropped: a wide-gamut
    phone photo would look dull if its profile were only stripped."""
    profile = image.info.get("icc_profile")
    if not profile:
        return image
    mode = "RGBA" if _has_alpha(image) else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        return ImageCms.profileToProfile(image.convert(mode), source, SRGB, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile: keep the pixels as they are


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _encoded(image: Image.Image) -> io.BytesIO:
    out = io.BytesIO()
    image.save(out, "WEBP", quality=QUALITY, method=4)
    return out
