"""Programme analytics for managers (their team) and admins (everyone, or any team), with CSV
export of every table; each advocate's own figures are at /me/analytics."""

import csv
import io
from datetime import timedelta

from flask import Response
from flask_login import current_user

from server.analytics import programme_health
from server.analytics import service as analytics
from server.analytics.schemas import OverviewOut, ProgrammeHealthOut, RangeQuery, TeamQuery
from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.errors import Refused

blp = Blueprint("analytics", __name__, url_prefix="/api/v1/analytics", description="Analytics")
EDITORS = ("manager", "admin")
DEFAULT_DAYS = 30
TABLES = {
    "by_day": ("day",),
    "by_network": ("network",),
    "by_content": ("content_id", "title"),
    "by_advocate": ("user_id", "display_name", "team"),
    "by_team": ("team_id", "name"),
}
FIGURES = ("shares", "clicks", "unique_clickers", "click_through", "emv")
QUIET_COLUMNS = ("user_id", "display_name", "team", "last_active")


@blp.get("/overview")
@role_required(*EDITORS)
@blp.arguments(RangeQuery, location="query")
@blp.response(200, OverviewOut)
def overview(query):
    """Shares, clicks, unique clickers, click-through and EMV for a range of days (default the
    last 30), by day, network, content, advocate and team."""
    start, end = _range(query)
    return analytics.overview(start, end, _scope(query["team_id"]))


@blp.get("/health")
@role_required(*EDITORS)
@blp.arguments(TeamQuery, location="query")
@blp.response(200, ProgrammeHealthOut)
def health(query):
    """Participation, top-10% concentration of points and clicks, new and quiet advocates."""
    return programme_health.health(_scope(query["team_id"]))


@blp.get("/export/<string:table>.csv")
@role_required(*EDITORS)
@blp.arguments(RangeQuery, location="query")
@blp.doc(
    responses={
        "200": {
            "description": "CSV: a header row, then one row per line of the table",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    }
)
def export(query, table):
    """Any table of the overview (by_day, by_network, by_content, by_advocate, by_team), or the
    quiet advocates (quiet), as CSV with the same figures the dashboard shows."""
    team_id = _scope(query["team_id"])
    start, end = _range(query)
    if table == "quiet":
        rows, columns = programme_health.health(team_id)["quiet"], QUIET_COLUMNS
    elif table in TABLES:
        rows, columns = analytics.table(table, start, end, team_id), TABLES[table] + FIGURES
    else:
        raise Refused(404, "not_found", f"No table {table!r}; use one of {', '.join([*TABLES, 'quiet'])}.")
    filename = f"amplify-{table}-{start}-{end}.csv"
    return Response(
        _csv(rows, columns),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _scope(team_id: int | None) -> int | None:
    """Managers see their own team only; admins everyone or the team they ask for."""
    if current_user.role == "admin":
        return team_id
    if team_id is not None and team_id != current_user.team_id:
        raise Refused(403, "forbidden", "Managers see their own team's figures only.")
    if current_user.team_id is None:
        raise Refused(403, "forbidden", "You manage no team yet, so there are no figures to show.")
    return current_user.team_id


def _range(query: dict):
    today = analytics.today()
    end = query["end"] or today
    start = query["start"] or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise Refused(
            422, "validation_error", "from must be on or before to.", {"from": ["Must be on or before to."]}
        )
    return start, end


def _csv(rows: list[dict], columns: tuple) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def _cell(value):
    # Names and titles are typed by people: never let a spreadsheet run them as formulas.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value
