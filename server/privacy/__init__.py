"""Personal data: what is stored about each person, gathered for their download. Each section
registers the columns that name the person, so a test can prove every such column is covered."""

from server.privacy import (  # noqa: F401  (register)
    accounts,
    authored,
    devices,
    messages,
    organisation,
    people,
    points,
    prizes,
    rewards,
    sharing,
)
from server.privacy.registry import EXPORTERS, covered_columns, sections_for

__all__ = ["EXPORTERS", "covered_columns", "sections_for"]
