"""Rule previews for admins: check a condition, read the active rule set, simulate a draft."""

from dataclasses import replace
from datetime import datetime

from gamification import ExpressionError, RuleBook, RuleSet, problems, simulate
from gamification.documents import from_document, to_document
from gamification.expressions import translate, translate_for
from server.errors import Refused
from server.extensions import db
from server.models import User
from server.rules.rulebook import active_rule_set, refusal
from server.scoring.history import recorded_events


def check_condition(source: str, trigger: str | None = None) -> dict:
    """Accept a condition or refuse it in words, at the character where it went wrong. With a
    trigger, a field that trigger's events never carry is refused too."""
    try:
        _, used = translate_for(source, trigger) if trigger else translate(source)
    except ExpressionError as error:
        details = {"condition": [error.message], "position": [error.position]}
        raise Refused(422, "invalid_condition", error.message, details) from None
    return {"valid": True, "fields_used": sorted(used)}


def current() -> dict:
    rule_set = active_rule_set()
    return {
        "version": rule_set.version,
        "effective_from": rule_set.effective_from.isoformat(),
        "document": to_document(rule_set),
    }


def simulate_draft(document: dict, start: datetime, end: datetime) -> dict:
    """Score the recorded history (shares, content opens) twice, with the active rules and with
    the draft; write nothing."""
    current_rules = active_rule_set()
    draft = checked_draft(document, "draft")
    people = {user.id: user for user in db.session.scalars(db.select(User).filter(User.role != "admin"))}
    events = recorded_events(until=end)
    teams = {user_id: user.team_id for user_id, user in people.items()}
    report = simulate(events, RuleBook([current_rules]), RuleBook([draft]), people, start, end, teams)
    return _named(report, people, len(events))


def checked_draft(document: dict, where: str) -> RuleSet:
    """A draft as a rule set one version after the one in force, or a refusal listing every
    problem under its path (`where` names the body field that held the document)."""
    current_rules = active_rule_set()
    try:
        draft = from_document(document, current_rules.version + 1, current_rules.effective_from)
    except (TypeError, ValueError) as error:
        raise Refused(422, "rule_set_invalid", f"The draft cannot be read: {error}") from None
    found = problems(draft)
    if found:
        raise refusal(found, where, "nothing was simulated" if where == "draft" else "nothing was checked")
    return replace(draft, timezone=current_rules.timezone)


def _named(report: dict, people: dict, events: int) -> dict:
    def name(advocate_id: int) -> str:
        person = people.get(advocate_id)
        return person.display_name if person else f"#{advocate_id}"

    for side in ("before", "after"):
        for row in report[side]["leaderboard"]:
            row["display_name"] = name(row["advocate_id"])
    for change in report["changes"]:
        change["display_name"] = name(change["advocate_id"])
    return {"events": events, **report}
