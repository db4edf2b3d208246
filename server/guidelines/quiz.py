"""The training quiz on the guidelines: admins set the questions and the pass mark; advocates
answer, see which they got right, and the first pass is a `quiz_passed` event (with the score),
so the rules award it once."""

from sqlalchemy.exc import IntegrityError

from gamification import Event
from server.errors import Refused
from server.extensions import db
from server.models import AuditEntry, Organisation, QuizPass, User
from server.models.types import utcnow
from server.scoring import recording


def settings() -> dict | None:
    return Organisation.current().quiz or None


def for_advocate(user: User) -> dict:
    """The questions without their answers, and whether the advocate has passed."""
    quiz = settings()
    passed = db.session.get(QuizPass, user.id)
    questions = [
        {"question": q["question"], "options": q["options"]} for q in (quiz or {}).get("questions", [])
    ]
    return {
        "pass_mark": quiz["pass_mark"] if quiz else None,
        "questions": questions,
        "passed": passed is not None,
        "score": passed.score if passed else None,
    }


def save(admin: User, quiz: dict) -> None:
    for index, question in enumerate(quiz["questions"]):
        if question["answer"] >= len(question["options"]):
            message = f"Question {index + 1}'s answer must be one of its {len(question['options'])} options."
            raise Refused(422, "validation_error", message, {f"questions.{index}.answer": [message]})
    Organisation.current().quiz = quiz
    db.session.add(
        AuditEntry(actor_id=admin.id, action="quiz.save", detail={"questions": len(quiz["questions"])})
    )
    db.session.commit()


def attempt(user: User, answers: list[int]) -> dict:
    quiz = settings()
    if not quiz:
        raise Refused(404, "no_quiz", "There is no training quiz yet.")
    questions = quiz["questions"]
    if len(answers) != len(questions):
        message = f"Answer all {len(questions)} questions (one option index each)."
        raise Refused(422, "validation_error", message, {"answers": [message]})
    right = [answer == question["answer"] for answer, question in zip(answers, questions, strict=True)]
    score = round(100 * sum(right) / len(questions))
    passed = score >= quiz["pass_mark"]
    points = _first_pass(user, score) if passed else 0
    return {"score": score, "passed": passed, "correct": right, "points": points}


def _first_pass(user: User, score: int) -> int:
    if db.session.get(QuizPass, user.id) is not None:
        return 0
    record = QuizPass(user_id=user.id, score=score, passed_at=utcnow())
    db.session.add(record)
    event = Event(f"quiz_passed:{user.id}", "quiz_passed", user.id, record.passed_at, {"quiz_score": score})
    scored = recording.score_recorded(user, event, content_id=None)
    try:
        db.session.commit()
    except IntegrityError:  # a second tab passed at the same moment: that pass counts
        db.session.rollback()
        return 0
    recording.after_commit(user, scored)
    return scored.points
