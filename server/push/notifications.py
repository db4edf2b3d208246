"""Push notifications: who is told what, and each message's delivery to the end.

New content is announced once, at its publish time, to every device of the advocates it targets
who want content news. Badges and levels notify the advocate's devices. Each message is one row
(`PushMessage`) and one task; delivery honours quiet hours (deferred, never dropped), retries
429, 5xx and timeouts with backoff no sooner than Retry-After, and removes gone subscriptions.
"""

import logging
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import current_app
from huey import crontab
from sqlalchemy import update

from server import rich_text, sent_once, tasks
from server.extensions import db
from server.models import Content, LedgerEntry, Organisation, PushDevice, PushMessage, PushPreference, User
from server.models.types import utcnow
from server.push import batches as push_delivery
from server.push.messages import payload
from server.push.models import DEFAULT_CATEGORIES

log = logging.getLogger(__name__)
FINAL = ("delivered", "removed", "failed", "config_error")
DIGEST_HOUR = 9


def schedule_announcement(content: Content) -> None:
    """After a commit that published content or moved its publish time: announce it then."""
    if content.status == "published" and content.announced_at is None:
        tasks.queue().at(announce, content.publish_at, content.id)


# Catches content whose scheduled announcement was lost (a queue emptied by hand, a publish time
# moved while no worker ran): announcing is idempotent.
@tasks.periodic("announce_due", crontab(minute="*"))
def announce_due() -> int:
    """Announce every published item whose time has come and that was not announced yet."""
    due = db.session.scalars(
        db.select(Content.id).filter(
            Content.status == "published", Content.announced_at.is_(None), Content.publish_at <= utcnow()
        )
    ).all()
    return sum(announce(content_id) for content_id in due)


@tasks.task("announce_content")
def announce(content_id: int) -> int:
    """Queue one message per device of each targeted advocate; returns how many. Only the first
    call for an item after its publish time does anything, however many run at once."""
    now = utcnow()
    claim = db.session.execute(
        update(Content)
        .where(Content.id == content_id, Content.announced_at.is_(None))
        .where(Content.status == "published", Content.publish_at <= now)
        .values(announced_at=now)
    )
    if claim.rowcount != 1:
        db.session.rollback()
        return 0
    content = db.session.get(Content, content_id)
    data = payload(
        content.title,
        rich_text.plain(content.summary) or "New content to share",
        f"/#/feed/{content.id}",
        f"content-{content.id}",
        "content",
    )
    # Ids and teams only: a whole company as ORM objects took seconds before the first push went.
    reachable = db.session.execute(_reachable(db.select(User.id, User.team_id))).all()
    audience = _wanting(
        [user_id for user_id, team_id in reachable if content.is_targeted_to(team_id)], "content"
    )
    topic = f"content-{content.id}"
    return len(push_delivery.create(audience, "content", data, topic=topic, content_id=content.id))


def progress(user_id: int, news: dict) -> int:
    """Tell the advocate's devices about badges earned and a new level."""
    lines = [
        f"Badge earned: {b['name']}" + (f" ({b['tier_name']})" if b.get("tier_name") else "")
        for b in news.get("badges", [])
    ]
    if news.get("level"):
        lines.append(f"Level up: {news['level']}")
    if not lines:
        return 0
    user = db.session.get(User, user_id)
    data = payload(
        lines[0], " · ".join(lines[1:]) or "See your badges and level", "/#/points", "progress", "progress"
    )
    return _send_all(_messages([user], "progress", data, topic=None, content_id=None))


def tell(user_ids, category: str, title: str, body: str, url: str, tag: str, topic: str | None = None) -> int:
    """A message of `category` to these people's devices, for whoever wants that category."""
    users = db.session.scalars(db.select(User).filter(User.id.in_(list(user_ids)), User.active.is_(True)))
    data = payload(title, body, url, tag, category)
    return _send_all(_messages(list(users), category, data, topic=topic, content_id=None))


