"""Leaderboards for the week, the month and all time."""

from flask_login import current_user

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.schemas.leaderboard import LeaderboardOut, LeaderboardQuery
from server.services import leaderboards

blp = Blueprint("leaderboards", __name__, url_prefix="/api/v1/leaderboards", description="Leaderboards")


@blp.get("/<string:period>")
@signed_in
@blp.arguments(LeaderboardQuery, location="query")
@blp.response(200, LeaderboardOut)
def standings(query, period):
    """The top of a board (period: week, month or all_time) and the caller's own rank."""
    board = leaderboards.board_for(current_user, period, query["scope"])
    return leaderboards.standings(current_user, board, query["limit"])
