"""HTTP API blueprints, registered under /api/v1."""

from flask_smorest import Api

from server.accounts.routes import accounts, auth, invitations, me, password_resets
from server.analytics import routes as analytics
from server.api import health
from server.challenges import routes as challenges
from server.content.routes import images as content_form
from server.content.routes import items as content
from server.content.routes import library as content_library
from server.content.routes import media, ratings, suggestions
from server.directory import routes as directory
from server.guidelines import routes as guidelines
from server.leaderboards import routes as leaderboards
from server.organisation.routes import branding, teams
from server.organisation.routes import settings as organisation
from server.privacy import routes as privacy
from server.prizes import routes as prizes
from server.push import routes as push
from server.recognition import routes as kudos
from server.rewards import routes as rewards
from server.rules import routes as rules
from server.sharing import routes as shares


def register(api: Api) -> None:
    for module in (
        health,
        auth,
        me,
        organisation,
        branding,
        content,
        content_library,
        content_form,
        media,
        teams,
        shares,
        leaderboards,
        challenges,
        rules,
        push,
        analytics,
        prizes,
        kudos,
        suggestions,
        ratings,
        guidelines,
        accounts,
        invitations,
        password_resets,
        privacy,
        directory,
        rewards,
    ):
        api.register_blueprint(module.blp)
