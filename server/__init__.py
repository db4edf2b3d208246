"""The Flask application factory."""

import importlib
import logging

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from server import config, database, demo_covers, errors, extensions, realtime, security, sso, tasks, web
from server.api import bodies
from server.extensions import compress, csrf, db, limiter, login_manager, migrate
from server.leaderboards import ranks
from server.links.fast import TrackedLinks
from server.links.recorder import ClickRecorder

# Modules that register tasks (server/tasks.py's `task` and `periodic`).
TASK_FEATURES = (
    "server.prizes.news",
    "server.push.batches",
    "server.push.notifications",
    "server.links.retention",
    "server.links.clicks",
    "server.privacy.deletion",
    "server.mail.service",
    "server.scoring.recording",
    "server.accounts.imports.sending",
)


def create_app(overrides: dict | None = None) -> Flask:
    """Build the app: config, then extensions, blueprints, error handlers, sockets."""
    overrides = overrides or {}
    settings = config.from_environment(overrides.get("INSTANCE_PATH"))
    settings.update(overrides)
    app = Flask(__name__, instance_path=settings["INSTANCE_PATH"], static_folder=None)
    app.config.update(settings)
    app.config.update(_api_settings())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    database.init_app(app)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(config.ROOT / "migrations"))
    _init_login(app)
    csrf.init_app(app)
    limiter.init_app(app)
    compress.init_app(app)
    extensions.api.init_app(app)
    _register_blueprints(app)
    errors.init_app(app)
    security.init_app(app)
    bodies.init_app(app)
    ranks.init_app(app)
    realtime.init_app(app)
    _import_task_features()
    tasks.init_app(app)
    app.extensions["clicks"] = ClickRecorder(app)
    _register_cli(app)
    _wrap(app)
    return app


def _wrap(app: Flask) -> None:
    """WSGI layers, innermost first: tracked links ahead of the Socket.IO middleware, then the
    proxy fix outermost, so every layer sees the visitor's real address."""
    app.wsgi_app = TrackedLinks(app.wsgi_app, app)
    if app.config["TRUSTED_PROXIES"]:
        n = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)


def _api_settings() -> dict:
    return {
        "API_TITLE": "Amplify employee advocacy API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "docs",
        "OPENAPI_SWAGGER_UI_URL": "https://cdn.jsdelivr.net/npm/swagger-ui-dist/",
    }


def _init_login(app: Flask) -> None:
    from server.accounts import sessions

    login_manager.init_app(app)
    # Session protection marks an anonymous session "not fresh" on its first API call, which
    # rewrites the cookie: a call answered just after a login then overwrote the new session
    # with the anonymous one (seen as the app signing out right after login). Nothing here uses
    # fresh logins, so it is off: only login, logout and the CSRF token write the cookie.
    login_manager.session_protection = None

    # The cookie's session must still be open on the server (accounts/sessions.py).
    login_manager.user_loader(sessions.load)
    app.after_request(sessions.write_last_seen)

    @login_manager.unauthorized_handler
    def unauthorized():
        return errors.envelope(401, "unauthorized", "Please log in first.")


def _register_blueprints(app: Flask) -> None:
    from server.api import register
    from server.api.converters import RecordIdConverter
    from server.directory import scim
    from server.links import routes as links_routes

    app.url_map.converters["int"] = RecordIdConverter  # before any route is added

    # `server.api` the package shadows any `api` name here, so reach the Api via extensions.
    register(extensions.api)
    app.register_blueprint(demo_covers.blp)
    app.register_blueprint(links_routes.blp)
    scim.init_app(app)
    sso.init_app(app)
    web.init_app(app)


def _import_task_features() -> None:
    """The features whose functions run as tasks register them when imported (server/tasks.py
    imports none of them): all of them before the queue is made."""
    for name in TASK_FEATURES:
        importlib.import_module(name)


def _register_cli(app: Flask) -> None:
    from server import cli

    cli.init_app(app)
