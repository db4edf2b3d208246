"""A Flask test client that behaves like the PWA: JSON bodies and the CSRF header on unsafe calls."""

import secrets

from flask.testing import FlaskClient

from server.extensions import db
from server.models import UserSession


class JsonClient:
    def __init__(self, client: FlaskClient):
        self.raw = client
        self._token: str | None = None

    def csrf(self) -> str:
        if self._token is None:
            self._token = self.get("/api/v1/auth/csrf").get_json()["csrf_token"]
        return self._token

    def open(self, path: str, **kwargs):
        # A fresh app context per request, as in production: otherwise `g` (and with it the
        # logged-in user and CSRF token) leaks between clients inside one test's app context.
        with self.raw.application.app_context():
            return self.raw.open(path, **kwargs)

    def get(self, path: str, **kwargs):
        return self.open(path, method="GET", **kwargs)

    def _unsafe(self, method: str, path: str, json=None, **kwargs):
        headers = {"X-CSRFToken": self.csrf(), **kwargs.pop("headers", {})}
        return self.open(path, method=method, json=json, headers=headers, **kwargs)

    def post(self, path: str, json=None, **kwargs):
        return self._unsafe("POST", path, json, **kwargs)

    def put(self, path: str, json=None, **kwargs):
        return self._unsafe("PUT", path, json, **kwargs)

    def patch(self, path: str, json=None, **kwargs):
        return self._unsafe("PATCH", path, json, **kwargs)

    def delete(self, path: str, **kwargs):
        return self._unsafe("DELETE", path, **kwargs)

    def login(self, email: str, password: str):
        response = self.post("/api/v1/auth/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.get_json()
        return response.get_json()


def signed_in(app, user) -> JsonClient:
    """A browser signed in as `user` (None: nobody). The session is written the way flask-login
    writes it at login, skipping the deliberately slow password check: login has its own tests,
    and calling every operation as every role would otherwise spend most of its time in scrypt."""
    client = JsonClient(app.test_client())
    if user is not None:
        with app.app_context():
            row = UserSession(id=secrets.token_urlsafe(32), user_id=user.id)
            db.session.add(row)
            db.session.commit()
            sid = row.id
        with client.raw.session_transaction() as session:
            session["_user_id"] = str(user.id)
            session["_fresh"] = True
            session["sid"] = sid  # the server-side session this cookie names (accounts/sessions.py)
    return client
