"""Team challenges as cards: goal, progress, days left, contributors; running and ended."""

from flask_login import current_user

from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.challenges import service as challenges
from server.challenges.schemas import ChallengesOut, ChallengesQuery

blp = Blueprint("challenges", __name__, url_prefix="/api/v1/challenges", description="Team challenges")


@blp.get("")
@signed_in
@blp.arguments(ChallengesQuery, location="query")
@blp.response(200, ChallengesOut)
def index(query):
    """The team challenges of the caller's team (managers: the teams they manage; admins: every
    team), running and ended in the last 12 months; `team_id` narrows to one of them."""
    return challenges.cards_for(current_user, query.get("team_id"))
