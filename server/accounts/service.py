"""People's accounts: who a leader manages, and deactivation that ends every session and socket
at once."""

from server.accounts import sessions
from server.errors import Refused
from server.extensions import db
from server.models import Organisation, User
from server.organisation.service import managed_team_ids
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


def may_manage(viewer: User, person: User) -> bool:
    """Admins manage everyone else; managers the advocates of the teams they manage."""
    if person.id == viewer.id:
        return False
    teams = managed_team_ids(viewer)
    return teams is None or (person.role == "advocate" and person.team_id in teams)


def managed(viewer: User, person_id: int) -> User:
    """The person `viewer` may manage, else 404 (not theirs to know of) or 403."""
    person = db.session.get(User, person_id)
    teams = managed_team_ids(viewer)
    if person is None or (teams is not None and person.team_id not in teams):
        raise Refused(404, "not_found", "There is no such person in your teams.")
    if person.id == viewer.id:
        raise Refused(403, "forbidden", "You cannot change your own account here.")
    if not may_manage(viewer, person):
        raise Refused(403, "forbidden", "Managers may change only the advocates of their teams.")
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
