"""Every event the server has recorded (shares, content opens, counted clicks), rebuilt as engine
events: what simulation and re-scoring replay. One place, so both see the same attributes."""

from datetime import datetime

from gamification import Event
from server.extensions import db
from server.models import Click, Content, ContentOpen, Share


def recorded_events(until: datetime | None = None) -> list[Event]:
    """Shares, content opens and counted clicks, before `until` when given."""
    return _shares(until) + _opens(until) + _clicks(until)


def _shares(until: datetime | None) -> list[Event]:
    query = db.select(
        Share.id,
        Share.user_id,
        Share.created_at,
        Share.network,
        Share.content_id,
        Content.tags,
        Share.caption_edited,
    ).join(Content, Content.id == Share.content_id)
    if until is not None:
        query = query.filter(Share.created_at < until)
    return [
        Event(
            f"share:{sid}",
            "share",
            uid,
            at,
            {"network": net, "content_id": cid, "tags": _tuple(tags), "caption_edited": bool(edited)},
        )
        for sid, uid, at, net, cid, tags, edited in db.session.execute(query)
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


def _clicks(until: datetime | None) -> list[Event]:
    query = db.select(
        Click.id, Click.user_id, Click.clicked_at, Click.network, Click.content_id, Content.tags
    ).join(Content, Content.id == Click.content_id)
    if until is not None:
        query = query.filter(Click.clicked_at < until)
    return [
        Event(
            f"click:{cid}",
            "click",
            uid,
            at,
            {"content_id": item, "network": net, "tags": _tuple(tags), "own": False},
        )
        for cid, uid, at, net, item, tags in db.session.execute(query)
    ]


def _tuple(tags) -> tuple:
    return tuple(tags or ())
