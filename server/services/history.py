"""Every event the server has recorded, rebuilt as engine events: what simulation and re-scoring
replay. One place, so both see the same attributes (network, content, tags)."""

from datetime import datetime

from gamification import Event
from server.extensions import db
from server.models import Content, ContentOpen, Share


def recorded_events(until: datetime | None = None) -> list[Event]:
    """Shares and content opens, before `until` when given."""
    return _shares(until) + _opens(until)


def _shares(until: datetime | None) -> list[Event]:
    query = db.select(
        Share.id, Share.user_id, Share.created_at, Share.network, Share.content_id, Content.tags
    ).join(Content, Content.id == Share.content_id)
    if until is not None:
        query = query.filter(Share.created_at < until)
    return [
        Event(f"share:{sid}", "share", uid, at, {"network": net, "content_id": cid, "tags": _tuple(tags)})
        for sid, uid, at, net, cid, tags in db.session.execute(query)
    ]


def _opens(until: datetime | None) -> list[Event]:
    query = db.select(
        ContentOpen.id, ContentOpen.user_id, ContentOpen.opened_at, ContentOpen.content_id, Content.tags
    ).join(Content, Content.id == ContentOpen.content_id)
    if until is not None:
        query = query.filter(ContentOpen.opened_at < until)
    kind = "content_opened"
    return [
        Event(f"{kind}:{oid}", kind, uid, at, {"content_id": cid, "tags": _tuple(tags)})
        for oid, uid, at, cid, tags in db.session.execute(query)
    ]


def _tuple(tags) -> tuple:
    return tuple(tags or ())
