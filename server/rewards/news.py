"""Telling people, after the commit: the advocate hears of each step of their redemption, live
in the app and on their phone; admins hear of each new request, so it gets fulfilled."""

from server.extensions import db
from server.models import Redemption, User
from server.push import notifications
from server.realtime import publish
from server.rewards.schemas import RedemptionOut
from server.rewards.shapes import redemption_out

STORE_URL = "/#/store"
FULFIL_URL = "/#/rewards"


def changed(redemption: Redemption) -> None:
    _live(redemption)
    words = _words(redemption)
    if words is not None:
        tag = f"redemption-{redemption.id}"
        notifications.tell([redemption.user_id], "prizes", words[0], words[1], STORE_URL, tag)


def _words(redemption: Redemption) -> tuple[str, str] | None:
    """(title, body) of the push message for the step it reached; None: the advocate did it."""
    title, charity = redemption.reward.title, redemption.reward.charity
    if redemption.status == "approved":
        going = f"Your donation to {charity} is going ahead." if charity else "It will be on its way soon."
        return f"Approved: {title}", going
    if redemption.status == "rejected":
        return f"Not approved: {title}", f"{redemption.reason} Your {redemption.cost:,} points are back."
    if redemption.status == "sent":
        return f"On its way: {title}", "Tap to say when it arrives."
    return None


def requested(redemption: Redemption) -> None:
    """A new request: the admins who fulfil them are told, and the advocate's other devices."""
    _live(redemption)
    admins = db.session.scalars(db.select(User.id).filter(User.role == "admin", User.active.is_(True)))
    who = db.session.get(User, redemption.user_id).display_name
    notifications.tell(
        list(admins),
        "prizes",
        f"Reward requested: {redemption.reward.title}",
        f"{who} · {redemption.cost} points",
        FULFIL_URL,
        f"redemption-{redemption.id}",
    )


def _live(redemption: Redemption) -> None:
    # Dumped by the API's schema: the app gets the same JSON (ISO times) live as over HTTP.
    publish.redemption_changed(redemption.user_id, RedemptionOut().dump(redemption_out(redemption)))
