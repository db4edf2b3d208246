"""The content library: every item a person may manage, in tabs (draft, scheduled, published,
expired, archived), searched, filtered, sorted and paged by the database."""

import json
from datetime import datetime

from sqlalchemy import String, and_, case, cast, func, or_
from sqlalchemy.orm import selectinload

from server.content.models import content_targets
from server.errors import Refused
from server.extensions import db
from server.models import Content, User
from server.models.types import utcnow
from server.organisation.service import managed_team_ids
from server.rules.rulebook import active_rule_set

TABS = ("draft", "scheduled", "published", "expired", "archived")
SORTS = {
    "title": func.lower(Content.title),
    "publish_at": Content.publish_at,
    "created_at": Content.created_at,
}


def page(person: User, query: dict, now: datetime | None = None) -> dict:
    """One page of the tab `query` asks for, with every tab's count under the same filters."""
    now = now or utcnow()
    state = _state(now)
    conditions = _visible(person) + _filters(query)
    # Grouped on a subquery's column: PostgreSQL cannot match a CASE with bound parameters in
    # SELECT to the same CASE in GROUP BY.
    states = db.select(state.label("state")).filter(*conditions).subquery()
    counted = db.session.execute(db.select(states.c.state, func.count()).group_by(states.c.state)).all()
    counts = {tab: 0 for tab in TABS} | dict(counted)
    tab = query.get("tab")
    if tab:
        conditions.append(state == tab)
    per_page, number = query.get("per_page", 25), query.get("page", 1)
    items = db.session.scalars(
        db.select(Content)
        .options(selectinload(Content.created_by))
        .filter(*conditions)
        .order_by(*_order(query.get("sort") or "-publish_at"))
        .limit(per_page)
        .offset((number - 1) * per_page)
    ).all()
    for item in items:
        item.state = state_of(item, now)
    total = counts[tab] if tab else sum(counts.values())
    return {
        "items": items,
        "total": total,
        "page": number,
        "per_page": per_page,
        "counts": counts,
        "filters": filters(person),
    }


def filters(person: User) -> dict:
    """What the Campaign and Author filters offer: the campaigns in the rules in force, and the
    people who made the items `person` may manage."""
    authors = db.session.execute(
        db.select(User.id, User.display_name)
        .filter(User.id.in_(db.select(Content.created_by_id).filter(*_visible(person))))
        .order_by(User.display_name, User.id)
    ).all()
    return {
        "campaigns": [{"id": c.id, "name": c.name} for c in active_rule_set().campaigns],
        "authors": [{"id": row.id, "display_name": row.display_name} for row in authors],
    }


def state_of(content: Content, now: datetime) -> str:
    """Which tab the item is in at `now` (the same rule as `_state`, in Python)."""
    if content.status in ("draft", "archived"):
        return content.status
    if content.publish_at > now:
        return "scheduled"
    if content.expires_at is not None and content.expires_at <= now:
        return "expired"
    return "published"


def _state(now: datetime):
    return case(
        (Content.status == "draft", "draft"),
        (Content.status == "archived", "archived"),
        (Content.publish_at > now, "scheduled"),
        (and_(Content.expires_at.is_not(None), Content.expires_at <= now), "expired"),
        else_="published",
    )


def _visible(person: User) -> list:
    """Admins see everything; managers what they created or what targets only teams they manage."""
    managed = managed_team_ids(person)
    if managed is None:
        return []
    targeted = db.select(content_targets.c.team_id).filter(content_targets.c.content_id == Content.id)
    outside = targeted.filter(content_targets.c.team_id.not_in(managed))
    return [or_(Content.created_by_id == person.id, and_(targeted.exists(), ~outside.exists()))]


def _filters(query: dict) -> list:
    found = []
    if query.get("q"):
        pattern = f"%{_escaped(query['q'])}%"
        found.append(or_(Content.title.ilike(pattern, escape="\\"), _tags_text().ilike(pattern, escape="\\")))
    if query.get("team"):
        targeted = db.select(content_targets.c.team_id).filter(
            content_targets.c.content_id == Content.id, content_targets.c.team_id == query["team"]
        )
        found.append(targeted.exists())
    if query.get("campaign"):
        found += _campaign(query["campaign"])
    if query.get("network"):
        found.append(_has_caption(query["network"]))
    if query.get("author"):
        found.append(Content.created_by_id == query["author"])
    return found


def _campaign(key: str) -> list:
    """Content the campaign multiplies: carrying any of its tags, or everything if it has none."""
    campaign = next((c for c in active_rule_set().campaigns if c.id == key), None)
    if campaign is None:
        message = f"There is no campaign {key!r} in the rules in force: choose one from the list."
        raise Refused(
            422, "validation_error", "Some fields are not valid: campaign.", {"campaign": [message]}
        )
    if not campaign.tags:
        return []
    # Tags are stored as a JSON list; each tag appears in its text quoted, exactly as json writes it.
    quoted = [f"%{_escaped(json.dumps(tag))}%" for tag in campaign.tags]
    return [or_(*(_tags_text().like(pattern, escape="\\") for pattern in quoted))]


def _has_caption(network: str):
    caption = func.coalesce(Content.captions[network].as_string(), "")
    variants = func.coalesce(Content.caption_variants[network].as_string(), "")
    return or_(caption != "", variants.not_in(("", "[]")))


def _tags_text():
    return cast(Content.tags, String)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(sort: str) -> tuple:
    column = SORTS[sort.lstrip("-")]
    if sort.startswith("-"):
        return column.desc(), Content.id.desc()
    return column.asc(), Content.id.asc()
