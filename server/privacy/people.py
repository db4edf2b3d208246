"""Recognition, suggestions and guidelines: kudos given and received, links suggested (and,
for leaders, reviewed), guideline acknowledgements and the quiz."""

from sqlalchemy.orm import aliased

from server.extensions import db
from server.models import GuidelinesAck, GuidelinesVersion, Kudos, QuizPass, Suggestion, User
from server.privacy.registry import exporter, listed

Other = aliased(User)


@exporter("kudos", Kudos.giver_id, Kudos.receiver_id)
def kudos(user_id: int) -> dict:
    def side(mine, theirs, label: str) -> list[dict]:
        return listed(
            db.select(Other.display_name.label(label), Kudos.message, Kudos.points, Kudos.created_at)
            .join(Other, Other.id == theirs)
            .filter(mine == user_id)
            .order_by(Kudos.created_at, Kudos.id)
        )

    return {
        "given": side(Kudos.giver_id, Kudos.receiver_id, "to"),
        "received": side(Kudos.receiver_id, Kudos.giver_id, "from"),
    }


@exporter("suggestions", Suggestion.user_id, Suggestion.reviewed_by_id)
def suggestions(user_id: int) -> dict:
    fields = (Suggestion.url, Suggestion.title, Suggestion.status, Suggestion.created_at)

    def where(column, *more) -> list[dict]:
        query = db.select(*fields, *more).filter(column == user_id).order_by(Suggestion.created_at)
        return listed(query)

    return {
        "made": where(Suggestion.user_id, Suggestion.comment, Suggestion.reason, Suggestion.reviewed_at),
        "reviewed": where(Suggestion.reviewed_by_id, Suggestion.reason, Suggestion.reviewed_at),
    }


@exporter("guidelines", GuidelinesAck.user_id, QuizPass.user_id, GuidelinesVersion.published_by_id)
def guidelines(user_id: int) -> dict:
    acks = listed(
        db.select(GuidelinesAck.version_id.label("version"), GuidelinesAck.acknowledged_at)
        .filter(GuidelinesAck.user_id == user_id)
        .order_by(GuidelinesAck.acknowledged_at)
    )
    quiz = db.session.get(QuizPass, user_id)
    published = listed(
        db.select(GuidelinesVersion.id.label("version"), GuidelinesVersion.published_at)
        .filter(GuidelinesVersion.published_by_id == user_id)
        .order_by(GuidelinesVersion.id)
    )
    return {
        "acknowledgements": acks,
        # Only the first pass is kept: failed attempts are marked and forgotten, never stored.
        "quiz_passed": {"score": quiz.score, "passed_at": quiz.passed_at} if quiz else None,
        "versions_published": published,
    }
