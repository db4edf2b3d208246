"""GET /s/<code>: people are redirected to the content, link-preview crawlers get its card."""

from flask import Blueprint, Response, redirect, request
from flask_login import current_user
from markupsafe import escape

from server import rich_text
from server.api.limits import click_limit
from server.errors import Refused
from server.extensions import limiter
from server.links import clicks

blp = Blueprint("links", __name__)

CARD = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta name="description" content="{summary}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{summary}">
<meta property="og:url" content="{url}">
{image}<meta name="twitter:card" content="{card}">
<meta name="twitter:title" content="{title}">
<meta name="twitter:description" content="{summary}">
<link rel="canonical" href="{url}">
</head><body><p><a href="{url}">{title}</a></p></body></html>
"""
IMAGE = '<meta property="og:image" content="{image}">\n<meta name="twitter:image" content="{image}">\n'
GONE = "<!doctype html><title>Link not found</title><p>This link does not exist.</p>"


@blp.get("/s/<code>")
@limiter.limit(click_limit)
def follow(code: str):
    viewer = current_user.id if current_user.is_authenticated else None
    try:
        followed = clicks.follow(code, request.remote_addr or "", request.user_agent.string, viewer)
    except Refused:
        return Response(GONE, 404, mimetype="text/html")
    if followed.bot:
        return _card(followed)
    response = redirect(followed.destination, 302)
    response.headers["Cache-Control"] = "private, no-store"  # every click must reach us to count
    response.headers["Referrer-Policy"] = "no-referrer"  # the code stays ours
    return response


def _card(followed) -> Response:
    content = clicks.card_content(followed.content_id)
    image = content.image_url or ""
    if image.startswith("/"):
        image = request.host_url.rstrip("/") + image
    values = {
        "title": escape(content.title),
        "summary": escape(rich_text.plain(content.summary)),
        "url": escape(followed.destination),
        "image": IMAGE.format(image=escape(image)) if image else "",
        "card": "summary_large_image" if image else "summary",
    }
    response = Response(CARD.format(**values), 200, mimetype="text/html")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
