"""Account changes that other parts of the product must hear about at once."""

from server.extensions import db
from server.models import User
from server.realtime import publish


def set_active(user: User, active: bool) -> None:
    """Deactivate (or reactivate) an account: a deactivated advocate cannot log in, loses their
    session on the next request and leaves every leaderboard immediately."""
    user.active = active
    db.session.commit()
    publish.scores_changed([user.id])
