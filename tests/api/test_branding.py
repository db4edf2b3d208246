"""Branding reaches everyone, signed in or not: the login screen's name, logo and colours, the
manifest the app installs with, and home-screen icons drawn from an uploaded logo."""

import io

import pytest
from PIL import Image

from server.models import Organisation

MANIFEST = "/manifest.webmanifest"


def _png(colour="#1f5fbf", size=(300, 120)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def _upload_logo(admin_client) -> str:
    upload = admin_client.post(
        "/api/v1/content/images",
        data={"image": (io.BytesIO(_png()), "logo.png")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 201, upload.get_json()
    return upload.get_json()["url"]


def test_anyone_reads_amplifys_branding_until_an_admin_sets_theirs(client, admin_client):
    assert client.get("/api/v1/branding").get_json() == {
        "name": "My organisation",
        "logo_url": None,
        "brand_colour": None,
        "accent_colour": None,
    }
    change = {"name": "Northwind", "brand_colour": "#1f5fbf", "accent_colour": "#0f766e"}
    assert admin_client.patch("/api/v1/organisation", json=change).status_code == 200
    body = client.get("/api/v1/branding").get_json()
    assert body == {**change, "logo_url": None}


def test_the_manifest_is_amplifys_until_the_organisation_is_named_and_coloured(client, admin_client):
    manifest = client.get(MANIFEST)
    assert manifest.status_code == 200 and manifest.mimetype == "application/manifest+json"
    assert "no-cache" in manifest.headers["Cache-Control"]
    body = manifest.get_json()
    assert body["short_name"] == "Amplify" and body["start_url"] == "/"
    assert {icon["src"] for icon in body["icons"]} >= {"/icons/icon-192.png", "/icons/icon-512.png"}
    admin_client.patch("/api/v1/organisation", json={"name": "Northwind Traders", "brand_colour": "#1f5fbf"})
    body = client.get(MANIFEST).get_json()
    assert (body["name"], body["short_name"], body["theme_color"]) == (
        "Northwind Traders",
        "Northwind",
        "#1f5fbf",
    )
    assert body["display"] == "standalone" and body["start_url"] == "/"  # the rest stays Amplify's


def _same_file(client, branded: str, amplifys: str) -> bool:
    with client.get(branded) as ours, client.get(amplifys) as theirs:
        assert ours.status_code == 200 and ours.mimetype == "image/png"
        return ours.data == theirs.data


def test_without_an_uploaded_logo_the_icons_are_amplifys(client, admin_client):
    assert _same_file(client, "/branding/icon-192.png", "/icons/icon-192.png")
    # A logo given by web address is shown in the app, but the server does not fetch it.
    admin_client.patch("/api/v1/organisation", json={"logo_url": "https://cdn.example.test/logo.png"})
    assert _same_file(client, "/branding/maskable-512.png", "/icons/maskable-512.png")
    assert client.get("/branding/favicon.png").status_code == 404


def test_an_uploaded_logo_becomes_the_apps_icons(app, client, admin_client):
    logo = _upload_logo(admin_client)
    assert admin_client.patch("/api/v1/organisation", json={"logo_url": logo}).status_code == 200
    icons = {
        icon["sizes"] + icon.get("purpose", ""): icon["src"]
        for icon in client.get(MANIFEST).get_json()["icons"]
    }
    assert set(icons) == {"192x192", "512x512", "512x512maskable"}
    for src, size in ((icons["192x192"], 192), (icons["512x512"], 512), (icons["512x512maskable"], 512)):
        answer = client.get(src)
        assert answer.status_code == 200 and answer.mimetype == "image/png", src
        drawn = Image.open(io.BytesIO(answer.data))
        assert drawn.size == (size, size)
        centre = drawn.convert("RGB").getpixel((size // 2, size // 2))
        assert all(abs(a - b) <= 4 for a, b in zip(centre, (31, 95, 191), strict=True))  # the logo, centred
        assert drawn.convert("RGB").getpixel((1, 1)) == (255, 255, 255)  # on white
        answer.close()


def test_a_new_logo_gets_new_icon_addresses(client, admin_client):
    admin_client.patch("/api/v1/organisation", json={"logo_url": _upload_logo(admin_client)})
    first = client.get(MANIFEST).get_json()["icons"][0]["src"]
    upload = admin_client.post(
        "/api/v1/content/images",
        data={"image": (io.BytesIO(_png("#0f766e")), "other.png")},
        content_type="multipart/form-data",
    )
    admin_client.patch("/api/v1/organisation", json={"logo_url": upload.get_json()["url"]})
    assert client.get(MANIFEST).get_json()["icons"][0]["src"] != first


def test_a_missing_uploaded_logo_falls_back_to_amplifys_icons(client, admin_client):
    admin_client.patch("/api/v1/organisation", json={"logo_url": "/media/" + "0" * 64 + ".webp"})
    assert _same_file(client, "/branding/icon-192.png", "/icons/icon-192.png")


@pytest.mark.parametrize("path", ["/api/v1/branding", MANIFEST])
def test_branding_needs_no_sign_in_and_changes_nothing(client, path, db):
    assert client.get(path).status_code == 200
    assert Organisation.current().logo_url is None


def test_a_browser_that_has_the_icon_is_told_it_has_not_changed(client, db):
    first = client.get("/branding/icon-512.png")
    assert first.headers["ETag"] and "max-age=3600" in first.headers["Cache-Control"]
    again = client.get("/branding/icon-512.png", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
