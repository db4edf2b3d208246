"""Kudos, employee suggestions and content ratings through the API."""

import pytest

from server.models import AuditEntry, Kudos, LedgerEntry, Organisation
from tests.factories import ContentFactory, TeamFactory, UserFactory

SHARE_ONLY = {"rules": [{"id": "share.base", "name": "Shared", "trigger": "share", "points": 10}]}


def ledger(db, user, event_type):
    query = db.select(db.func.coalesce(db.func.sum(LedgerEntry.points), 0)).filter_by(
        user_id=user.id, event_type=event_type
    )
    return db.session.scalar(query)


def publish_rules(admin_client, *extra):
    document = {"rules": [*SHARE_ONLY["rules"], *extra]}
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )


def test_kudos_reach_the_ledger_the_audit_log_and_the_feed(manager_client, admin_client, advocate, db):
    kudos_rule = {
        "id": "kudos",
        "name": "Kudos",
        "trigger": "kudos",
        "points": 0,
        "points_from": "kudos_points",
    }
    publish_rules(admin_client, kudos_rule)
    body = {"receiver_id": advocate.id, "message": "Great launch thread!", "points": 30}
    response = manager_client.post("/api/v1/kudos", json=body)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["giver"]["display_name"] == "Max"
    assert ledger(db, advocate, "kudos") == 30
    audit = db.session.scalar(db.select(AuditEntry).filter_by(action="kudos.give"))
    assert audit.detail["points"] == 30
    [shown] = manager_client.get("/api/v1/kudos").get_json()["items"]
    assert (shown["receiver"]["display_name"], shown["message"]) == ("Ada", "Great launch thread!")


def test_kudos_are_capped_per_giver_per_month(manager_client, advocate, team, db):
    Organisation.current().kudos_cap = 50
    db.session.commit()
    colleague = UserFactory(team=team)
    assert (
        manager_client.post(
            "/api/v1/kudos", json={"receiver_id": advocate.id, "message": "Thanks", "points": 40}
        ).status_code
        == 201
    )
    over = manager_client.post(
        "/api/v1/kudos", json={"receiver_id": colleague.id, "message": "Thanks", "points": 20}
    )
    assert (over.status_code, over.get_json()["error"]["code"]) == (422, "over_kudos_cap")
    assert "10 of 50" in over.get_json()["error"]["message"]
    assert db.session.scalar(db.select(db.func.count()).select_from(Kudos)) == 1  # nothing half-written
    assert manager_client.get("/api/v1/kudos/allowance").get_json() == {"cap": 50, "given": 40, "left": 10}


def test_who_may_give_kudos_to_whom(manager_client, advocate_client, admin_client, manager, advocate, db):
    outsider = UserFactory(team=TeamFactory(name="Legal"))
    message = {"message": "Well done", "points": 5}
    assert (
        advocate_client.post("/api/v1/kudos", json={"receiver_id": manager.id, **message}).status_code == 403
    )
    assert (
        manager_client.post("/api/v1/kudos", json={"receiver_id": outsider.id, **message}).status_code == 403
    )
    names = [p["display_name"] for p in manager_client.get("/api/v1/kudos/recipients").get_json()["items"]]
    assert names == ["Ada"]  # their team, not themselves, not other teams
    own = manager_client.post("/api/v1/kudos", json={"receiver_id": manager.id, **message})
    assert own.status_code == 422 and "receiver_id" in own.get_json()["error"]["fields"]
    assert admin_client.post("/api/v1/kudos", json={"receiver_id": outsider.id, **message}).status_code == 201


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"message": " "}, "message"),
        ({"points": -1}, "points"),
        ({"points": "5"}, "points"),
        ({"receiver_id": 999}, "receiver_id"),
    ],
)
def test_bad_kudos_are_refused_naming_the_field(manager_client, advocate, db, change, field):
    body = {"receiver_id": advocate.id, "message": "Thanks", "points": 5, **change}
    response = manager_client.post("/api/v1/kudos", json=body)
    assert response.status_code == 422 and field in response.get_json()["error"]["fields"]


def suggest(client, url="https://blog.example.test/our-new-store", comment="Our new store is open!"):
    body = {"url": url, "title": "Our new store", "comment": comment}
    return client.post("/api/v1/suggestions", json=body)


