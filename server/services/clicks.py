"""A click on a tracked link: where it goes, whether it counts, and its points.

People are sent to the content's own URL (never anywhere else) with the organisation's UTM
parameters. A click counts once per visitor, link and day; crawlers, the advocate's own clicks,
archived content and deactivated advocates' links do not count. Visitors are a salted hash of
address and user agent with a salt that changes every day, so no address is ever stored and
yesterday's visitors cannot be recognised. Every click by a person, repeats included, adds to the
daily rollups that analytics read. Each counted click becomes a `click` event for the
advocate, scored by the rules in a task, so the redirect never waits for scoring.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from gamification import Event
from server.errors import Refused
from server.extensions import db
from server.links import codes
from server.links.bots import is_bot
from server.links.utm import DEFAULT_UTM, campaign_slug, with_utm
from server.models import NETWORKS, Click, ClickSalt, Content, Organisation, User
from server.models.types import utcnow
from server.services import recording, rollups

_salts: dict[date, str] = {}  # today's salt, kept per process


@dataclass(frozen=True)
class Followed:
    content: Content
    destination: str
    counted: Click | None
    bot: bool


def follow(code: str, address: str, user_agent: str, viewer_id: int | None) -> Followed:
    decoded = codes.decode(code)
    content = db.session.get(Content, decoded[1]) if decoded else None
    if content is None:
        raise Refused(404, "not_found", "This link does not exist.")
    user_id, _, network = decoded
    destination = with_utm(
        content.url, Organisation.current().utm or DEFAULT_UTM, _utm_values(content, network)
    )
    if is_bot(user_agent):
        return Followed(content, destination, None, bot=True)
    counted = None
    if viewer_id != user_id and content.status != "archived" and _active(user_id):
        counted = _count(user_id, content.id, network, address, user_agent)
    return Followed(content, destination, counted, bot=False)


def score(click_id: int) -> None:
    """The task: run a counted click through the engine for the advocate who shared the link."""
    click = db.session.get(Click, click_id)
    user = db.session.get(User, click.user_id) if click else None
    if user is None:
        return
    try:
        scored = scored_click(user, click)
        db.session.commit()
    except IntegrityError:  # scored already (a task run twice): the ledger refused the repeat
        db.session.rollback()
        return
    recording.announce(user, scored)


def scored_click(user: User, click: Click):
    """The click's awards, in the session; the caller commits (the task, or the demo seed)."""
    content = db.session.get(Content, click.content_id)
    attributes = {
        "content_id": content.id,
        "network": click.network,
        "tags": tuple(content.tags or ()),
        "own": False,
    }
    event = Event(click.event_id, "click", user.id, click.clicked_at, attributes)
    return recording.score_recorded(user, event, content_id=content.id)


def _count(user_id: int, content_id: int, network: str, address: str, user_agent: str) -> Click | None:
    """The visitor's first click on this link today, or None for a repeat (counted in the
    rollups' clicks, not as a new visitor or a new event)."""
    now = utcnow()
    visitor = hashlib.sha256(f"{_salt(now.date())}|{address}|{user_agent}".encode()).hexdigest()
    key = {
        "user_id": user_id,
        "content_id": content_id,
        "network": network,
        "day": now.date(),
        "visitor": visitor,
    }
    advocate = db.session.get(User, user_id)
    click = Click(**key, clicked_at=now)
    try:
        with db.session.begin_nested():
            db.session.add(click)
        rollups.add(now, advocate, content_id, network, clicks=1, unique_clickers=1)
    except IntegrityError:  # this visitor already clicked this link today
        db.session.execute(update(Click).filter_by(**key).values(hits=Click.hits + 1))
        rollups.add(now, advocate, content_id, network, clicks=1)
        click = None
    db.session.commit()
    return click


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


def _active(user_id: int) -> bool:
    return bool(db.session.scalar(db.select(User.active).filter_by(id=user_id)))


def _utm_values(content: Content, network: str) -> dict:
    return {"network": network, "content_id": content.id, "campaign": campaign_slug(content.title)}


def share_links(user_id: int, content: Content, base_url: str) -> dict[str, str]:
    """The tracked link for each network, as the advocate's share sheet uses them."""
    return {network: f"{base_url}s/{codes.encode(user_id, content.id, network)}" for network in NETWORKS}
