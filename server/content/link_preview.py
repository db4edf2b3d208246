"""Fill the publishing form from the page it shares: the server fetches the page (public
addresses only, every redirect checked again, with time and size caps) and reads its Open Graph
and Twitter card tags, falling back to <title> and the meta description."""

import codecs
import re
import socket
import time
from typing import NoReturn
from urllib.parse import urljoin, urlsplit

import requests
from flask import current_app

from server.content import page_meta
from server.content.public_only import PrivatePeer, PublicOnly, is_public
from server.errors import Refused

TIMEOUT = 5.0  # seconds, for the whole fetch
MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
HEADERS = {"User-Agent": "AmplifyLinkPreview/1.0", "Accept": "text/html,application/xhtml+xml"}
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def preview(url: str) -> dict:
    """The page's title, summary, image and site name, as the form's fields."""
    final_url, html = fetch(url)
    found = page_meta.read(html)
    meta = found["meta"]
    image = page_meta.first(
        meta, "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"
    )
    return {
        "url": final_url,
        "title": _cut(page_meta.first(meta, "og:title", "twitter:title") or found["title"] or None, 200),
        "summary": _cut(page_meta.first(meta, "og:description", "twitter:description", "description"), 2000),
        "image_url": _absolute(final_url, image),
        "site_name": _cut(page_meta.first(meta, "og:site_name", "application-name") or _host(final_url), 200),
    }


def fetch(url: str) -> tuple[str, str]:
    """The address the page was found at after redirects, and its HTML."""
    deadline = time.monotonic() + TIMEOUT
    with requests.Session() as session:
        session.trust_env = False  # no proxy from the environment: the peer checked is the site
        if not current_app.config.get("LINK_PREVIEW_ALLOW_PRIVATE"):
            session.mount("http://", PublicOnly())
            session.mount("https://", PublicOnly())
        for _ in range(MAX_REDIRECTS + 1):
            check_address(url)
            response = _get(session, url, deadline)
            with response:
                if not response.is_redirect:
                    return url, _html(response, deadline)
                url = urljoin(url, response.headers["Location"])
    unreadable(f"it redirected more than {MAX_REDIRECTS} times")


def check_address(url: str) -> None:
    """Refuse anything but http(s) to a public address, unless LINK_PREVIEW_ALLOW_PRIVATE (tests)."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        unreadable("its address is not an http or https web address")
    if current_app.config.get("LINK_PREVIEW_ALLOW_PRIVATE"):
        return
    try:
        addresses = _resolve(parts.hostname, parts.port or 443)
    except (socket.gaierror, UnicodeError):
        unreadable("there is no such site")
    if not all(is_public(address) for address in addresses):
        unreadable("its address is on a private network")


def _resolve(host: str, port: int) -> list[str]:
    return [info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)]


def _get(session: requests.Session, url: str, deadline: float) -> requests.Response:
    try:
        return session.get(url, stream=True, timeout=_left(deadline), allow_redirects=False, headers=HEADERS)
    except PrivatePeer:
        unreadable("its address is on a private network")
    except requests.Timeout:
        unreadable("it took too long to answer")
    except requests.RequestException:
        unreadable("we could not connect to it")


def _html(response: requests.Response, deadline: float) -> str:
    if response.status_code >= 400:
        unreadable(f"it answered with error {response.status_code}")
    kind = response.headers.get("Content-Type", "text/html").split(";")[0].strip().lower()
    if kind not in ("text/html", "application/xhtml+xml"):
        unreadable("it is not a web page")
    body = bytearray()
    try:
        for chunk in response.iter_content(64 * 1024):
            body += chunk
            if len(body) > MAX_BYTES:
                unreadable("it is larger than 2 MB")
            if time.monotonic() > deadline:
                unreadable("it took too long to answer")
    except requests.RequestException:
        unreadable("it took too long to answer")
    return bytes(body).decode(_encoding(response, bytes(body[:4096])), errors="replace")


def _encoding(response: requests.Response, start: bytes) -> str:
    """The charset the headers declare, else the one the page's <meta> does, else UTF-8."""
    declared = response.encoding if "charset=" in response.headers.get("Content-Type", "").lower() else None
    sniffed = CHARSET.search(start)
    for name in (declared, sniffed.group(1).decode("ascii") if sniffed else None):
        if name and _known(name):
            return name
    return "utf-8"


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        unreadable("it took too long to answer")
    return left


def _absolute(base: str, image: str | None) -> str | None:
    """The image's address, made absolute against the page; only http(s), and short enough to keep."""
    if not image:
        return None
    address = urljoin(base, image)
    return address if urlsplit(address).scheme in SCHEMES and len(address) <= 2048 else None


def _host(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _cut(text: str | None, limit: int) -> str | None:
    return text[:limit] if text else text


def unreadable(reason: str) -> NoReturn:
    message = f"We couldn't read that page ({reason}). Fill in the title and summary yourself."
    raise Refused(422, "validation_error", "Some fields are not valid: url.", {"url": [message]})
