"""Admins preview scoring rules: fields, condition checks, the active rule set, what-if runs."""

from datetime import timedelta

import pytest
from sqlalchemy import func

from server.models import LedgerEntry
from server.models.types import utcnow
from tests.factories import ContentFactory, UserFactory

X_BONUS_DRAFT = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10},
        {
            "id": "share.x",
            "name": "X share bonus",
            "trigger": "share",
            "points": 7,
            "condition": 'network == "x"',
        },
    ],
}


def _window() -> dict:
    now = utcnow()
    return {"start": (now - timedelta(days=7)).isoformat(), "end": (now + timedelta(minutes=5)).isoformat()}


@pytest.mark.parametrize("path", ["/api/v1/rules/fields", "/api/v1/rules/current"])
def test_only_admins_see_rules(path, client, advocate_client, manager_client, admin_client):
    assert client.get(path).status_code == 401
    assert advocate_client.get(path).status_code == 403
    assert manager_client.get(path).status_code == 403
    assert admin_client.get(path).status_code == 200


def test_fields_are_listed_with_types(admin_client):
    items = {f["name"]: f for f in admin_client.get("/api/v1/rules/fields").get_json()["items"]}
    assert items["network"]["type"] == "string"
    assert items["shares_today"]["type"] == "float"
    assert "local hour" in items["hour"]["description"]


def test_a_valid_condition_reports_the_fields_it_uses(admin_client):
    response = admin_client.post("/api/v1/rules/check", json={"condition": 'network == "x" and hour < 9'})
    assert response.get_json() == {"valid": True, "fields_used": ["hour", "network"]}


def test_an_invalid_condition_is_refused_with_its_position(admin_client):
    response = admin_client.post(
        "/api/v1/rules/check", json={"condition": 'network == "x" and shars_today > 2'}
    )
    error = response.get_json()["error"]
    assert response.status_code == 422
    assert error["message"] == "`shars_today` is not a field; did you mean `shares_today`?"
    assert error["fields"] == {"condition": [error["message"]], "position": [19]}


def test_the_active_rule_set_is_an_editable_document(admin_client):
    current = admin_client.get("/api/v1/rules/current").get_json()
    ids = [rule["id"] for rule in current["document"]["rules"]]
    assert ids[0] == "share.base" and "share.linkedin" in ids
    assert current["version"] == 1


def test_simulation_compares_current_and_draft_without_writing(advocate_client, login_as, admin_client, db):
    content = ContentFactory()
    other = login_as(UserFactory(display_name="Xavier", team=None))
    for client, network, client_id in [(advocate_client, "linkedin", "sim-0001"), (other, "x", "sim-0002")]:
        body = {"content_id": content.id, "network": network, "client_id": client_id}
        assert client.post("/api/v1/shares", json=body).status_code == 201
    ledger_rows = db.session.scalar(db.select(func.count()).select_from(LedgerEntry))

    response = admin_client.post("/api/v1/rules/simulate", json={"draft": X_BONUS_DRAFT, **_window()})
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert report["events"] == 2
    assert report["before"]["total_points"] == 15 + 12
    assert report["after"]["total_points"] == 10 + 17
    assert report["after"]["leaderboard"][0]["display_name"] == "Xavier"
    changes = {c["display_name"]: c["change"] for c in report["changes"]}
    assert changes == {"Ada": -5, "Xavier": 5}
    assert db.session.scalar(db.select(func.count()).select_from(LedgerEntry)) == ledger_rows


def test_a_draft_with_problems_lists_every_reason(admin_client):
    draft = {
        "rules": [
            {"id": "a", "name": "A", "trigger": "share", "points": 1, "condition": "netwrk == 1"},
            {"id": "a", "name": "A again", "trigger": "share", "points": 1},
        ],
        "badges": [
            {"id": "b", "name": "B", "criteria": "c", "metric": "shares_total", "thresholds": [10, 5]}
        ],
    }
    response = admin_client.post("/api/v1/rules/simulate", json={"draft": draft, **_window()})
    error = response.get_json()["error"]
    assert response.status_code == 422
    assert error["code"] == "rule_set_invalid"
    assert len(error["fields"].pop("draft")) == 3
    assert error["fields"] == {
        "draft.rules.0.condition": ["A: `netwrk` is not a field; did you mean `network`?"],
        "draft.rules.1.id": ["A again: Another rule already uses the id `a`; each needs its own."],
        "draft.badges.0.thresholds": ["B: Each tier must ask for more than the one before it."],
    }


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"draft": {"rules": [{"id": "a", "name": "A", "trigger": "teleport", "points": 1}]}}, "draft"),
        ({"draft": {"rules": [], "colour": "red"}}, "draft"),
        ({"end": "2020-01-01T00:00:00Z"}, "end"),
    ],
)
def test_malformed_simulation_requests_name_the_field(admin_client, change, field):
    body = {"draft": X_BONUS_DRAFT, **_window(), **change}
    response = admin_client.post("/api/v1/rules/simulate", json=body)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]
