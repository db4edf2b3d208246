"""Sharing: each share, what the tracked links brought per day (visitors are hashed daily, so
only counts exist), stories opened and ratings given."""

from server.extensions import db
from server.models import (
    Click,
    Content,
    ContentOpen,
    ContentRating,
    DailyActivity,
    MonthlyAdvocateActivity,
    Share,
)
from server.privacy.registry import exporter, listed


@exporter("shares", Share.user_id)
def shares(user_id: int) -> list[dict]:
    return listed(
        db.select(
            Content.title.label("content_title"),
            Content.url.label("content_url"),
            Share.network,
            Share.created_at.label("shared_at"),
        )
        .join(Content, Content.id == Share.content_id)
        .filter(Share.user_id == user_id)
        .order_by(Share.created_at, Share.id)
    )


# The clicks, the daily rollup and the monthly one are the same figures at three grains; the
# daily rollup outlives the raw clicks (click retention), so it is the one exported.
@exporter("clicks", Click.user_id, DailyActivity.user_id, MonthlyAdvocateActivity.user_id)
def clicks(user_id: int) -> list[dict]:
    return listed(
        db.select(
            DailyActivity.day,
            Content.title.label("content_title"),
            DailyActivity.network,
            DailyActivity.shares,
            DailyActivity.clicks,
            DailyActivity.unique_clickers,
        )
        .join(Content, Content.id == DailyActivity.content_id)
        .filter(DailyActivity.user_id == user_id)
        .order_by(DailyActivity.day, Content.title, DailyActivity.network)
    )


@exporter("content_opened", ContentOpen.user_id)
def opened(user_id: int) -> list[dict]:
    return listed(
        db.select(Content.title.label("content_title"), ContentOpen.opened_at)
        .join(Content, Content.id == ContentOpen.content_id)
        .filter(ContentOpen.user_id == user_id)
        .order_by(ContentOpen.opened_at)
    )


@exporter("ratings", ContentRating.user_id)
def ratings(user_id: int) -> list[dict]:
    return listed(
        db.select(Content.title.label("content_title"), ContentRating.value, ContentRating.rated_at)
        .join(Content, Content.id == ContentRating.content_id)
        .filter(ContentRating.user_id == user_id)
        .order_by(ContentRating.rated_at)
    )
