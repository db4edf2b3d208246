"""Single sign-on with an OpenID Connect provider: browser routes outside the JSON API, since the
sign-in is a chain of redirects through the provider's pages."""

from flask import Flask

from server.sso import routes


def init_app(app: Flask) -> None:
    app.register_blueprint(routes.blp)
