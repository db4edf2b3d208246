"""The rules editor for people: builder fields, checks in words, sentences and why rules fired."""

import pytest
from sqlalchemy import func

from server.models import AuditEntry, LedgerEntry, RuleSetVersion
from tests.factories import ContentFactory

pytestmark = pytest.mark.usefixtures("clock")

LINKEDIN_ONLY = {
    "rules": [
        {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
        {
            "id": "li",
            "name": "LinkedIn bonus",
            "trigger": "share",
            "points": 5,
            "condition": 'network == "linkedin"',
            "caps": [{"window": "day", "points": 5}],
        },
        {"id": "x", "name": "X bonus", "trigger": "share", "points": 3, "condition": 'network == "x"'},
        {"id": "off", "name": "Weekend", "trigger": "share", "points": 2, "enabled": False},
        {"id": "open", "name": "Opened", "trigger": "content_opened", "points": 1},
    ]
}


def _count(db, model) -> int:
    return db.session.scalar(db.select(func.count()).select_from(model))


def test_fields_offer_words_events_comparisons_and_real_values(admin_client, advocate, team):
    ContentFactory(tags=["launch", "careers"])
    ContentFactory(tags=["launch"])
    items = {f["name"]: f for f in admin_client.get("/api/v1/rules/fields").get_json()["items"]}
    network = items["network"]
    assert (network["type"], network["label"]) == ("string", "Network")
    assert network["triggers"] == ["share", "click", "suggestion_shared"]
    assert [o["label"] for o in network["operators"]] == ["is", "is not", "is one of"]
    assert {"value": "linkedin", "label": "LinkedIn"} in network["values"]
    assert [v["value"] for v in items["tags"]["values"]] == ["careers", "launch"]
    assert [o["label"] for o in items["tags"]["operators"]] == ["contains", "does not contain"]
    assert items["team_id"]["values"] == [{"value": team.id, "label": "Sales"}]
    assert len(items["team_id"]["triggers"]) == 8
    assert [o["label"] for o in items["own"]["operators"]] == ["is true", "is false"]
    assert [o["label"] for o in items["hour"]["operators"]] == ["=", "\u2260", "<", "\u2264", ">", "\u2265"]
    assert items["weekday"]["values"][0] == {"value": 1, "label": "Monday"}
    assert len(items["hour"]["values"]) == 24
    assert items["quiz_score"]["triggers"] == ["quiz_passed"] and items["quiz_score"]["values"] == []


@pytest.mark.parametrize(
    ("body", "message", "position"),
    [
        (
            {"condition": "network =="},
            "The condition stops before it is finished: something is missing after `network ==`.",
            10,
        ),
        ({"condition": 'netwrk == "x"'}, "`netwrk` is not a field; did you mean `network`?", 0),
        (
            {"condition": 'network == "x" or quiz_score > 80', "trigger": "share"},
            "A share has no quiz score: `quiz_score` is only on quiz_passed events.",
            18,
        ),
    ],
)
def test_a_condition_is_refused_in_words_at_the_character(admin_client, body, message, position):
    response = admin_client.post("/api/v1/rules/check", json=body)
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert (error["code"], error["message"]) == ("invalid_condition", message)
    assert error["fields"] == {"condition": [message], "position": [position]}


def test_a_condition_the_trigger_carries_is_accepted(admin_client):
    body = {"condition": "quiz_score >= 90 and team_id == 1", "trigger": "quiz_passed"}
    response = admin_client.post("/api/v1/rules/check", json=body)
    assert response.get_json() == {"valid": True, "fields_used": ["quiz_score", "team_id"]}


def test_publishing_a_condition_on_a_field_the_event_lacks_is_refused_naming_the_rule(admin_client, db):
    document = {
        "rules": [
            {"id": "q", "name": "Quiz share", "trigger": "share", "points": 1, "condition": "quiz_score > 1"}
        ]
    }
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Try it"})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["fields"]["document.rules.0.condition"] == [
        "Quiz share: A share has no quiz score: `quiz_score` is only on quiz_passed events."
    ]
    assert "nothing was published" in error["message"]
    assert _count(db, RuleSetVersion) == 0 and _count(db, AuditEntry) == 0


