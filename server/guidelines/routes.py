"""The social media guidelines every advocate acknowledges before sharing, and the quiz."""

from flask_login import current_user

from server.api.access import role_required, signed_in
from server.api.blueprint import Blueprint
from server.guidelines import quiz
from server.guidelines import service as guidelines
from server.guidelines.schemas import (
    AcknowledgedOut,
    AcknowledgeIn,
    AttemptIn,
    AttemptOut,
    GuidelinesIn,
    GuidelinesOut,
    QuizAnswersOut,
    QuizIn,
    QuizOut,
)

blp = Blueprint(
    "guidelines", __name__, url_prefix="/api/v1/guidelines", description="Guidelines and training"
)


@blp.get("")
@signed_in
@blp.response(200, GuidelinesOut)
def read():
    """The current guidelines, whether you acknowledged them, and the sharing rules they set."""
    return guidelines.status_for(current_user)


@blp.put("")
@role_required("admin")
@blp.arguments(GuidelinesIn)
@blp.response(200, GuidelinesOut)
def publish(body):
    """Publish the guidelines; a changed text is a new version everyone acknowledges again."""
    guidelines.publish(current_user, body["text"], body["prohibited_words"], body["required_disclosure"])
    return guidelines.status_for(current_user)


@blp.post("/acknowledge")
@signed_in
@blp.arguments(AcknowledgeIn)
@blp.response(200, AcknowledgedOut)
def acknowledge(body):
    """Acknowledge the version you read (409 if it changed meanwhile); sharing opens up."""
    return {"version": body["version"], "points": guidelines.acknowledge(current_user, body["version"])}


@blp.get("/quiz")
@signed_in
@blp.response(200, QuizOut)
def read_quiz():
    """The training quiz's questions (never the answers) and whether you passed."""
    return quiz.for_advocate(current_user)


@blp.get("/quiz/answers")
@role_required("admin")
@blp.response(200, QuizAnswersOut)
def read_quiz_answers():
    """The quiz as admins edit it: the questions with their right answers."""
    return quiz.settings() or {"pass_mark": None, "questions": []}


@blp.put("/quiz")
@role_required("admin")
@blp.arguments(QuizIn)
@blp.response(200, QuizOut)
def save_quiz(body):
    """Set the quiz: questions with 2-6 options each, the right option's index, and the pass mark."""
    quiz.save(current_user, body)
    return quiz.for_advocate(current_user)


@blp.post("/quiz/attempts")
@signed_in
@blp.arguments(AttemptIn)
@blp.response(200, AttemptOut)
def attempt(body):
    """Answer the quiz: your score, which answers were right, and points for the first pass."""
    return quiz.attempt(current_user, body["answers"])
