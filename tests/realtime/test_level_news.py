"""A level-up reaches the advocate's devices only for a real change of level: everyone starts
at the first level, so the points for accepting the guidelines are no "Level up: Newcomer"."""

from tests.factories import ContentFactory

RULES = {
    "rules": [
        {"id": "share.base", "name": "Shared", "trigger": "share", "points": 10},
        {"id": "guidelines.ack", "name": "Read", "trigger": "guidelines_acknowledged", "points": 20},
    ],
    "levels": [{"name": "Newcomer", "threshold": 0}, {"name": "Contributor", "threshold": 30}],
}


def test_accepting_the_guidelines_names_no_level_and_the_next_level_is_news(
    advocate_client, admin_client, socket_for, db
):
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": RULES, "reason": "Test"}).status_code
        == 201
    )
    text = {"text": "Say you work here, and never share confidential plans."}
    version = admin_client.put("/api/v1/guidelines", json=text).get_json()["version"]
    phone = socket_for(advocate_client)
    assert advocate_client.get("/api/v1/me/progress").get_json()["level"]["level"] == "Newcomer"
    acked = advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": version})
    assert acked.get_json()["points"] == 20
    assert [news["args"][0]["level"] for news in phone.received("progress:update")] == []
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": "level-news-1"}
    shared = advocate_client.post("/api/v1/shares", json=body).get_json()
    assert shared["progress"]["level"] == "Contributor"
    assert [news["args"][0]["level"] for news in phone.received("progress:update")] == ["Contributor"]
