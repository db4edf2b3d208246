"""People's accounts: who a leader manages, and deactivation that ends every session and socket
at once."""

from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.models import Organisation, User
from server.realtime import publish
from server.scoring.points import points_summary


def profile(user: User) -> dict:
    """The signed-in person as the app shows them: who they are, their points, their organisation."""
    return {
        "id": user.id,
        "email": user.email,
        "display_name": user.display_name,
        "role": user.role,
        "team": user.team,
        "department": user.department,
        "location": user.location,
        "public_ranking": user.public_ranking,
        "points": points_summary(user.id),
        "organisation": Organisation.current(),
    }


def people(viewer: User) -> list[User]:
    """Everyone for admins; a manager's own team (nobody, for a manager without one)."""
    query = db.select(User)
    if viewer.role != "admin":
        if viewer.team_id is None:
            return []  # `team_id == None` would be everyone without a team, admins included
        query = query.filter(User.team_id == viewer.team_id)
    return list(db.session.scalars(query.order_by(User.active.desc(), User.display_name, User.id)))


def may_manage(viewer: User, person: User) -> bool:
    """Admins manage everyone else; managers the advocates of their own team."""
    if person.id == viewer.id:
        return False
    if viewer.role == "admin":
        return True
    return viewer.role == "manager" and person.role == "advocate" and _in_team_of(viewer, person.team_id)


def managed(viewer: User, person_id: int) -> User:
    """The person `viewer` may manage, else 404 (not theirs to know of) or 403."""
    person = db.session.get(User, person_id)
    if person is None or (viewer.role != "admin" and not _in_team_of(viewer, person.team_id)):
        raise Refused(404, "not_found", "There is no such person in your team.")
    if person.id == viewer.id:
        raise Refused(403, "forbidden", "You cannot change your own account here.")
    if not may_manage(viewer, person):
        raise Refused(403, "forbidden", "Managers may change only the advocates of their own team.")
    return person


def change_active(viewer: User, person_id: int, active: bool) -> User:
    person = managed(viewer, person_id)
    if person.deleted_at is not None:
        # Reactivated, the anonymised account (and its points) could be handed to anyone with a
        # reset link: deletion is for good.
        raise Refused(409, "account_deleted", "This account was deleted at its owner's request.")
    set_active(person, active)
    return person


def set_active(user: User, active: bool) -> None:
    """Deactivate (or reactivate) an account. Deactivating ends every session and remember-me
    cookie on their next request, disconnects their live sockets in every process and takes
    them off every leaderboard at once; reactivating does not bring the old sessions back."""
    user.active = active
    if not active:
        sessions.end_everywhere(user)
    db.session.commit()
    publish.scores_changed([user.id])
    if not active:
        publish.sessions_ended(user.id)


def set_public_ranking(user: User, public: bool) -> None:
    """Whether others see this advocate on leaderboards; the boards move at once."""
    user.public_ranking = public
    db.session.commit()
    publish.scores_changed([user.id])


def sign_out_everywhere(viewer: User, person_id: int) -> User:
    """End every session of a person, on every device, and drop their live sockets."""
    person = managed(viewer, person_id)
    sessions.end_everywhere(person)
    db.session.commit()
    publish.sessions_ended(person.id)
    return person


def _in_team_of(viewer: User, team_id: int | None) -> bool:
    """Whether `team_id` is the viewer's team; a viewer without a team has none to match."""
    return viewer.team_id is not None and team_id == viewer.team_id
