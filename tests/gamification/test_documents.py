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
