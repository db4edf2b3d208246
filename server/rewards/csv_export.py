"""The open redemptions as a spreadsheet, for whoever packs and posts them."""

import csv
import io

from server.models.types import utcnow
from server.rewards.fulfilment import listed

COLUMNS = ("id", "requested", "status", "reward", "cost", "person", "email", "team", "note")


def open_redemptions() -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in listed("open"):
        person = row["person"]
        writer.writerow(
            [
                _cell(value)
                for value in (
                    row["id"],
                    row["requested_at"].isoformat(),
                    row["status"],
                    row["reward"]["title"],
                    row["cost"],
                    person["display_name"],
                    person["email"],
                    person["team"],
                    row["note"],
                )
            ]
        )
    return out.getvalue()


def filename() -> str:
    return f"amplify-redemptions-{utcnow().date().isoformat()}.csv"


def _cell(value):
    # Titles, names and notes are typed by people: never let a spreadsheet run them as formulas.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
