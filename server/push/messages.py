"""What a notification says, and how the push service should treat it, per category."""

import json
from dataclasses import dataclass

# Plaintext limit for one push message: 4,096 bytes of record minus aes128gcm overhead.
MAX_PLAINTEXT = 3993
MAX_TITLE = 200  # characters: a content title's own limit; phones show far fewer
ICON, BADGE = "/icons/icon-192.png", "/icons/badge-72.png"


@dataclass(frozen=True)
class Delivery:
    ttl: int  # seconds the push service keeps it for an offline device
    urgency: str  # very-low | low | normal | high: how hard the phone should wake for it


DELIVERY = {
    "content": Delivery(ttl=24 * 3600, urgency="normal"),
    "prizes": Delivery(ttl=7 * 24 * 3600, urgency="high"),
    "progress": Delivery(ttl=24 * 3600, urgency="low"),
    "digest": Delivery(ttl=3 * 24 * 3600, urgency="very-low"),
}


def payload(title: str, body: str, url: str, tag: str, category: str) -> str:
    """The JSON the service worker shows, shortened to fit by whole characters, so the JSON always
    stays valid: the title to one line's worth, then the body to whatever room is left."""
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    message = {"title": title, "body": body, "icon": ICON, "badge": BADGE, "url": url, "tag": tag}
    message["category"] = category
    if _size(message) > MAX_PLAINTEXT:
        message["body"] = _longest_fitting(message, body)
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def _size(message: dict) -> int:
    return len(json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode())


def _longest_fitting(message: dict, body: str) -> str:
    """The longest prefix of `body`, plus an ellipsis, that keeps the message within the limit:
    a binary search, since characters and JSON escapes take different numbers of bytes."""
    low, high = 0, len(body)
    while low < high:
        middle = (low + high + 1) // 2
        if _size({**message, "body": body[:middle].rstrip() + "…"}) <= MAX_PLAINTEXT:
            low = middle
        else:
            high = middle - 1
    return body[:low].rstrip() + "…" if low else ""
