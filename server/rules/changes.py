"""Readable diffs between published versions, or between a draft and the version in force."""

from gamification.diff import diff
from gamification.documents import from_document, to_document
from server.models import Organisation
from server.rules import rulebook
from server.rules.sentences import team_names


def between_versions(first: int, second: int) -> dict:
    before, after = rulebook.version(first)["document"], rulebook.version(second)["document"]
    return {"from": first, "to": second, "changes": _changes(before, after)}


def draft_against_current(document: dict) -> dict:
    """The draft (already shape-checked) against the version in force now; "to" is None."""
    current = rulebook.active_rule_set()
    before = rulebook.version(current.version)["document"]
    # In the stored form, so settings left to their defaults compare equal to the stored ones.
    after = to_document(from_document(document, current.version + 1, current.effective_from))
    return {"from": current.version, "to": None, "changes": _changes(before, after)}


def _changes(before: dict, after: dict) -> list[dict]:
    return diff(before, after, team_names(), Organisation.current().timezone)
