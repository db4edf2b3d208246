"""Leaderboards: week, month, quarter, all time, and campaign or team challenge windows."""

from flask_login import current_user

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.leaderboards import service as leaderboards
from server.leaderboards.schemas import (
    BoardIndexOut,
    EndedOut,
    LeaderboardOut,
    LeaderboardQuery,
    TeamBoardOut,
    TeamBoardQuery,
)

blp = Blueprint("leaderboards", __name__, url_prefix="/api/v1/leaderboards", description="Leaderboards")


@blp.get("")
@signed_in
@blp.response(200, BoardIndexOut)
def index():
    """The boards the caller can open: periods, campaign and challenge windows, and scopes."""
    return leaderboards.available(current_user)


@blp.get("/ended")
@signed_in
@blp.response(200, EndedOut)
def ended():
    """Campaigns and team challenges that ended in the last 12 months, newest first; open one's
    final board with /leaderboards/campaign?window=<id> (or challenge)."""
    return leaderboards.ended()


@blp.get("/<string:period>")
@signed_in
@blp.arguments(LeaderboardQuery, location="query")
@blp.response(200, LeaderboardOut)
def standings(query, period):
    """A page of a board, the caller's rank and neighbours. Periods: week, month, quarter,
    all_time, campaign or challenge (with `window`); scopes: company, team, department, location."""
    board = leaderboards.board_for(
        current_user, period, query["scope"], query.get("window"), query.get("value")
    )
    return leaderboards.standings(current_user, board, query["page"], query["limit"])


@blp.get("/<string:period>/teams")
@signed_in
@blp.arguments(TeamBoardQuery, location="query")
@blp.response(200, TeamBoardOut)
def teams(query, period):
    """Team versus team: teams ranked by points per active member, so small teams can win."""
    return leaderboards.team_standings(current_user, period, query.get("window"))
