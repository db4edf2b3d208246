"""The preview's "why": for a few recent real events, which rules of a draft fire and why.

Each event is scored by the draft from its advocate's state just before it, rebuilt by replaying
that advocate's recorded history with the draft (only the advocates of the events shown). Team
challenge rewards are left out of that history: they move lifetime points only. Nothing is written.
"""

from collections import defaultdict
from operator import attrgetter

from gamification import Engine, Event
from gamification.fields import NETWORK_NAMES
from gamification.why import explain_event
from server.extensions import db
from server.models import Content, User
from server.rules.previews import checked_draft
from server.scoring.history import recorded_events

SUMMARIES = {
    "share": "Shared {title}{network}",
    "click": "A click on {title}{network}",
    "content_opened": "Opened {title}",
}


def explain(document: dict, limit: int) -> dict:
    draft = checked_draft(document, "document")
    rules = draft.everything("rules")
    engine = Engine(draft)
    events = sorted(recorded_events(), key=attrgetter("occurred_at", "id"))
    recent = events[-limit:][::-1]
    streams = defaultdict(list)
    for event in events:
        if event.advocate_id in {e.advocate_id for e in recent}:
            streams[event.advocate_id].append(event)
    people = _people({event.advocate_id for event in recent})
    titles = _titles({event.attributes.get("content_id") for event in recent})
    explained = []
    for event in recent:
        person = people.get(event.advocate_id)
        stream = streams[event.advocate_id]
        earlier = stream[: stream.index(event)]
        total, verdicts = explain_event(engine, rules, earlier, event, person.team_id if person else None)
        explained.append(
            {
                "id": event.id,
                "type": event.type,
                "occurred_at": event.occurred_at,
                "advocate": person.display_name if person else f"#{event.advocate_id}",
                "summary": _summary(event, titles),
                "total": total,
                "rules": verdicts,
            }
        )
    return {"events": explained}


def _people(ids: set[int]) -> dict[int, User]:
    return {user.id: user for user in db.session.scalars(db.select(User).filter(User.id.in_(ids)))}


def _titles(ids: set) -> dict[int, str]:
    found = db.session.execute(db.select(Content.id, Content.title).filter(Content.id.in_(ids)))
    return {row.id: row.title for row in found}


def _summary(event: Event, titles: dict[int, str]) -> str:
    title = f"\u201c{titles.get(event.attributes.get('content_id'), 'content')}\u201d"
    network = event.attributes.get("network")
    where = ""
    if network:
        where = f" {'to' if event.type == 'share' else 'from'} {NETWORK_NAMES.get(str(network), network)}"
    return SUMMARIES.get(event.type, event.type).format(title=title, network=where)
