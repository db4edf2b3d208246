"""Our flask-smorest Blueprint: unknown query parameters are refused by name, like body fields,
and so is any control character in any text (server/schemas/text.py)."""

import flask_smorest
from marshmallow import ValidationError
from webargs.flaskparser import FlaskParser

from server.schemas import text


class StrictParser(FlaskParser):
    # webargs silently drops unknown query keys by default; a typo like ?scop=team should fail.
    DEFAULT_UNKNOWN_BY_LOCATION: dict = {}

    def pre_load(self, location_data, *, schema, req, location):
        """Refuse control characters here, once for every body and query the API takes, so no
        schema field can forget to."""
        found = text.problems(schema, location_data)
        if found:
            raise ValidationError(found)
        return location_data


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = StrictParser()
