"""The `<int:...>` URL converter, bounded to the ids the database can hold."""

from werkzeug.routing import IntegerConverter

from server.schemas.common import MAX_ID


class RecordIdConverter(IntegerConverter):
    """Like werkzeug's int, but a number past MAX_ID does not match: it answers 404 like any other
    id that names nothing, instead of overflowing the database driver into a 500."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
