"""What the condition builder offers: each field with its words, the events that carry it, the
comparisons that suit its type, and real values to pick from."""

from gamification import EVENT_TYPES
from gamification.fields import (
    DESCRIPTIONS,
    EVENT_WORDS,
    FIELDS,
    LABELS,
    NETWORK_NAMES,
    OPERATORS,
    WEEKDAYS,
    triggers,
    type_name,
)
from server.extensions import db
from server.models import NETWORKS, Content, Team
from server.rules.rulebook import active_rule_set

MAX_TAGS = 300


def field_list() -> list[dict]:
    pickers = _pickers()
    return [
        {
            "name": name,
            "type": type_name(name),
            "label": LABELS[name],
            "description": DESCRIPTIONS.get(name, ""),
            "triggers": list(triggers(name)),
            "operators": list(OPERATORS[type_name(name)]),
            "values": pickers.get(name, []),
        }
        for name in FIELDS
    ]


def _pickers() -> dict[str, list[dict]]:
    return {
        "network": [{"value": n, "label": NETWORK_NAMES.get(n, n)} for n in NETWORKS],
        "tags": [{"value": tag, "label": tag} for tag in _tags()],
        "team_id": [{"value": i, "label": name} for i, name in _teams()],
        "weekday": [{"value": day, "label": name} for day, name in enumerate(WEEKDAYS, start=1)],
        "hour": [{"value": hour, "label": f"{hour:02d}:00"} for hour in range(24)],
        "event_type": [{"value": t, "label": EVENT_WORDS[t]} for t in EVENT_TYPES],
        "campaign_ids": [{"value": c.id, "label": c.name} for c in active_rule_set().campaigns],
    }


def _tags() -> list[str]:
    """Every tag on existing content, once, alphabetically."""
    found: set[str] = set()
    for tags in db.session.scalars(db.select(Content.tags)):
        found.update(tag for tag in tags or () if isinstance(tag, str))
    return sorted(found)[:MAX_TAGS]


def _teams() -> list[tuple[int, str]]:
    query = db.select(Team.id, Team.name).filter(Team.archived_at.is_(None)).order_by(Team.name)
    return [(row.id, row.name) for row in db.session.execute(query)]
