"""The organisation's branding for everyone, signed in or not: the login screen and the app's
theme read it, and the browser installs the app with its manifest and icons."""

from flask import Response, jsonify, request
from marshmallow import INCLUDE, Schema, fields

from server.api.blueprint import Blueprint
from server.errors import Refused
from server.organisation import branding
from server.organisation.schemas import BrandingOut, branding_of

blp = Blueprint("branding", __name__, description="Branding")


class ManifestOut(Schema):
    """The fields the organisation changes; the rest are Amplify's (pwa/vite.config.js)."""

    class Meta:
        unknown = INCLUDE

    name = fields.String()
    short_name = fields.String()
    theme_color = fields.String()
    icons = fields.List(fields.Dict())


@blp.get("/api/v1/branding")
@blp.response(200, BrandingOut)
def read():
    """The organisation's name, logo and colours (null: Amplify's own)."""
    return branding_of(branding.current())


@blp.get("/manifest.webmanifest")
@blp.response(200, ManifestOut, content_type="application/manifest+json")
def manifest():
    """The web app manifest, with the organisation's name, theme colour and logo icons."""
    response = jsonify(branding.manifest())
    response.mimetype = "application/manifest+json"
    response.headers["Cache-Control"] = "no-cache"  # a new name or logo shows on the next visit
    return response


@blp.get("/branding/<name>.png")
@blp.doc(
    responses={
        "200": {
            "description": "The icon: the logo's, else Amplify's",
            "content": {"image/png": {"schema": {"type": "string", "format": "binary"}}},
        }
    }
)
def icon(name):
    """A home-screen icon (icon-192, icon-512 or maskable-512) made from the organisation's
    uploaded logo; Amplify's own while there is none or it cannot be read."""
    path = branding.icon(name) or branding.amplify_icon(name)
    if path is None:
        raise Refused(404, "not_found", f"There is no icon called {name}; try icon-192 or icon-512.")
    # Read whole (icons are a few kB), so no open file outlives a response nobody reads to the end.
    response = Response(path.read_bytes(), mimetype="image/png")
    response.add_etag()
    response.cache_control.public, response.cache_control.max_age = True, 3600
    return response.make_conditional(request)
