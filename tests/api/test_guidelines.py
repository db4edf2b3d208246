"""Guidelines and training: the acknowledgement gate on sharing, prohibited words, the required
disclosure in edited captions, and the quiz that pays once."""

import pytest

from server.models import LedgerEntry
from tests.factories import ContentFactory

TEXT = "Be honest, say you work here, and never share confidential plans or customer names."
QUIZ = {
    "pass_mark": 60,
    "questions": [
        {"question": "Must you say you work here?", "options": ["Yes", "No"], "answer": 0},
        {"question": "May you share unreleased plans?", "options": ["Yes", "No", "Ask"], "answer": 1},
        {"question": "Who reads the guidelines?", "options": ["Everyone", "Managers"], "answer": 0},
    ],
}
RULES = {
    "rules": [
        {"id": "share.base", "name": "Shared", "trigger": "share", "points": 10},
        {"id": "guidelines.ack", "name": "Read", "trigger": "guidelines_acknowledged", "points": 20},
        {"id": "quiz.pass", "name": "Quiz", "trigger": "quiz_passed", "points": 30},
    ]
}


def points(db, user, event_type):
    query = db.select(db.func.coalesce(db.func.sum(LedgerEntry.points), 0))
    return db.session.scalar(query.filter_by(user_id=user.id, event_type=event_type))


def publish(admin_client, text=TEXT, **rules):
    response = admin_client.put("/api/v1/guidelines", json={"text": text, **rules})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def share(client, content_id, client_id, **extra):
    body = {"content_id": content_id, "network": "linkedin", "client_id": client_id, **extra}
    return client.post("/api/v1/shares", json=body)


def test_sharing_waits_for_the_guidelines_to_be_acknowledged(admin_client, advocate_client, advocate, db):
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": RULES, "reason": "Test"}).status_code
        == 201
    )
    item = ContentFactory()
    assert share(advocate_client, item.id, "before-any-guidelines").status_code == 201  # none published yet
    version = publish(admin_client)["version"]
    refused = share(advocate_client, item.id, "before-ack-1")
    assert (refused.status_code, refused.get_json()["error"]["code"]) == (403, "guidelines_required")
    status = advocate_client.get("/api/v1/guidelines").get_json()
    assert (status["version"], status["acknowledged"], status["text"]) == (version, False, TEXT)
    acked = advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": version})
    assert acked.get_json() == {"version": version, "points": 20}
    assert share(advocate_client, item.id, "after-ack-1").status_code == 201
    assert points(db, advocate, "guidelines_acknowledged") == 20


def test_a_changed_text_is_acknowledged_again_but_pays_once(admin_client, advocate_client, advocate, db):
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": RULES, "reason": "Test"}).status_code
        == 201
    )
    first = publish(admin_client)["version"]
    advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": first})
    assert publish(admin_client, prohibited_words=["secret"])["version"] == first  # same text: same version
    second = publish(admin_client, text=TEXT + " Also: no politics.")["version"]
    assert second == first + 1
    stale = advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": first})
    assert (stale.status_code, stale.get_json()["error"]["code"]) == (409, "guidelines_changed")
    assert share(advocate_client, ContentFactory().id, "needs-new-ack").status_code == 403
    again = advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": second})
    assert again.get_json()["points"] == 0
    assert points(db, advocate, "guidelines_acknowledged") == 20


