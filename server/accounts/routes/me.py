"""The signed-in advocate: profile, points and ledger history."""

from flask_login import current_user

from server.accounts import auth, service, sessions
from server.accounts.auth_schemas import LedgerOut, MeOut, MePatch, SessionListOut, SignedOutOut
from server.analytics.programme_health import my_figures
from server.analytics.schemas import MyAnalyticsOut
from server.api.access import signed_in
from server.api.blueprint import Blueprint
from server.schemas.common import LimitQuery
from server.scoring.points import ledger_history, points_summary
from server.scoring.progress import progress_for
from server.scoring.schemas import ProgressOut

blp = Blueprint("me", __name__, url_prefix="/api/v1/me", description="The signed-in user")


@blp.get("")
@signed_in
@blp.response(200, MeOut)
def me():
    """Who is signed in, with their points this week, this month and all time."""
    return service.profile(current_user)


@blp.patch("")
@signed_in
@blp.arguments(MePatch)
@blp.response(200, MeOut)
def update_me(body):
    """Change your own settings: whether others see you on leaderboards."""
    service.set_public_ranking(current_user, body["public_ranking"])
    return service.profile(current_user)


@blp.get("/ledger")
@signed_in
@blp.arguments(LimitQuery, location="query")
@blp.response(200, LedgerOut)
def ledger(query):
    """The caller's points history, newest first, each line explaining itself."""
    return {
        "items": ledger_history(current_user.id, query["limit"]),
        "points": points_summary(current_user.id),
    }


@blp.get("/progress")
@signed_in
@blp.response(200, ProgressOut)
def progress():
    """The caller's level with progress, current streak, and the badge gallery with tier progress."""
    return progress_for(current_user)


@blp.get("/analytics")
@signed_in
@blp.response(200, MyAnalyticsOut)
def my_analytics():
    """What the caller's shares brought: shares, clicks and unique clickers this month and all time."""
    return my_figures(current_user.id)


@blp.get("/sessions")
@signed_in
@blp.response(200, SessionListOut)
def my_sessions():
    """The devices you are signed in on, this one marked current."""
    return {"items": sessions.open_sessions(current_user)}


@blp.delete("/sessions")
@signed_in
@blp.response(200, SignedOutOut)
def sign_out_elsewhere():
    """Sign out on every other device (a lost phone, a shared computer); this one stays signed in."""
    return {"ended": auth.sign_out_elsewhere(current_user)}
