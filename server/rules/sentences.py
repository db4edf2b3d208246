"""Sentences for the rules editor: each item of a draft in words, with team names and dates read
in the organisation's timezone."""

from gamification.describe import describe
from server.extensions import db
from server.models import Organisation, Team


def describe_document(document: dict) -> dict:
    return describe(document, team_names(), Organisation.current().timezone)


def team_names() -> dict[int, str]:
    return {row.id: row.name for row in db.session.execute(db.select(Team.id, Team.name))}
