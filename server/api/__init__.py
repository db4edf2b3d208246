"""HTTP API blueprints, registered under /api/v1."""

from flask_smorest import Api

from server.api import auth, content, health, leaderboards, me, organisation, push, rules, shares, teams


def register(api: Api) -> None:
    for module in (health, auth, me, organisation, content, teams, shares, leaderboards, rules, push):
        api.register_blueprint(module.blp)
