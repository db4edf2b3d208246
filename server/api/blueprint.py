"""Our flask-smorest Blueprint: unknown query parameters are refused by name, like body fields."""

import flask_smorest
from webargs.flaskparser import FlaskParser


class StrictParser(FlaskParser):
    # webargs silently drops unknown query keys by default; a typo like ?scop=team should fail.
    DEFAULT_UNKNOWN_BY_LOCATION: dict = {}


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictParser()
