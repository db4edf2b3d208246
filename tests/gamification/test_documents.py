"""Rule sets survive the trip to a JSON document and back unchanged."""

import json
from datetime import UTC, datetime

from gamification import default_rule_set, demo_rule_set
from gamification.documents import from_document, to_document


def test_demo_rule_set_round_trips_through_json():
    original = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=3)
    document = json.loads(json.dumps(to_document(original)))
    assert from_document(document, original.version, original.effective_from) == original


def test_starter_rule_set_round_trips():
    original = default_rule_set()
    assert from_document(to_document(original), 1, original.effective_from) == original


def test_advocate_state_survives_json_and_scores_on_identically():
    from gamification import AdvocateState, RuleBook, replay, synthetic
    from gamification.state import dump_state, load_state

    rule_set = demo_rule_set(datetime(2026, 3, 15, tzinfo=UTC), challenge_team_id=1)
    events = synthetic.events(60, 40)
    half = len(events) // 2
    book = RuleBook([rule_set])
    straight = replay(events, book).states
    first = replay(events[:half], book).states
    engine = book.latest
    for event in events[half:]:
        state = first.setdefault(event.advocate_id, AdvocateState(event.advocate_id))
        restored = load_state(json.loads(json.dumps(dump_state(state))))
        engine.apply(restored, event)
        first[event.advocate_id] = restored
    for advocate, state in straight.items():
        assert dump_state(first[advocate]) == dump_state(state)
