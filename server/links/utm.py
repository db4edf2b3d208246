"""UTM parameters added to a content item's own URL, keeping its query string and fragment."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_UTM = {"utm_source": "{network}", "utm_medium": "employee-advocacy", "utm_campaign": "{campaign}"}
PLACEHOLDERS = ("network", "content_id", "campaign")


def campaign_slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "content"


def with_utm(url: str, template: dict, values: dict) -> str:
    """`url` with each UTM parameter of `template` (placeholders filled from `values`) added,
    unless the URL already sets it: an admin's own UTM wins."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    present = {key for key, _ in query}
    added = [(key, value.format(**values)) for key, value in template.items() if key not in present and value]
    return urlunsplit(parts._replace(query=urlencode(query + added)))
