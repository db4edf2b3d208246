"""Download my data: one JSON document with everything stored about the signed-in person."""

from server import privacy
from server.models import User
from server.models.types import utcnow
from server.privacy import deletion


def document(user: User) -> dict:
    return {
        "exported_at": utcnow().isoformat(),
        "about": "Everything Amplify stores about you. Clicks are counts: visitors are kept only "
        "as a hash that changes every day, and no address is ever stored.",
        "profile": _profile(user),
        **privacy.sections_for(user.id),
    }


def _profile(user: User) -> dict:
    asked = deletion.status(user)
    return {
        "id": user.id,
        "email": user.email,
        "display_name": user.display_name,
        "role": user.role,
        "team": user.team.name if user.team else None,
        "department": user.department,
        "location": user.location,
        "public_ranking": user.public_ranking,
        "active": user.active,
        "created_at": user.created_at.isoformat(),
        "deletion_requested_at": asked["requested_at"] and asked["requested_at"].isoformat(),
        "deletion_due_at": asked["due_at"] and asked["due_at"].isoformat(),
    }


def file_name() -> str:
    return f"amplify-my-data-{utcnow().date().isoformat()}.json"
