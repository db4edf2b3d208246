"""Images uploaded for content cards: checked by decoding them, not by their names; re-encoded
without metadata, turned upright and resized; stored by content hash and served with a year's
cache lifetime. Images are made with Pillow in memory."""

import io
import zlib
from pathlib import Path

import pytest
from PIL import Image
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from server.content import images, storage

UPLOAD = "/api/v1/content/images"


def _picture(kind: str = "JPEG", size=(1600, 900), **save) -> bytes:
    image = Image.new("RGB", size, (200, 40, 40))
    image.paste((20, 60, 200), (0, 0, size[0] // 2, size[1]))  # left half blue: shows which way is up
    out = io.BytesIO()
    image.save(out, kind, **save)
    return out.getvalue()


def _upload(client, data: bytes, filename: str = "photo.jpg", field: str = "image"):
    # Encoded here, in memory: the test client spools a large multipart body to a temporary file
    # that it never closes.
    boundary, body = encode_multipart({field: FileStorage(io.BytesIO(data), filename)})
    return client.post(UPLOAD, data=body, content_type=f"multipart/form-data; boundary={boundary}")


def _served(client, url: str) -> Image.Image:
    response = client.get(url)
    assert response.status_code == 200
    return Image.open(io.BytesIO(response.data))


def _refusal(response) -> str:
    assert response.status_code == 422, response.get_json()
    fields = response.get_json()["error"]["fields"]
    assert list(fields) == ["image"]
    return fields["image"][0]


def _stored(app) -> list[Path]:
    folder = Path(app.instance_path) / "media"
    return sorted(folder.glob("*")) if folder.exists() else []


@pytest.fixture
def media(app):
    """The media folder emptied after the test, like the database."""
    yield
    for path in _stored(app):
        path.unlink()


@pytest.mark.parametrize(("kind", "filename"), [("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp")])
def test_jpeg_png_and_webp_are_stored_at_card_and_thumbnail_size(admin_client, media, kind, filename):
    response = _upload(admin_client, _picture(kind), filename)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (body["width"], body["height"]) == (1200, 675)
    card, thumbnail = _served(admin_client, body["url"]), _served(admin_client, body["thumbnail_url"])
    assert (card.format, card.size) == ("WEBP", (1200, 675))
    assert (thumbnail.format, thumbnail.size) == ("WEBP", (400, 225))


def test_small_images_are_not_enlarged(manager_client, media):
    body = _upload(manager_client, _picture("PNG", (300, 200)), "small.png").get_json()
    assert (body["width"], body["height"]) == (300, 200)
    assert _served(manager_client, body["thumbnail_url"]).size == (300, 200)


def test_the_format_is_what_the_bytes_are_not_the_name(admin_client, media):
    body = _upload(admin_client, _picture("PNG"), "looks-like.jpg").get_json()
    assert body["url"].endswith(".webp")
    message = _refusal(_upload(admin_client, b"just some text, honestly", "photo.jpg"))
    assert message == images.NOT_AN_IMAGE


def test_other_image_formats_are_refused(admin_client, media):
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    assert _refusal(_upload(admin_client, gif.getvalue(), "a.gif")) == images.NOT_AN_IMAGE


def test_metadata_is_stripped_and_the_photo_turned_upright(admin_client, media):
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; show it rotated 90 degrees clockwise
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {2: (51.0, 30.0, 0.0)}  # a GPS position
    photo = _picture("JPEG", (800, 400), exif=exif.tobytes(), icc_profile=b"\0" * 128)
    body = _upload(admin_client, photo).get_json()
    card = _served(admin_client, body["url"])
    assert card.size == (400, 800)  # upright: portrait
    assert (body["width"], body["height"]) == (400, 800)
    assert not card.getexif()
    assert "icc_profile" not in card.info and "exif" not in card.info
    # The blue left half of the landscape is at the top once turned clockwise.
    assert card.convert("RGB").getpixel((200, 100))[2] > 150


def test_colours_are_moved_into_srgb_before_the_profile_is_dropped(admin_client, media):
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    body = _upload(admin_client, _picture("PNG", (100, 100), icc_profile=profile), "p.png").get_json()
    card = _served(admin_client, body["url"])
    assert "icc_profile" not in card.info
    red = card.convert("RGB").getpixel((90, 50))
    assert red[0] > 170 and red[2] < 80  # sRGB into sRGB: the colour is kept


def test_a_truncated_image_is_refused(admin_client, media):
    whole = _picture("JPEG")
    assert _refusal(_upload(admin_client, whole[: len(whole) // 2])) == images.DAMAGED


def test_an_image_over_8_mb_is_refused(admin_client, media):
    data = _picture("PNG")
    data += b"\0" * (images.MAX_BYTES + 1 - len(data))  # still a PNG, one byte too many
    assert _refusal(_upload(admin_client, data, "big.png")) == images.TOO_BIG


def test_a_far_larger_upload_is_refused_before_it_is_read(admin_client, app, media):
    response = _upload(admin_client, b"\0" * (images.MAX_BYTES * 5), "huge.png")
    assert response.status_code == 413
    assert _stored(app) == []


def test_a_decompression_bomb_is_refused_before_it_is_decoded(admin_client, media):
    assert (
        _refusal(_upload(admin_client, _png_header_only(20_000, 20_000), "bomb.png"))
        == images.TOO_MANY_PIXELS
    )


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims to be huge: 400 megapixels of one colour compress to almost nothing."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    rows = zlib.compress(b"\0" * ((width // 8 + 1) * 64))  # a few rows are enough to claim it
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


def test_an_empty_or_missing_file_names_the_field(admin_client, media):
    assert _refusal(_upload(admin_client, b"")) == images.MISSING
    response = _upload(admin_client, _picture(), field="picture")
    assert response.status_code == 422
    assert (
        "picture" in response.get_json()["error"]["fields"]
        or "image" in response.get_json()["error"]["fields"]
    )


def test_the_same_image_twice_is_stored_once(admin_client, app, media):
    first = _upload(admin_client, _picture()).get_json()
    second = _upload(admin_client, _picture()).get_json()
    assert first == second
    assert len(_stored(app)) == 2  # the card and its thumbnail


def test_images_are_served_to_anyone_for_a_year(admin_client, client, media):
    url = _upload(admin_client, _picture()).get_json()["url"]
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/webp"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"


@pytest.mark.parametrize("name", ["0" * 64 + ".webp", "secret_key", "0" * 64 + ".webp.part", "..", "a.webp"])
def test_unknown_names_are_404(client, name):
    assert client.get(f"/media/{name}").status_code == 404


@pytest.mark.parametrize("name", ["..%2Fconfig.py", "..%2F..%2Fserver%2Fconfig.py", "%2E%2E%2Fsecret_key"])
def test_no_path_leads_out_of_the_media_folder(client, name):
    # The media route takes no slash: such a path is not its to answer (the app page, or a 404).
    response = client.get(f"/media/{name}")
    assert not response.headers.get("Content-Type", "").startswith("image/")
    assert b"SECRET_KEY" not in response.data and b"test-secret" not in response.data
    response.close()  # the app page is sent from its file


@pytest.mark.parametrize("name", ["../secret_key", "/etc/passwd", "0" * 64 + ".webp/../../secret_key"])
def test_storage_opens_only_names_it_made(app, name):
    with pytest.raises(FileNotFoundError):
        storage.LocalStorage(Path(app.instance_path) / "media").open(name)


def test_uploads_are_for_managers_and_admins_and_write_nothing_otherwise(advocate_client, client, app, media):
    assert _upload(advocate_client, _picture()).status_code == 403
    assert _upload(client, _picture()).status_code == 401
    assert _stored(app) == []
