"""Home-screen icons drawn from the organisation's logo with Pillow: the logo centred on white,
with room around it, and for the maskable icon inside the safe circle Android crops to."""

import io

from PIL import Image, ImageOps, UnidentifiedImageError

# name -> (size in pixels, share of the side the logo may fill)
ICONS = {"icon-192": (192, 0.84), "icon-512": (512, 0.84), "maskable-512": (512, 0.6)}
MAX_LOGO_BYTES = 10 * 1024 * 1024


class UnreadableLogo(Exception):
    """The logo is not an image Pillow can decode."""


def draw(logo: bytes, name: str) -> bytes:
    """The PNG icon `name` (a key of ICONS) made from the logo's bytes."""
    size, share = ICONS[name]
    try:
        with Image.open(io.BytesIO(logo)) as image:
            image.load()  # decoding, not the file name, says whether it is an image
            art = ImageOps.contain(
                image.convert("RGBA"), (round(size * share),) * 2, Image.Resampling.LANCZOS
            )
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise UnreadableLogo(str(error)) from error
    canvas = Image.new("RGBA", (size, size), "white")
    canvas.alpha_composite(art, ((size - art.width) // 2, (size - art.height) // 2))
    out = io.BytesIO()
    canvas.convert("RGB").save(out, "PNG", optimize=True)
    return out.getvalue()
