"""Reading an import's CSV file into rows: the header names the columns (any case, any order),
UTF-8 with or without Excel's byte order mark, separated by commas or semicolons."""

import csv
import io

from server.errors import Refused

COLUMNS = ("email", "name", "team", "department", "location", "role", "manager")
MAX_ROWS = 20_000
MAX_BYTES = 5 * 1024 * 1024


def read(data: bytes) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """(spreadsheet row number, {column: stripped cell}) for each row that has anything in it,
    and the columns that were ignored."""
    text = _text(data)
    header = text.split("\n", 1)[0]
    if not header.strip():
        _bad("The file is empty: it needs a header row (email, name, team, …) and a row per person.")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header))
    records = _records(reader)
    columns, ignored = _columns(next(records))
    rows = []
    for number, cells in enumerate(records, start=2):  # the spreadsheet's row numbers
        row = {name: cells[i].strip() for i, name in columns.items() if i < len(cells) and cells[i].strip()}
        if row:
            rows.append((number, row))
        if len(rows) > MAX_ROWS:
            _bad(f"The file has more than {MAX_ROWS:,} people: split it into smaller files.")
    if not rows:
        _bad("The file has a header but no people in it.")
    return rows, ignored


def _records(reader):
    try:
        yield from reader
    except csv.Error as error:
        _bad(f"Row {reader.line_num} cannot be read as CSV ({error}): check its quotes.")


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _bad("The file is not UTF-8 text: in your spreadsheet, save it as “CSV UTF-8”.")


def _delimiter(header: str) -> str:
    # Spreadsheets in much of Europe save "CSV" with semicolons.
    return ";" if header.count(";") > header.count(",") else ","


def _columns(header: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column index -> our column name; refuses a file without email or with a column twice."""
    columns, ignored = {}, []
    for index, title in enumerate(header):
        name = title.strip().lower()
        if name in columns.values():
            _bad(f"The column “{title.strip()}” appears twice: keep one.")
        if name in COLUMNS:
            columns[index] = name
        elif name:
            ignored.append(title.strip())
    if "email" not in columns.values():
        _bad("The file needs an “email” column (the header row names the columns: email, name, team, …).")
    return columns, ignored


def _bad(message: str):
    raise Refused(422, "validation_error", message, {"file": [message]})
