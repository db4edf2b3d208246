"""The organisation's branding as the app shows it before anyone signs in: the login screen's
name, logo and colours, the web app manifest (name, theme colour, icons) and icons made from
the logo. Without branding, Amplify's own."""

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

from flask import current_app
from werkzeug.test import Client

from server.models import Organisation
from server.organisation import icons

log = logging.getLogger(__name__)
DEFAULT_NAME = "My organisation"  # what Organisation.current() calls a blank database's
# Amplify's manifest when the PWA is not built; the built one (from pwa/vite.config.js) wins.
AMPLIFY_MANIFEST = {
    "id": "/",
    "name": "Amplify — Employee Advocacy",
    "short_name": "Amplify",
    "start_url": "/",
    "scope": "/",
    "display": "standalone",
    "theme_color": "#4f46e5",
    "background_color": "#f5f6fb",
    "icons": [
        {"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
        {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
        {"src": "/icons/maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ],
}
ICON_NAMES = tuple(icons.ICONS)
SHORT_NAME = 12  # characters a home screen shows under an icon


def current() -> Organisation:
    return Organisation.current()


def manifest() -> dict:
    """Amplify's manifest with the organisation's name, theme colour and icons where it has them."""
    org, answer = Organisation.current(), _amplify_manifest()
    if org.name and org.name != DEFAULT_NAME:
        answer["name"], answer["short_name"] = org.name, _short(org.name)
    if org.brand_colour:
        answer["theme_color"] = org.brand_colour
    if _uploaded(org.logo_url):
        version = _key(org.logo_url)[:12]  # a new logo is a new address, so browsers fetch it
        answer["icons"] = [_icon(name, version) for name in icons.ICONS]
        for shortcut in answer.get("shortcuts", []):
            shortcut["icons"] = [{"src": f"/branding/icon-192.png?v={version}", "sizes": "192x192"}]
    return answer


def icon(name: str) -> Path | None:
    """The icon file made from the uploaded logo (drawn once per logo, then kept in the instance
    folder), or None when there is no uploaded logo or it cannot be read."""
    logo_url = Organisation.current().logo_url
    if name not in icons.ICONS or not _uploaded(logo_url):
        return None
    path = Path(current_app.instance_path) / "branding" / f"{_key(logo_url)}-{name}.png"
    if path.exists():
        return path
    logo = _read(logo_url)
    try:
        drawn = icons.draw(logo, name) if logo else None
    except icons.UnreadableLogo as error:
        log.warning("the logo %s cannot be made into icons: %s", logo_url, error)
        drawn = None
    if drawn is None:
        return None
    _write(path, drawn)
    return path


def amplify_icon(name: str) -> Path | None:
    """Amplify's own icon of that name, from the built PWA (pwa/public/icons)."""
    path = Path(current_app.config["PWA_DIST"]) / "icons" / f"{name}.png"
    return path if name in icons.ICONS and path.is_file() else None


def _amplify_manifest() -> dict:
    built = Path(current_app.config["PWA_DIST"]) / "manifest.webmanifest"
    try:
        return json.loads(built.read_text())
    except (OSError, ValueError):
        return json.loads(json.dumps(AMPLIFY_MANIFEST))  # a copy the caller may change


def _short(name: str) -> str:
    first = name.split()[0] if name.split() else name
    return name if len(name) <= SHORT_NAME else first[:SHORT_NAME]


def _icon(name: str, version: str) -> dict:
    size, _ = icons.ICONS[name]
    entry = {"src": f"/branding/{name}.png?v={version}", "sizes": f"{size}x{size}", "type": "image/png"}
    return {**entry, "purpose": "maskable"} if name.startswith("maskable") else entry


def _uploaded(logo_url: str | None) -> bool:
    """Only an uploaded logo is made into icons: the server never fetches a web address an admin
    typed, which could point anywhere on its own network."""
    return bool(logo_url) and logo_url.startswith("/media/")


def _read(logo_url: str) -> bytes | None:
    """The uploaded logo's bytes, asked of this app the way a browser asks for it, so icons
    depend on the /media/ address and not on where content keeps its files."""
    response = Client(current_app._get_current_object()).get(logo_url)
    try:
        if response.status_code != 200:
            log.warning("the logo %s answered %s", logo_url, response.status_code)
            return None
        data = response.get_data()
        return data if len(data) <= icons.MAX_LOGO_BYTES else None
    finally:
        response.close()


def _key(logo_url: str) -> str:
    return hashlib.sha256(logo_url.encode()).hexdigest()[:32]


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed, so a request in another process never reads half an icon.
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, path)