def test_prohibited_words_and_the_required_disclosure_block_a_share_saying_why(
    admin_client, advocate_client, db
):
    version = publish(
        admin_client, prohibited_words=["Project Falcon", "guaranteed"], required_disclosure="#TeamNorthwind"
    )
    advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": version["version"]})
    leaky = ContentFactory(title="A first look at project falcon")
    refused = share(advocate_client, leaky.id, "prohibited-1")
    assert (refused.status_code, refused.get_json()["error"]["code"]) == (422, "prohibited_words")
    assert "project falcon" in refused.get_json()["error"]["message"]
    item = ContentFactory(title="Our spring range")
    bad_caption = share(advocate_client, item.id, "caption-1", caption="Returns guaranteed! #TeamNorthwind")
    assert "caption" in bad_caption.get_json()["error"]["fields"]
    dropped = share(advocate_client, item.id, "caption-2", caption="Love our spring range")
    assert (dropped.status_code, dropped.get_json()["error"]["code"]) == (422, "disclosure_missing")
    assert "#TeamNorthwind" in dropped.get_json()["error"]["fields"]["caption"][0]
    kept = share(advocate_client, item.id, "caption-3", caption="Love our spring range #teamnorthwind")
    assert kept.status_code == 201
    assert share(advocate_client, item.id, "caption-4").status_code == 201  # the caption as published


def test_the_quiz_pays_once_when_passed(admin_client, advocate_client, advocate, db):
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": RULES, "reason": "Test"}).status_code
        == 201
    )
    assert admin_client.put("/api/v1/guidelines/quiz", json=QUIZ).status_code == 200
    shown = advocate_client.get("/api/v1/guidelines/quiz").get_json()
    assert "answer" not in shown["questions"][0] and shown["passed"] is False
    failed = advocate_client.post("/api/v1/guidelines/quiz/attempts", json={"answers": [1, 0, 0]}).get_json()
    assert (failed["score"], failed["passed"], failed["correct"]) == (33, False, [False, False, True])
    passed = advocate_client.post("/api/v1/guidelines/quiz/attempts", json={"answers": [0, 1, 1]}).get_json()
    assert (passed["score"], passed["passed"], passed["points"]) == (67, True, 30)
    again = advocate_client.post("/api/v1/guidelines/quiz/attempts", json={"answers": [0, 1, 0]}).get_json()
    assert (again["score"], again["points"]) == (100, 0)
    assert points(db, advocate, "quiz_passed") == 30
    assert advocate_client.get("/api/v1/guidelines/quiz").get_json()["passed"] is True


def test_only_admins_read_the_quiz_answers_to_edit_them(admin_client, advocate_client, db):
    assert admin_client.get("/api/v1/guidelines/quiz/answers").get_json() == {
        "pass_mark": None,
        "questions": [],
    }
    admin_client.put("/api/v1/guidelines/quiz", json=QUIZ)
    assert admin_client.get("/api/v1/guidelines/quiz/answers").get_json() == QUIZ
    assert advocate_client.get("/api/v1/guidelines/quiz/answers").status_code == 403


@pytest.mark.parametrize(
    ("quiz", "field"),
    [
        ({**QUIZ, "pass_mark": 0}, "pass_mark"),
        ({**QUIZ, "questions": []}, "questions"),
        ({**QUIZ, "questions": [{"question": "Why?", "options": ["Only one"], "answer": 0}]}, "questions"),
        (
            {**QUIZ, "questions": [{"question": "Why?", "options": ["A", "B"], "answer": 2}]},
            "questions.0.answer",
        ),
    ],
)
def test_a_bad_quiz_is_refused_naming_the_field(admin_client, db, quiz, field):
    response = admin_client.put("/api/v1/guidelines/quiz", json=quiz)
    assert response.status_code == 422
    assert any(name.startswith(field) for name in response.get_json()["error"]["fields"])


def test_only_admins_set_guidelines_and_answers_must_fit(advocate_client, admin_client, db):
    assert advocate_client.put("/api/v1/guidelines", json={"text": TEXT}).status_code == 403
    short = admin_client.put("/api/v1/guidelines", json={"text": "Be nice"})
    assert short.status_code == 422 and "text" in short.get_json()["error"]["fields"]
    assert advocate_client.post("/api/v1/guidelines/quiz/attempts", json={"answers": [0]}).status_code == 404
    admin_client.put("/api/v1/guidelines/quiz", json=QUIZ)
    wrong_count = advocate_client.post("/api/v1/guidelines/quiz/attempts", json={"answers": [0]})
    assert wrong_count.status_code == 422 and "answers" in wrong_count.get_json()["error"]["fields"]
