"""Publish, edit and list content; build each advocate's feed."""

from datetime import datetime

from server import rich_text
from server.errors import Refused
from server.extensions import db
from server.models import Content, ContentRating, Share, Team, User
from server.models.types import utcnow
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
    content = get(content_id)
    _check_may_edit(author, content)
    _apply(author, content, fields)
    db.session.commit()
    notifications.schedule_announcement(content)
    return content


def archive(author: User, content_id: int) -> None:
    """Take content out of every feed while keeping its shares and awards."""
    content = get(content_id)
    _check_may_edit(author, content)
    content.status = "archived"
    db.session.commit()


def _apply(author: User, content: Content, fields: dict) -> None:
    fields = dict(fields)
    if "target_team_ids" in fields:
        content.target_teams = _targets(author, fields.pop("target_team_ids"))
    elif content.id is None and author.role == "manager":
        content.target_teams = _targets(author, [])
    if "summary" in fields:
        fields["summary"] = rich_text.clean(fields["summary"])
    for name, value in fields.items():
        setattr(content, name, value)
    if content.expires_at and content.expires_at <= content.publish_at:
        raise Refused(
            422,
            "validation_error",
            "Some fields are not valid: expires_at.",
            {"expires_at": ["Must be after publish_at."]},
        )


def _targets(author: User, team_ids: list[int]) -> list[Team]:
    if author.role == "manager":
        # Managers publish to their own team; leaving targets empty means exactly that.
        if any(team_id != author.team_id for team_id in team_ids) or author.team_id is None:
            raise Refused(
                403,
                "forbidden",
                "Managers can only target their own team.",
                {"target_team_ids": ["Managers can only target their own team."]},
            )
        team_ids = [author.team_id]
    teams = db.session.scalars(db.select(Team).filter(Team.id.in_(team_ids))).all()
    missing = sorted(set(team_ids) - {team.id for team in teams})
    if missing:
        raise Refused(
            422,
            "validation_error",
            "Some fields are not valid: target_team_ids.",
            {"target_team_ids": [f"No team with id {', '.join(map(str, missing))}."]},
        )
    return list(teams)


def _check_may_edit(author: User, content: Content) -> None:
    if author.role != "admin" and content.created_by_id != author.id:
        raise Refused(403, "forbidden", "Managers can only change content they published.")
