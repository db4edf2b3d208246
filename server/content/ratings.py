"""Content ratings: each person says an item was useful or not for them; admins and managers
see per item how it landed."""

from sqlalchemy import case, func

from server.extensions import db
from server.models import Content, ContentRating, User
from server.models.types import utcnow
from server.sharing.service import shareable


def rate(user: User, content_id: int, value: str) -> ContentRating:
    shareable(user, content_id, utcnow(), action="rated")  # only what the advocate can see
    rating = db.session.scalar(db.select(ContentRating).filter_by(user_id=user.id, content_id=content_id))
    if rating is None:
        rating = ContentRating(user_id=user.id, content_id=content_id, value=value)
        db.session.add(rating)
    rating.value = value
    db.session.commit()
    return rating


def clear(user: User, content_id: int) -> None:
    rating = db.session.scalar(db.select(ContentRating).filter_by(user_id=user.id, content_id=content_id))
    if rating is not None:
        db.session.delete(rating)
        db.session.commit()


def tally() -> list[dict]:
    """Per rated item: how many found it useful and how many not for them, most rated first."""
    useful = func.sum(case((ContentRating.value == "useful", 1), else_=0))
    not_for_me = func.sum(case((ContentRating.value == "not_for_me", 1), else_=0))
    query = (
        db.select(Content.id, Content.title, useful, not_for_me)
        .join(ContentRating, ContentRating.content_id == Content.id)
        .group_by(Content.id, Content.title)
        .order_by((useful + not_for_me).desc(), Content.id)
    )
    return [
        {"content_id": cid, "title": title, "useful": int(u), "not_for_me": int(n)}
        for cid, title, u, n in db.session.execute(query)
    ]
