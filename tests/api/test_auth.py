"""Logging in and out, CSRF and the login rate limit."""

from tests.factories import PASSWORD, UserFactory


def test_login_returns_the_profile_with_points(client, advocate):
    me = client.login(advocate.email, PASSWORD)
    assert me["display_name"] == "Ada"
    assert me["role"] == "advocate"
    assert me["team"]["name"] == "Sales"
    assert me["points"] == {"week": 0, "month": 0, "quarter": 0, "all_time": 0}
    assert client.get("/api/v1/me").get_json()["email"] == advocate.email


def test_email_is_matched_case_insensitively(client, advocate):
    response = client.post("/api/v1/auth/login", json={"email": "ADA@Example.test", "password": PASSWORD})
    assert response.status_code == 200


def test_wrong_password_and_unknown_email_get_the_same_401(client, advocate):
    for email, password in [(advocate.email, "nope"), ("nobody@example.test", PASSWORD)]:
        response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
        assert response.status_code == 401
        assert response.get_json()["error"]["code"] == "invalid_credentials"


def test_login_validation_names_each_field(client):
    response = client.post("/api/v1/auth/login", json={"email": "not-an-email", "role": "admin"})
    error = response.get_json()["error"]
    assert response.status_code == 422
    assert set(error["fields"]) == {"email", "password", "role"}
    assert error["fields"]["role"] == ["Unknown field."]


def test_deactivated_account_cannot_log_in(client, db):
    user = UserFactory(active=False)
    response = client.post("/api/v1/auth/login", json={"email": user.email, "password": PASSWORD})
    assert response.status_code == 403
    assert "deactivated" in response.get_json()["error"]["message"]


def test_deactivation_ends_an_open_session(advocate_client, advocate, db):
    advocate.active = False
    db.session.commit()
    assert advocate_client.get("/api/v1/me").status_code == 401


def test_logout_ends_the_session(advocate_client):
    assert advocate_client.post("/api/v1/auth/logout").status_code == 204
    response = advocate_client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_unsafe_request_without_csrf_token_is_refused(client, advocate):
    response = client.open(
        "/api/v1/auth/login", method="POST", json={"email": advocate.email, "password": PASSWORD}
    )
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"


def test_login_is_rate_limited_with_retry_after(client, advocate, app, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_ACCOUNT_FAILURE_LIMIT", "3 per minute")
    body = {"email": advocate.email, "password": "wrong"}
    statuses = [client.post("/api/v1/auth/login", json=body).status_code for _ in range(4)]
    assert statuses == [401, 401, 401, 429]
    response = client.post("/api/v1/auth/login", json={"email": advocate.email, "password": PASSWORD})
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) > 0


def test_only_login_logout_and_the_csrf_token_write_the_session_cookie(client):
    # A request still in flight when a login completes must not overwrite the new session.
    assert client.raw.get("/api/v1/auth/csrf").headers.get("Set-Cookie")
    for path in ("/api/v1/me", "/api/v1/leaderboards/week", "/api/v1/content/feed"):
        response = client.raw.get(path)
        assert response.status_code == 401 and response.headers.get("Set-Cookie") is None, path
