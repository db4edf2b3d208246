"""Rules on whether a share's caption was the advocate's own, and on the campaigns in force: offered
by the builder, paid live, and read the same by the preview, the simulation and re-scoring."""

from datetime import timedelta

import pytest
from sqlalchemy import func

from server.models import LedgerEntry, Share
from server.models.types import utcnow
from tests.factories import ContentFactory

pytestmark = pytest.mark.usefixtures("clock")

OWN_WORDS = {
    "rules": [
        {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
        {"id": "own", "name": "Own words", "trigger": "share", "points": 5, "condition": "caption_edited"},
    ]
}


def _campaigns() -> list[dict]:
    now = utcnow()
    window = {"starts": (now - timedelta(days=1)).isoformat(), "ends": (now + timedelta(days=6)).isoformat()}
    return [
        {"id": "spring", "name": "Spring launch", "multiplier": 1.0, "tags": ["launch"], **window},
        {"id": "quiet", "name": "Quiet week", "multiplier": 1.0, "enabled": False, **window},
    ]


def _window() -> dict:
    now = utcnow()
    return {"start": (now - timedelta(days=7)).isoformat(), "end": (now + timedelta(minutes=5)).isoformat()}


def _publish(admin_client, document) -> None:
    response = admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Try it"})
    assert response.status_code == 201, response.get_json()


def _share(client, content, client_id, caption=None) -> dict:
    body = {"content_id": content.id, "network": "linkedin", "client_id": client_id}
    if caption is not None:
        body["caption"] = caption
    response = client.post("/api/v1/shares", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def test_the_builder_offers_both_fields_on_the_events_that_carry_them(admin_client):
    _publish(admin_client, {**OWN_WORDS, "campaigns": _campaigns()})
    items = {f["name"]: f for f in admin_client.get("/api/v1/rules/fields").get_json()["items"]}
    edited = items["caption_edited"]
    assert (edited["type"], edited["label"], edited["triggers"]) == ("boolean", "Caption edited", ["share"])
    assert [o["label"] for o in edited["operators"]] == ["is true", "is false"]
    campaigns = items["campaign_ids"]
    assert (campaigns["type"], campaigns["label"]) == ("array", "Campaign")
    assert campaigns["triggers"] == ["share", "click", "content_opened"]
    assert [o["label"] for o in campaigns["operators"]] == ["contains", "does not contain"]
    assert campaigns["values"] == [{"value": "spring", "label": "Spring launch"}]  # switched on only


def test_a_caption_of_their_own_pays_live_and_the_suggested_one_does_not(admin_client, advocate_client, db):
    _publish(admin_client, OWN_WORDS)
    content = ContentFactory(
        captions={"linkedin": "Have a read"}, caption_variants={"linkedin": ["Worth it"]}
    )
    assert _share(advocate_client, content, "cap-00001", "My own take on this")["points"]["all_time"] == 15
    assert _share(advocate_client, content, "cap-00002", "  Have a read \n")["points"]["all_time"] == 25
    assert _share(advocate_client, content, "cap-00003", "Worth it")["points"]["all_time"] == 35
    assert _share(advocate_client, content, "cap-00004")["points"]["all_time"] == 45
    kept = db.session.scalars(db.select(Share.caption_edited).order_by(Share.id)).all()
    assert kept == [True, False, False, False]


def test_the_preview_simulation_and_rescoring_agree_with_live(admin_client, advocate_client, db):
    content = ContentFactory(captions={"linkedin": "Have a read"})
    _share(advocate_client, content, "agree-0001", "In my words")
    _share(advocate_client, content, "agree-0002", "Have a read")

    explained = admin_client.post("/api/v1/rules/explain", json={"document": OWN_WORDS, "limit": 2})
    newest, first = explained.get_json()["events"]
    assert (newest["total"], first["total"]) == (10, 15)
    assert {r["id"]: r["fired"] for r in first["rules"]}["own"] is True
    assert {r["id"]: r["fired"] for r in newest["rules"]}["own"] is False

    report = admin_client.post("/api/v1/rules/simulate", json={"draft": OWN_WORDS, **_window()}).get_json()
    assert report["after"]["total_points"] == 25

    _publish(admin_client, OWN_WORDS)
    now = utcnow()
    span = {"start": (now - timedelta(days=1)).isoformat(), "end": (now + timedelta(minutes=1)).isoformat()}
    assert admin_client.post("/api/v1/rules/rescore", json=span).status_code == 200
    assert db.session.scalar(db.select(func.sum(LedgerEntry.points))) == 25
    again = admin_client.post("/api/v1/rules/rescore", json=span).get_json()
    assert again["points_delta"] == 0  # live and replay already agree: nothing to take back


def test_a_campaign_condition_pays_for_its_content_live_and_in_the_preview(admin_client, advocate_client):
    document = {
        "rules": [
            {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
            {
                "id": "sp",
                "name": "Spring",
                "trigger": "share",
                "points": 4,
                "condition": '"spring" in campaign_ids',
            },
        ],
        "campaigns": _campaigns(),
    }
    _publish(admin_client, document)
    assert _share(advocate_client, ContentFactory(tags=["launch"]), "camp-0001")["points"]["all_time"] == 14
    assert _share(advocate_client, ContentFactory(tags=["other"]), "camp-0002")["points"]["all_time"] == 24
    explained = admin_client.post("/api/v1/rules/explain", json={"document": document, "limit": 2}).get_json()
    assert [event["total"] for event in explained["events"]] == [10, 14]


def test_caption_edited_on_a_click_is_refused_in_words(admin_client):
    response = admin_client.post(
        "/api/v1/rules/check", json={"condition": "caption_edited", "trigger": "click"}
    )
    assert response.status_code == 422
    message = "A click has no caption edited: `caption_edited` is only on share events."
    assert response.get_json()["error"]["fields"] == {"condition": [message], "position": [0]}


def test_rules_on_both_fields_read_as_sentences(admin_client):
    document = {
        "rules": [
            *OWN_WORDS["rules"],
            {
                "id": "sp",
                "name": "Spring",
                "trigger": "click",
                "points": 2,
                "condition": '"spring" in campaign_ids',
            },
            {
                "id": "nq",
                "name": "Not quiet",
                "trigger": "share",
                "points": 1,
                "condition": '"gone" in campaign_ids',
            },
        ],
        "campaigns": _campaigns(),
    }
    sentences = admin_client.post("/api/v1/rules/describe", json={"document": document}).get_json()["rules"]
    assert sentences["own"].startswith("+5 when someone shares with a caption of their own")
    assert sentences["sp"].startswith("+2 when someone's shared link is clicked during Spring launch")
    assert sentences["nq"].startswith("+1 when someone shares during the gone campaign")  # no such campaign
