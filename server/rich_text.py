"""Rich text in content: what a communications team pastes from its CMS (paragraphs, bold,
italics, links, lists) is kept; everything else (scripts, styles, event handlers, images,
javascript: links) is removed by nh3 (the Ammonia sanitizer). It is cleaned when written and
again when sent, so rows written before this existed are safe too. Everywhere that is not the
content card (notifications, link previews, caption checks) gets plain text instead."""

import html
import re

import nh3

TAGS = {"p", "br", "strong", "b", "em", "i", "u", "a", "ul", "ol", "li", "blockquote"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"https", "http", "mailto"}
LINK_REL = "noopener noreferrer nofollow ugc"


def clean(text: str | None) -> str:
    """The HTML the PWA may show: only the tags above, links opening in a new tab."""
    return nh3.clean(
        text or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=LINK_REL,
        set_tag_attribute_values={"a": {"target": "_blank"}},
    )


def plain(text: str | None) -> str:
    """The words alone, for places that show text: tags dropped, entities decoded."""
    # Block boundaries become spaces, so "end.</p><ul><li>Wool" reads "end. Wool".
    spaced = re.sub(r"<(/?(p|li|ul|ol|blockquote)|br)\b[^>]*>", " ", text or "", flags=re.IGNORECASE)
    return " ".join(html.unescape(nh3.clean(spaced, tags=set())).split())
