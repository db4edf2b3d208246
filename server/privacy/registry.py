"""The registry of per-model exporters: a new table holding personal data adds one function here,
declaring the columns that name the person (`covers`), and the download includes it."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Column
from sqlalchemy.orm import InstrumentedAttribute


@dataclass(frozen=True)
class Exporter:
    section: str
    # e.g. Share.user_id: the rows it exports; a Column for association tables (team_managers)
    covers: tuple[InstrumentedAttribute | Column, ...]
    rows: Callable[[int], object]  # user id -> JSON-ready data


EXPORTERS: dict[str, Exporter] = {}


def exporter(section: str, *covers: InstrumentedAttribute | Column):
    """Register `function(user_id)` as the section `section` of the download."""

    def register(function):
        if section in EXPORTERS:
            raise ValueError(f"two exporters for the section {section!r}")
        EXPORTERS[section] = Exporter(section, covers, function)
        return function

    return register


def covered_columns() -> set[tuple[str, str]]:
    """(table, column) for every column some exporter reads the person's rows by."""
    return {_named(c) for e in EXPORTERS.values() for c in e.covers}


def _named(column: InstrumentedAttribute | Column) -> tuple[str, str]:
    if isinstance(column, Column):
        return column.table.name, column.name
    return column.class_.__tablename__, column.key


def sections_for(user_id: int) -> dict:
    return {name: plain(e.rows(user_id)) for name, e in sorted(EXPORTERS.items())}


def plain(value):
    """Dates as ISO 8601 text, recursively, so the document is plain JSON."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def listed(query) -> list[dict]:
    """A select's rows as dicts named by its labelled columns."""
    from server.extensions import db

    return [dict(row) for row in db.session.execute(query).mappings()]
