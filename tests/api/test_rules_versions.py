"""Published rule versions: a one-line reason, one-step rollback, readable diffs, and no edits in place."""

import pytest
from sqlalchemy import func

from server.models import AuditEntry, RuleSetVersion

pytestmark = pytest.mark.usefixtures("clock")

TEN_A_SHARE = {"rules": [{"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10}]}
REASON = "Say in one line why you are publishing (up to 200 characters)."


def _publish(client, document, reason="Simpler rules for the spring"):
    response = client.post("/api/v1/rules/publish", json={"document": document, "reason": reason})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["version"]


def _rows(db) -> tuple[int, int]:
    count = lambda model: db.session.scalar(db.select(func.count()).select_from(model))  # noqa: E731
    return count(RuleSetVersion), count(AuditEntry)


@pytest.mark.parametrize("reason", [None, "", "   ", "x" * 201])
def test_publishing_asks_for_a_one_line_reason(admin_client, db, reason):
    body = {"document": TEN_A_SHARE} | ({} if reason is None else {"reason": reason})
    response = admin_client.post("/api/v1/rules/publish", json=body)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"reason": [REASON]}
    assert _rows(db) == (0, 0)


def test_the_reason_is_kept_in_the_history_and_the_audit_log(admin_client, db):
    version = _publish(admin_client, TEN_A_SHARE, "  Simpler rules for the spring  ")
    (listed,) = admin_client.get("/api/v1/rules/versions").get_json()["items"]
    assert (listed["version"], listed["reason"], listed["published_by"]) == (
        version,
        "Simpler rules for the spring",
        "Rae",
    )
    audit = admin_client.get("/api/v1/rules/audit").get_json()["items"][0]
    assert (audit["action"], audit["detail"]["reason"]) == ("rules.publish", "Simpler rules for the spring")
    shown = admin_client.get(f"/api/v1/rules/versions/{version}").get_json()
    assert shown["reason"] == "Simpler rules for the spring"
    assert [rule["id"] for rule in shown["document"]["rules"]] == ["share.base"]
    assert shown["document"]["rules"][0]["enabled"] is True


def test_version_1_is_the_starter_set(admin_client):
    starter = admin_client.get("/api/v1/rules/versions/1").get_json()
    assert (starter["version"], starter["published_by"], starter["created_at"]) == (1, None, None)
    assert starter["reason"] == "The built-in starter rules"
    assert starter["document"]["rules"][0]["id"] == "share.base"
    assert admin_client.get("/api/v1/rules/versions/9").status_code == 404


def test_rolling_back_is_one_step_with_a_default_reason(admin_client, db):
    _publish(admin_client, TEN_A_SHARE)
    rolled = admin_client.post("/api/v1/rules/rollback", json={"version": 1})
    assert rolled.status_code == 201 and rolled.get_json()["version"] == 3
    newest = admin_client.get("/api/v1/rules/versions").get_json()["items"][0]
    assert (newest["version"], newest["reason"]) == (3, "Rolled back to version 1")
    assert admin_client.get("/api/v1/rules/current").get_json()["version"] == 3
    again = admin_client.post(
        "/api/v1/rules/rollback", json={"version": 2, "reason": "The spring rules were better"}
    )
    assert admin_client.get("/api/v1/rules/versions/4").get_json()["reason"] == "The spring rules were better"
    assert (
        again.get_json()["document"]["rules"]
        == admin_client.get("/api/v1/rules/versions/2").get_json()["document"]["rules"]
    )


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_a_published_version_cannot_be_changed_in_place(admin_client, db, method):
    version = _publish(admin_client, TEN_A_SHARE)
    before = _rows(db)
    response = admin_client.open(
        f"/api/v1/rules/versions/{version}",
        method=method,
        json={"document": TEN_A_SHARE, "reason": "Sneaky"},
        headers={"X-CSRFToken": admin_client.csrf()},
    )
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["Allow"].split(",")} == {"GET", "HEAD", "OPTIONS"}
    error = response.get_json()["error"]
    assert error["message"] == (
        f"Version {version} is published and cannot be changed. Publish your changes as a new version."
    )
    assert _rows(db) == before
    assert (
        admin_client.get(f"/api/v1/rules/versions/{version}").get_json()["reason"]
        == "Simpler rules for the spring"
    )


def test_a_diff_between_versions_reads_item_by_item(admin_client):
    _publish(admin_client, TEN_A_SHARE)
    document = {
        "rules": [
            {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 12},
            {
                "id": "share.li",
                "name": "LinkedIn",
                "trigger": "share",
                "points": 5,
                "condition": 'network == "linkedin"',
            },
        ]
    }
    _publish(admin_client, document)
    response = admin_client.get("/api/v1/rules/diff", query_string={"from": 2, "to": 3})
    assert response.status_code == 200, response.get_json()
    diff = response.get_json()
    assert (diff["from"], diff["to"]) == (2, 3)
    changes = {c["id"]: c for c in diff["changes"]}
    assert changes["share.base"] == {
        "section": "rules",
        "id": "share.base",
        "name": "Shared content",
        "change": "changed",
        "before": "+10 when someone shares",
        "after": "+12 when someone shares",
        "fields": [{"field": "points", "label": "Points", "before": 10, "after": 12}],
    }
    assert changes["share.li"]["change"] == "added"
    assert changes["share.li"]["after"] == "+5 when someone shares to LinkedIn"
    assert len(changes) == 2
    assert admin_client.get("/api/v1/rules/diff", query_string={"from": 2, "to": 7}).status_code == 404


def test_a_draft_is_compared_with_the_version_in_force(admin_client):
    _publish(admin_client, TEN_A_SHARE)
    draft = {"rules": [{**TEN_A_SHARE["rules"][0], "enabled": False}]}
    response = admin_client.post("/api/v1/rules/diff", json={"document": draft})
    diff = response.get_json()
    assert (diff["from"], diff["to"]) == (2, None)
    (change,) = diff["changes"]
    assert (change["change"], change["after"]) == ("disabled", "+10 when someone shares (switched off)")
    assert change["fields"] == [{"field": "enabled", "label": "On", "before": True, "after": False}]


def test_a_disabled_rule_is_kept_in_the_published_version_but_never_scores(admin_client, advocate_client, db):
    from tests.factories import ContentFactory

    document = {
        "rules": [
            *TEN_A_SHARE["rules"],
            {"id": "bonus", "name": "Bonus", "trigger": "share", "points": 90, "enabled": False},
        ]
    }
    version = _publish(admin_client, document)
    kept = admin_client.get(f"/api/v1/rules/versions/{version}").get_json()["document"]["rules"]
    assert [(r["id"], r["enabled"]) for r in kept] == [("share.base", True), ("bonus", False)]
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": "disabled-01"}
    assert advocate_client.post("/api/v1/shares", json=body).get_json()["points"]["all_time"] == 10


def test_two_items_with_one_id_are_refused(admin_client, db):
    document = {
        "rules": [TEN_A_SHARE["rules"][0], {**TEN_A_SHARE["rules"][0], "name": "Copy of Shared content"}]
    }
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Duplicate"})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["document.rules.1.id"] == [
        "Copy of Shared content: Another rule already uses the id `share.base`; each needs its own."
    ]
    assert _rows(db) == (0, 0)


def test_a_version_past_any_id_is_refused_naming_the_parameter(admin_client):
    # PostgreSQL's integer stops at 2,147,483,647: a larger version used to reach it and fail.
    response = admin_client.get("/api/v1/rules/diff", query_string={"from": 20614524848, "to": 1})
    assert response.status_code == 422
    assert "from" in response.get_json()["error"]["fields"]
