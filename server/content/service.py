"""Publish, edit and list content; build each advocate's feed."""

from datetime import datetime

from sqlalchemy.exc import IntegrityError

from server import rich_text
from server.content import targeting
from server.errors import Refused
from server.extensions import db
from server.models import Content, ContentRating, Share, User
from server.models.types import utcnow
from server.organisation.service import managed_team_ids
from server.push import notifications


def feed(user: User, now: datetime | None = None) -> list[Content]:
    """Published, unexpired content targeted to the user's team (or to everyone), newest first."""
    now = now or utcnow()
    items = db.session.scalars(
        db.select(Content)
        .filter(Content.status == "published", Content.publish_at <= now)
        .filter((Content.expires_at.is_(None)) | (Content.expires_at > now))
        .order_by(Content.publish_at.desc(), Content.id.desc())
    ).all()
    visible = [item for item in items if item.is_targeted_to(user.team_id)]
    _attach_shared_networks(user.id, visible)
    _attach_ratings(user.id, visible)
    return visible


def _attach_shared_networks(user_id: int, items: list[Content]) -> None:
    rows = db.session.execute(
        db.select(Share.content_id, Share.network)
        .filter(Share.user_id == user_id, Share.content_id.in_([i.id for i in items]))
        .distinct()
    )
    networks: dict[int, set[str]] = {}
    for content_id, network in rows:
        networks.setdefault(content_id, set()).add(network)
    for item in items:
        item.shared_networks = sorted(networks.get(item.id, ()))


def _attach_ratings(user_id: int, items: list[Content]) -> None:
    query = db.select(ContentRating.content_id, ContentRating.value).filter(
        ContentRating.user_id == user_id, ContentRating.content_id.in_([i.id for i in items])
    )
    rated = dict(db.session.execute(query).all())
    for item in items:
        item.my_rating = rated.get(item.id)


def library(user: User) -> list[Content]:
    """Every content item, including drafts and archived ones, for managers and admins."""
    return db.session.scalars(db.select(Content).order_by(Content.created_at.desc())).all()


def get(content_id: int) -> Content:
    content = db.session.get(Content, content_id)
    if content is None:
        raise Refused(404, "not_found", f"Content {content_id} does not exist.")
    return content


def create(author: User, fields: dict) -> Content:
    content = build(author, fields)
    db.session.commit()
    notifications.schedule_announcement(content)
    return content


def build(author: User, fields: dict) -> Content:
    """A new item in the session, published now unless `fields` say otherwise; the caller commits
    and then schedules its announcement."""
    content = Content(created_by_id=author.id, captions={}, summary="")
    _apply(author, content, {"status": "published", "publish_at": utcnow(), **fields})
    db.session.add(content)
    return content


def update(author: User, content_id: int, fields: dict) -> Content:
    content = managed(author, content_id)
    _apply(author, content, fields)
    db.session.commit()
    notifications.schedule_announcement(content)
    return content


def archive(author: User, content_id: int) -> Content:
    """Take content out of every feed while keeping its shares and awards."""
    content = managed(author, content_id)
    content.status = "archived"
    db.session.commit()
    return content


def restore(author: User, content_id: int) -> Content:
    """Bring archived content back as a draft: publishing it again is a separate, deliberate step."""
    content = managed(author, content_id)
    if content.status != "archived":
        raise Refused(409, "conflict", "Only archived content can be restored.")
    content.status = "draft"
    db.session.commit()
    return content


def delete(author: User, content_id: int) -> None:
    """Delete a draft that was never published; anything published is archived instead, so its
    shares, clicks and awards keep the item they name."""
    content = managed(author, content_id)
    if content.status != "draft":
        raise Refused(409, "conflict", "Only drafts can be deleted; archive published content instead.")
    if content.announced_at is not None:
        raise Refused(
            409, "conflict", "This draft was published before, so it may have shares: archive it instead."
        )
    db.session.delete(content)
    try:
        db.session.commit()
    except IntegrityError:
        # Rows name it (opens, ratings, shares): it was seen, so it stays and is archived instead.
        db.session.rollback()
        raise Refused(409, "conflict", "People have already seen this draft: archive it instead.") from None


def duplicate(author: User, content_id: int) -> Content:
    """A new draft by `author` with the item's fields and targets, titled "Copy of …"."""
    original = managed(author, content_id)
    now = utcnow()
    publish_at = max(original.publish_at, now)
    expires_at = original.expires_at if original.expires_at and original.expires_at > publish_at else None
    fields = {
        "title": f"Copy of {original.title}"[:200],
        "url": original.url,
        "summary": original.summary,
        "image_url": original.image_url,
        "captions": dict(original.captions or {}),
        "caption_variants": {k: list(v) for k, v in (original.caption_variants or {}).items()},
        "tags": list(original.tags or []),
        "target_team_ids": original.target_team_ids,
        "status": "draft",
        "publish_at": publish_at,
        "expires_at": expires_at,
    }
    copy = build(author, fields)
    db.session.commit()
    return copy


def managed(person: User, content_id: int) -> Content:
    """The item, if `person` may change it: admins any; managers what they created or what is
    targeted only at teams they manage."""
    content = get(content_id)
    if not may_manage(person, content):
        raise Refused(
            403, "forbidden", "You can change only content you created or that is for teams you manage."
        )
    return content


def may_manage(person: User, content: Content) -> bool:
    teams = managed_team_ids(person)
    if teams is None or content.created_by_id == person.id:
        return True
    return bool(content.target_teams) and set(content.target_team_ids) <= teams


def _apply(author: User, content: Content, fields: dict) -> None:
    fields = dict(fields)
    if "target_team_ids" in fields:
        content.target_teams = targeting.resolve(author, fields.pop("target_team_ids"))
    elif content.id is None and author.role != "admin":
        content.target_teams = targeting.resolve(author, [])
    if "summary" in fields:
        fields["summary"] = rich_text.clean(fields["summary"])
    for name, value in fields.items():
        setattr(content, name, value)
    if content.expires_at and content.expires_at <= content.publish_at:
        message = "The end date must be after the publish date."
        raise Refused(
            422, "validation_error", "Some fields are not valid: expires_at.", {"expires_at": [message]}
        )