def test_an_approved_suggestion_enters_the_library_and_pays_the_suggester(
    advocate_client, manager_client, admin_client, login_as, advocate, team, db
):
    approved_rule = {"id": "s.ok", "name": "Approved", "trigger": "suggestion_approved", "points": 25}
    shared_rule = {"id": "s.shared", "name": "Shared", "trigger": "suggestion_shared", "points": 5}
    publish_rules(admin_client, approved_rule, shared_rule)
    made = suggest(advocate_client)
    assert made.status_code == 201 and made.get_json()["status"] == "pending"
    [waiting] = manager_client.get("/api/v1/suggestions").get_json()["items"]
    approved = manager_client.post(
        f"/api/v1/suggestions/{waiting['id']}/approve", json={"title": "Visit our new store"}
    )
    assert approved.status_code == 200, approved.get_json()
    content_id = approved.get_json()["content_id"]
    feed = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    assert [item["title"] for item in feed if item["id"] == content_id] == ["Visit our new store"]
    assert ledger(db, advocate, "suggestion_approved") == 25
    again = manager_client.post(f"/api/v1/suggestions/{waiting['id']}/approve", json={})
    assert again.status_code == 409
    colleague = login_as(UserFactory(team=team))
    share = {"content_id": content_id, "network": "linkedin", "client_id": "colleague-1"}
    assert colleague.post("/api/v1/shares", json=share).status_code == 201
    assert colleague.post("/api/v1/shares", json=share).status_code == 200  # a replay pays nobody twice
    own = {"content_id": content_id, "network": "x", "client_id": "own-share-1"}
    assert advocate_client.post("/api/v1/shares", json=own).status_code == 201  # their own share: no bonus
    assert ledger(db, advocate, "suggestion_shared") == 5


def test_a_rejected_suggestion_says_why(advocate_client, manager_client, db):
    made = suggest(advocate_client).get_json()
    no_reason = manager_client.post(f"/api/v1/suggestions/{made['id']}/reject", json={"reason": ""})
    assert no_reason.status_code == 422 and "reason" in no_reason.get_json()["error"]["fields"]
    manager_client.post(f"/api/v1/suggestions/{made['id']}/reject", json={"reason": "Competitor's site"})
    [mine] = advocate_client.get("/api/v1/suggestions/mine").get_json()["items"]
    assert (mine["status"], mine["reason"]) == ("rejected", "Competitor's site")


def test_suggestions_are_validated_and_reviewed_in_scope(advocate_client, manager_client, login_as, db):
    bad = advocate_client.post("/api/v1/suggestions", json={"url": "ftp://x", "title": "", "comment": "x"})
    assert set(bad.get_json()["error"]["fields"]) == {"url", "title", "comment"}
    assert suggest(advocate_client).status_code == 201
    assert suggest(advocate_client).status_code == 409  # the same link again while it waits
    outsider = login_as(UserFactory(team=TeamFactory(name="Legal")))
    theirs = suggest(outsider, url="https://blog.example.test/legal").get_json()
    assert len(manager_client.get("/api/v1/suggestions").get_json()["items"]) == 1
    assert (
        manager_client.post(
            f"/api/v1/suggestions/{theirs['id']}/reject", json={"reason": "Not ours"}
        ).status_code
        == 403
    )
    assert advocate_client.get("/api/v1/suggestions").status_code == 403


def test_ratings_show_admins_what_lands(advocate_client, login_as, admin_client, team, db):
    item = ContentFactory()
    assert (
        advocate_client.put(f"/api/v1/content/{item.id}/rating", json={"value": "useful"}).status_code == 200
    )
    other = login_as(UserFactory(team=team))
    other.put(f"/api/v1/content/{item.id}/rating", json={"value": "useful"})
    other.put(f"/api/v1/content/{item.id}/rating", json={"value": "not_for_me"})  # changed their mind
    [row] = admin_client.get("/api/v1/content/ratings").get_json()["items"]
    assert (row["useful"], row["not_for_me"]) == (1, 1)
    feed = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    assert [i["my_rating"] for i in feed if i["id"] == item.id] == ["useful"]
    bad = advocate_client.put(f"/api/v1/content/{item.id}/rating", json={"value": "meh"})
    assert bad.status_code == 422 and "value" in bad.get_json()["error"]["fields"]
    assert advocate_client.put("/api/v1/content/9999/rating", json={"value": "useful"}).status_code == 404
    assert advocate_client.delete(f"/api/v1/content/{item.id}/rating").status_code == 204
    assert advocate_client.get("/api/v1/content/ratings").status_code == 403


def test_admins_set_the_kudos_cap(admin_client, manager_client, db):
    assert admin_client.patch("/api/v1/organisation", json={"kudos_cap": 40}).get_json()["kudos_cap"] == 40
    assert manager_client.get("/api/v1/kudos/allowance").get_json() == {"cap": 40, "given": 0, "left": 40}
    bad = admin_client.patch("/api/v1/organisation", json={"kudos_cap": -1})
    assert bad.status_code == 422 and "kudos_cap" in bad.get_json()["error"]["fields"]


def test_a_manager_without_a_team_reviews_no_suggestions(login_as, db):
    unplaced = login_as(UserFactory(team=None))
    made = suggest(unplaced, url="https://blog.example.test/unplaced").get_json()
    teamless_manager = login_as(UserFactory(role="manager", team=None))
    assert teamless_manager.get("/api/v1/suggestions").get_json()["items"] == []
    refused = teamless_manager.post(f"/api/v1/suggestions/{made['id']}/approve", json={})
    assert refused.status_code == 403
