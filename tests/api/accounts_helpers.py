"""Helpers the account tests share: the link a message carried, and a socket of a person."""

import re

LINK = re.compile(r"https?://\S+/#/(invite|reset)/([A-Za-z0-9_-]+)")


def token_from(text: str, route: str) -> str:
    """The token of the last `route` link in `text` (a logged message or an API answer)."""
    found = [token for kind, token in LINK.findall(text) if kind == route]
    assert found, f"no #/{route}/ link in {text!r}"
    return found[-1]