def test_every_item_reads_as_a_sentence_even_in_a_half_written_draft(admin_client, team):
    document = {
        "rules": [
            *LINKEDIN_ONLY["rules"],
            {
                "id": "sales",
                "name": "Sales",
                "trigger": "share",
                "points": 2,
                "condition": f"team_id == {team.id}",
            },
            {"id": "broken", "trigger": "share"},
        ],
        "badges": [
            {
                "id": "b",
                "name": "Sharer",
                "criteria": "c",
                "metric": "shares_total",
                "thresholds": [5, 25, 100],
            }
        ],
        "levels": [{"name": "Newcomer", "threshold": 0}],
        "colour": "red",
    }
    response = admin_client.post("/api/v1/rules/describe", json={"document": document})
    assert response.status_code == 200, response.get_json()
    said = response.get_json()
    assert said["rules"]["li"] == "+5 when someone shares to LinkedIn, at most once a day"
    assert said["rules"]["off"] == "+2 when someone shares (switched off)"
    assert said["rules"]["sales"] == "+2 when someone shares in Sales"
    assert "broken" not in said["rules"]
    assert said["badges"] == {"b": "Bronze at 5 shares, silver at 25 and gold at 100"}
    assert said["levels"] == {"Newcomer": "Where everyone starts"}
    assert said["campaigns"] == said["challenges"] == {}


def test_the_preview_says_which_rules_fired_for_recent_events_and_why(admin_client, advocate_client, db):
    content = ContentFactory(title="Spring launch")
    for network, client_id in (("linkedin", "why-00001"), ("linkedin", "why-00002"), ("x", "why-00003")):
        body = {"content_id": content.id, "network": network, "client_id": client_id}
        assert advocate_client.post("/api/v1/shares", json=body).status_code == 201
    ledger = _count(db, LedgerEntry)

    response = admin_client.post("/api/v1/rules/explain", json={"document": LINKEDIN_ONLY, "limit": 2})
    assert response.status_code == 200, response.get_json()
    events = response.get_json()["events"]
    assert [e["summary"] for e in events] == [
        "Shared \u201cSpring launch\u201d to X",
        "Shared \u201cSpring launch\u201d to LinkedIn",
    ]
    assert {e["advocate"] for e in events} == {"Ada"}
    newest, second = ({r["id"]: r for r in e["rules"]} for e in events)
    assert events[0]["total"] == 13
    assert newest["x"] == {
        "id": "x",
        "name": "X bonus",
        "fired": True,
        "points": 3,
        "why": "condition held: network is x",
    }
    assert newest["li"]["why"] == "condition did not hold: network is x, not linkedin"
    assert newest["off"] == {
        "id": "off",
        "name": "Weekend",
        "fired": False,
        "points": 0,
        "why": "switched off",
    }
    assert "open" not in newest  # a rule for another event type is left out
    assert second["li"]["why"] == "capped: 5 points a day already reached"
    assert events[1]["total"] == 10
    assert _count(db, LedgerEntry) == ledger


def test_explain_refuses_a_draft_with_problems_in_words(admin_client):
    document = {
        "rules": [{"id": "a", "name": "Early", "trigger": "share", "points": 1, "condition": "hour <"}]
    }
    response = admin_client.post("/api/v1/rules/explain", json={"document": document})
    assert response.status_code == 422
    assert (
        "Early: The condition stops before it is finished"
        in response.get_json()["error"]["fields"]["document.rules.0.condition"][0]
    )


@pytest.mark.parametrize("limit", [0, 21])
def test_explain_shows_between_1_and_20_events(admin_client, limit):
    response = admin_client.post("/api/v1/rules/explain", json={"document": LINKEDIN_ONLY, "limit": limit})
    assert response.status_code == 422 and "limit" in response.get_json()["error"]["fields"]


def test_a_team_condition_scores_live_and_in_the_preview_alike(admin_client, advocate_client, advocate, team):
    document = {
        "rules": [
            {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
            {
                "id": "team",
                "name": "Sales bonus",
                "trigger": "share",
                "points": 4,
                "condition": f"team_id == {team.id}",
            },
        ]
    }
    assert (
        admin_client.post(
            "/api/v1/rules/publish", json={"document": document, "reason": "Sales push"}
        ).status_code
        == 201
    )
    body = {"content_id": ContentFactory().id, "network": "email", "client_id": "team-live-1"}
    assert advocate_client.post("/api/v1/shares", json=body).get_json()["points"]["all_time"] == 14
    explained = admin_client.post("/api/v1/rules/explain", json={"document": document, "limit": 1}).get_json()
    (event,) = explained["events"]
    assert event["total"] == 14
    assert {r["id"]: r["why"] for r in event["rules"]}["team"] == f"condition held: team_id is {team.id}"
