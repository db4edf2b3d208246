"""Serve the built PWA: the app shell, hashed assets, and sw.js at the root scope."""

import mimetypes
import re
from pathlib import Path

from flask import Blueprint, Flask, abort, current_app, request, send_from_directory

blp = Blueprint("web", __name__)
NOT_BUILT = (
    "<!doctype html><title>PWA not built</title>"
    "<p>The app's front end has not been built yet. Run <code>make run</code>, "
    "or <code>npm --prefix pwa run build</code>.</p>"
)


# The last segment has an extension (badges/first-share.svg, app.js.map): a file, not a route.
FILE_NAME = re.compile(r"\.[A-Za-z0-9]{1,16}$")

# Copies written beside the build's text files by pwa/scripts/compress.mjs, best first.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def _dist() -> Path:
    return Path(current_app.config["PWA_DIST"])


def _send(folder: Path, name: str):
    """Send a built file, as its precompressed copy when the browser accepts one."""
    accepted = request.accept_encodings
    for encoding, suffix in ENCODINGS:
        if accepted[encoding] and (folder / (name + suffix)).is_file():
            mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
            response = send_from_directory(folder, name + suffix, mimetype=mimetype)
            response.headers["Content-Encoding"] = encoding
            break
    else:
        response = send_from_directory(folder, name)
    response.vary.add("Accept-Encoding")
    return response


def _shell():
    if not (_dist() / "index.html").exists():
        return NOT_BUILT, 503
    response = _send(_dist(), "index.html")
    # The shell names the current hashed assets, so it must always be revalidated.
    response.headers["Cache-Control"] = "no-cache"
    return response


@blp.get("/")
def index():
    return _shell()


@blp.get("/sw.js")
def service_worker():
    response = _send(_dist(), "sw.js")
    # Browsers must see a new service worker as soon as it is deployed.
    response.headers["Cache-Control"] = "no-cache, no-store, must-revalidate"
    response.headers["Service-Worker-Allowed"] = "/"
    return response


@blp.get("/assets/<path:name>")
def assets(name):
    response = _send(_dist() / "assets", name)
    # File names carry a content hash, so a year-long cache is safe.
    response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@blp.get("/<path:name>")
def public_file(name):
    """Files from pwa/public (manifest, icons); any other path is a client-side route."""
    if name.startswith(("api/", "socket.io")):
        abort(404)
    if (_dist() / name).is_file():
        return _send(_dist(), name)
    if FILE_NAME.search(name):
        # A missing image or script must fail as one: the app page with a 200 in its place broke
        # the badge picture's fallback and cached HTML as an image.
        abort(404, description=f"There is no file /{name}.")
    return _shell()


def init_app(app: Flask) -> None:
    app.register_blueprint(blp)
