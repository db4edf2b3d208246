"""What a web page says about itself in its head: Open Graph and Twitter card meta tags, the
description, and the <title>, read with the standard library's HTML parser."""

from html.parser import HTMLParser


class _Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])  # the first of a repeated tag wins
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)


def read(html: str) -> dict:
    """{"meta": {property or name: content}, "title": the <title> text}: first values win."""
    parser = _Head()
    parser.feed(html)
    parser.close()
    return {"meta": parser.meta, "title": _squashed("".join(parser.title_parts))}


def first(meta: dict, *keys: str) -> str | None:
    """The first of `keys` the page gives a non-blank value for, with its spaces squashed."""
    for key in keys:
        value = _squashed(meta.get(key, ""))
        if value:
            return value
    return None


def _squashed(text: str) -> str:
    return " ".join(text.split())
