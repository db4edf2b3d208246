"""Rate limits: sharing and suggesting per advocate, following tracked links per address; over a
limit the answer is 429 with Retry-After in the error envelope, and nothing is recorded."""

from sqlalchemy import func

from server.models import Click, Share, Suggestion
from tests.api.test_links import PHONE, _link, _visit
from tests.api.test_people import suggest
from tests.factories import ContentFactory, UserFactory


def _count(db, model) -> int:
    return db.session.scalar(db.select(func.count()).select_from(model))


def _assert_limited(response) -> None:
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
    assert int(response.headers["Retry-After"]) > 0


def _share(client, content_id, n):
    body = {"content_id": content_id, "network": "linkedin", "client_id": f"limit-{n:04d}"}
    return client.post("/api/v1/shares", json=body)


def test_shares_are_limited_per_advocate(app, advocate_client, login_as, team, db, monkeypatch):
    monkeypatch.setitem(app.config, "SHARE_RATE_LIMIT", "3 per minute")
    content = ContentFactory()
    assert [_share(advocate_client, content.id, n).status_code for n in range(3)] == [201, 201, 201]
    _assert_limited(_share(advocate_client, content.id, 99))
    assert _count(db, Share) == 3
    colleague = login_as(UserFactory(email="bea@example.test", team=team))
    assert _share(colleague, content.id, 1).status_code == 201  # another advocate, same address


def test_suggestions_are_limited_per_advocate(app, advocate_client, db, monkeypatch):
    monkeypatch.setitem(app.config, "SUGGESTION_RATE_LIMIT", "2 per hour")
    urls = [f"https://blog.example.test/story-{n}" for n in range(3)]
    assert [suggest(advocate_client, url=url).status_code for url in urls[:2]] == [201, 201]
    _assert_limited(suggest(advocate_client, url=urls[2]))
    assert _count(db, Suggestion) == 2


def test_tracked_links_are_limited_per_address(app, advocate_client, client, db, monkeypatch):
    monkeypatch.setitem(app.config, "CLICK_RATE_LIMIT", "2 per minute")
    path = _link(advocate_client, ContentFactory())
    assert [_visit(client, path).status_code for _ in range(2)] == [302, 302]
    refused = _visit(client, path, agent=PHONE)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert "Too many links" in refused.get_data(as_text=True)
    assert _visit(client, path, address="198.51.100.20").status_code == 302  # another address
    assert _count(db, Click) == 2