# Hourly, because 09:00 on Monday comes at a different hour in each advocate's timezone.
@tasks.periodic("weekly_digest", crontab(minute="0"), at_minute=True)
def send_digests(now: datetime | None = None) -> int:
    """The opt-in weekly digest, Mondays at 09:00 in each advocate's timezone: run hourly, it
    sends to whoever's local time is Monday 9 o'clock and has not had this week's."""
    now = now or utcnow()
    sent = 0
    for user in _reachable_users():
        week = _digest_week(user.id, now)
        if not _wants(user.id, "digest") or week is None:
            continue
        # The send's row commits with the messages: a second scheduler or retry finds it taken.
        if not sent_once.claim("digest", user.id, week, now):
            continue
        messages = _messages([user], "digest", _digest(user, now), topic="digest", content_id=None)
        for message in messages:
            message.created_at = now  # the week it belongs to
        sent += _send_all(messages)
    db.session.rollback()  # end the transaction a refused claim opened: it holds SQLite's write lock
    return sent


def _digest_week(user_id: int, now: datetime) -> str | None:
    """The person's ISO week ("2026-W50") when it is Monday 9 o'clock for them, else None."""
    preference = db.session.get(PushPreference, user_id)
    zone = (
        ZoneInfo(preference.timezone) if preference and preference.timezone else Organisation.current().zone
    )
    local = now.astimezone(zone)
    return local.strftime("%G-W%V") if local.isoweekday() == 1 and local.hour == DIGEST_HOUR else None


def _digest(user: User, now: datetime) -> str:
    since = now - timedelta(days=7)
    points = db.session.scalar(
        db.select(db.func.coalesce(db.func.sum(LedgerEntry.points), 0)).filter(
            LedgerEntry.user_id == user.id, LedgerEntry.occurred_at >= since, LedgerEntry.occurred_at < now
        )
    )
    published = db.session.scalars(
        db.select(Content).filter(
            Content.status == "published", Content.publish_at >= since, Content.publish_at < now
        )
    )
    stories = sum(1 for item in published if item.is_targeted_to(user.team_id))
    counted = (
        f"{points} point{'' if points == 1 else 's'}, {stories} new {'story' if stories == 1 else 'stories'}"
    )
    title = f"Your week: {counted}"
    return payload(title, "See what is new to share this week.", "/#/feed", "digest", "digest")


@tasks.task("deliver_message")
def deliver(message_id: int) -> None:
    """Deliver one message now (tasks queued one per message before delivery went by batches)."""
    push_delivery.deliver_batch([message_id])


def _messages(
    users, category: str, data: str, topic: str | None, content_id: int | None
) -> list[PushMessage]:
    wanted = _wanting([u.id for u in users if u is not None], category)
    if not wanted:
        return []
    # Every device, filtered here: an IN list of a whole company's people is past SQLite's limit.
    devices = [
        d for d in db.session.scalars(db.select(PushDevice).order_by(PushDevice.id)) if d.user_id in wanted
    ]
    messages = [
        PushMessage(
            device_id=d.id,
            user_id=d.user_id,
            content_id=content_id,
            category=category,
            payload=data,
            topic=topic,
        )
        for d in devices
    ]
    db.session.add_all(messages)
    return messages


def _send_all(messages: list[PushMessage]) -> int:
    db.session.flush()
    message_ids = [message.id for message in messages]  # read before the commit expires them
    db.session.commit()  # the rows first: a worker may pick a task up at once
    push_delivery.queue_batches(message_ids)
    return len(message_ids)


def _wanting(user_ids: list[int], category: str) -> set[int]:
    """Those of these people who want `category`: every saved choice read in one query."""
    saved = dict(db.session.execute(db.select(PushPreference.user_id, PushPreference.categories)).all())
    default = DEFAULT_CATEGORIES.get(category, False)
    return {i for i in user_ids if (saved.get(i) or DEFAULT_CATEGORIES).get(category, default)}


def _wants(user_id: int, category: str) -> bool:
    preference = db.session.get(PushPreference, user_id)
    categories = preference.categories if preference else DEFAULT_CATEGORIES
    return bool(categories.get(category, DEFAULT_CATEGORIES.get(category, False)))


def _reachable_users() -> list[User]:
    """Active people with at least one device: nobody else can be told anything."""
    return list(db.session.scalars(_reachable(db.select(User))))


def _reachable(query):
    has_device = db.select(PushDevice.id).filter(PushDevice.user_id == User.id).exists()
    return query.filter(User.active.is_(True), has_device)


def _instance() -> Path:
    return Path(current_app.instance_path)
