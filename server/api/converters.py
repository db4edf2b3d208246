"""The `<int:...>` URL converter: ids the database can hold, and a 404 for any other number."""

from werkzeug.exceptions import NotFound
from werkzeug.routing import IntegerConverter

from server.schemas.common import MAX_ID


class RecordIdConverter(IntegerConverter):
    """Matches any whole number, signed, so that /content/-1 and /content/99999999999999999999
    reach a 404 like any other id that names nothing. Werkzeug's own converter did not match
    them: past 2^31 the database driver overflowed into a 500, and a negative id fell through to
    the PWA's GET-only catch-all, so DELETE and PATCH answered 405 method not allowed."""

    def __init__(self, map, *args, **kwargs):
        super().__init__(map, *args, signed=True, min=1, max=MAX_ID, **kwargs)

    def to_python(self, value: str) -> int:
        number = int(value)
        if not self.min <= number <= self.max:
            raise NotFound(f"Nothing has the id {value}.")
        return number
