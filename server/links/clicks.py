"""A click on a tracked link: where it goes, whether it counts, and its points.

People are sent to the content's own URL (never anywhere else) with the organisation's UTM
parameters. A click counts once per visitor, link and day; crawlers, the advocate's own clicks,
archived content and deactivated advocates' links do not count. Visitors are a salted hash of
address and user agent with a salt that changes every day, so no address is ever stored and
yesterday's visitors cannot be recognised. Every click by a person, repeats included, adds to the
daily rollups that analytics read. Each counted click becomes a `click` event for the
advocate, scored by the rules in a task. Redirects never wait for the database: clicks are
written in batches (links/recorder.py) and content and advocates are cached for a few seconds.
"""

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from flask import current_app
from sqlalchemy.exc import IntegrityError

from gamification import Event
from server import tasks
from server.errors import Refused
from server.extensions import db
from server.links import codes
from server.links.bots import is_bot
from server.links.utm import DEFAULT_UTM, campaign_slug, with_utm
from server.models import NETWORKS, Click, ClickSalt, Content, User
from server.models.types import utcnow
from server.organisation.models import settings
from server.scoring import recording

_salts: dict[date, str] = {}  # today's salt, kept per process
_cache: dict = {}
CACHE_SECONDS = 5.0
SCORE_BATCH = 10


class Target(NamedTuple):
    """What a redirect needs to know about a content item, cached for a few seconds."""

    id: int
    url: str
    title: str
    status: str


@dataclass(frozen=True)
class Followed:
    content_id: int
    destination: str
    counted: bool
    bot: bool


def follow(code: str, address: str, user_agent: str, viewer_id: int | None) -> Followed:
    decoded = codes.decode(code)
    target = _target(decoded[1]) if decoded else None
    if target is None:
        raise Refused(404, "not_found", "This link does not exist.")
    user_id, _, network = decoded
    destination = _destination(target, network, tuple((settings().utm or DEFAULT_UTM).items()))
    if is_bot(user_agent):
        return Followed(target.id, destination, False, bot=True)
    counted = viewer_id != user_id and target.status != "archived" and _active(user_id)
    if counted:
        now = utcnow()
        visitor = hashlib.sha256(f"{_salt(now.date())}|{address}|{user_agent}".encode()).hexdigest()
        current_app.extensions["clicks"].add((user_id, target.id, network, now.date(), visitor), now)
    return Followed(target.id, destination, counted, bot=False)


def card_content(content_id: int) -> Content:
    """The item a link preview (a bot's visit) describes."""
    return db.session.get(Content, content_id)


@tasks.task("score_click")
def score(click_ids: list[int]) -> None:
    """The task: run a flush's counted clicks through the engine, oldest first."""
    # A few clicks per transaction, the boards and advocates told after each: fewer commits and
    # board updates than one per click, without long bursts that hold the interpreter while
    # redirects wait.
    for start in range(0, len(click_ids), SCORE_BATCH):
        _score_batch(click_ids[start : start + SCORE_BATCH])


def _score_batch(click_ids: list[int]) -> None:
    # Scoring locks each advocate's state row until the commit: taken in click order, two batches
    # deadlocked under load (one holding A's and waiting for B's, the other the reverse). In
    # advocate order (each advocate's clicks still oldest first) they queue instead.
    batch = db.session.scalars(
        db.select(Click).filter(Click.id.in_(click_ids)).order_by(Click.user_id, Click.clicked_at, Click.id)
    )
    batch = batch.all()
    # Only the tags: loading whole content items would load their target teams too, one by one.
    contents = {click.content_id for click in batch}
    tags = dict(
        db.session.execute(db.select(Content.id, Content.tags).filter(Content.id.in_(contents))).all()
    )
    scored: list[tuple] = []
    try:
        for click in batch:
            user = db.session.get(User, click.user_id)
            scored.append((user, scored_click(user, click, tags[click.content_id])))
        db.session.commit()
    except IntegrityError:  # scored already (a task run twice): score what is left one by one
        db.session.rollback()
        if len(click_ids) > 1:
            for click_id in click_ids:
                _score_batch([click_id])
        return
    recording.after_commit_many(scored)


def scored_click(user: User, click: Click, tags: list | None):
    """The click's awards, in the session; the caller commits (the task, or the demo seed)."""
    attributes = {
        "content_id": click.content_id,
        "network": click.network,
        "tags": tuple(tags or ()),
        "own": False,
    }
    event = Event(click.event_id, "click", user.id, click.clicked_at, attributes)
    return recording.score_recorded(user, event, content_id=click.content_id)


def _salt(day: date) -> str:
    if day in _salts:
        return _salts[day]
    row = db.session.get(ClickSalt, day)
    if row is None:
        try:
            with db.session.begin_nested():
                row = ClickSalt(day=day, salt=secrets.token_hex(32))
                db.session.add(row)
        except IntegrityError:  # another process made today's salt first
            row = db.session.get(ClickSalt, day)
        # Older salts go: yesterday's visitors become unrecognisable.
        db.session.execute(db.delete(ClickSalt).where(ClickSalt.day < day))
        db.session.commit()
    _salts.clear()
    _salts[day] = row.salt
    return row.salt


def _target(content_id: int) -> Target | None:
    return _cached(("content", content_id), lambda: _load_target(content_id))


def _load_target(content_id: int) -> Target | None:
    row = db.session.execute(
        db.select(Content.id, Content.url, Content.title, Content.status).filter_by(id=content_id)
    ).first()
    return Target(*row) if row else None


def _active(user_id: int) -> bool:
    return _cached(
        ("active", user_id), lambda: bool(db.session.scalar(db.select(User.active).filter_by(id=user_id)))
    )


def _cached(key, load):
    """A few seconds' memory per process: a popular link is clicked many times a second, and an
    edited URL or a deactivation may take that long to show."""
    hit = _cache.get(key)
    if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
        return hit[1]
    value = load()
    if len(_cache) > 10_000:
        _cache.clear()
    _cache[key] = (time.monotonic(), value)
    return value


def forget_cached() -> None:
    _cache.clear()


# Parsing and re-encoding the URL is most of a redirect's own work, and a link's destination
# only changes with its content (a new Target) or the organisation's UTM template.
@lru_cache(maxsize=4096)
def _destination(target: Target, network: str, utm: tuple) -> str:
    values = {"network": network, "content_id": target.id, "campaign": campaign_slug(target.title)}
    return with_utm(target.url, dict(utm), values)


def share_links(user_id: int, content: Content, base_url: str) -> dict[str, str]:
    """The tracked link for each network, as the advocate's share sheet uses them."""
    return {network: f"{base_url}s/{codes.encode(user_id, content.id, network)}" for network in NETWORKS}
