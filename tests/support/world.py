"""A small company with one of everything, for tests that call every operation: two teams, a
person in each role, and content, a device, a suggestion, kudos, prizes, closed months, a win, an
open invitation, a password reset link and a pending deletion that belong to the manager's team
(Sales)."""

from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

from flask import current_app

from server.accounts import invitations, password_resets
from server.content import ratings
from server.extensions import db
from server.guidelines import quiz
from server.guidelines import service as guidelines
from server.leaderboards.periods import month_bounds, period_key, previous_month
from server.models import LedgerEntry, PrizeExclusion, PushDevice, Suggestion
from server.models.types import utcnow
from server.prizes import month_close
from server.prizes import service as prizes
from server.prizes.preview import preview
from server.recognition import kudos
from server.rules import previews as rules
from server.rules import rulebook
from tests.factories import ContentFactory, TeamFactory, UserFactory

# A subscription on the tests' loopback push service (PUSH_SERVICE_HOSTS is 127.0.0.1 there).
# A real P-256 point (the public key of private value 12345): registration refuses anything else.
P256DH = "BCbvzr0O6eNKZpGH4Ys6kSKy9zOUW2Scyfn5Ien52tgSkCOL3pzHuzMNFQxncE3SWucFUgV0S28xv0BwdFhy0OY"
AUTH = "c2VjcmV0LWF1dGgtMTIzNA"


def endpoint(name: str) -> str:
    return f"http://127.0.0.1:9/push/{name}"


def month_ago(n: int) -> str:
    """A month like 2026-10, `n` months before this one (UTC, the default organisation zone)."""
    month = period_key("month", utcnow(), ZoneInfo("UTC"))
    for _ in range(n):
        month = previous_month(month)
    return month


@dataclass
class World:
    sales: int
    marketing: int
    users: dict  # role name in the matrix -> User
    colleague: int  # a second advocate in Sales
    content: int
    device: int
    suggestion: int
    prize: int  # Sales, last month: closed, not yet confirmed
    close: int
    exclusion: int
    winner: int  # the advocate's win of a prize two months ago
    guidelines_version: int
    invitation: int  # the manager's invitation of an advocate to Sales, not yet accepted
    invitation_token: str  # its link's token
    reset_token: str  # a password reset link for the colleague, made by the admin
    leaving: int  # a Sales advocate who asked for their account to be deleted


def build() -> World:
    sales, marketing = TeamFactory(name="Sales"), TeamFactory(name="Marketing")
    users = {
        "advocate": UserFactory(email="ada@example.test", display_name="Ada", team=sales),
        "manager": UserFactory(email="max@example.test", display_name="Max", role="manager", team=sales),
        "other_manager": UserFactory(
            email="mia@example.test", display_name="Mia", role="manager", team=marketing
        ),
        "admin": UserFactory(email="root@example.test", display_name="Rae", role="admin", team=None),
    }
    colleague = UserFactory(display_name="Cy", team=sales)
    content = ContentFactory(created_by_id=users["manager"].id, target_teams=[sales])
    version = _guidelines(users)
    _earn(users["advocate"], 40, month_ago(1))
    _earn(users["advocate"], 30, month_ago(2))
    _earn(colleague, 20, month_ago(1))
    winner = _awarded_month(users["manager"], sales.id, users["advocate"].id)
    prize, close, exclusion = _closed_month(users["manager"], sales.id, colleague.id)
    ratings.rate(users["advocate"], content.id, "useful")
    kudos.give(users["manager"], users["advocate"].id, "Great launch week", 5)
    invitation, invitation_token, reset_token = _links(users, colleague.id)
    return World(
        sales=sales.id,
        marketing=marketing.id,
        users=users,
        colleague=colleague.id,
        content=content.id,
        device=_device(users["advocate"].id),
        suggestion=_suggestion(users["advocate"].id),
        prize=prize,
        close=close,
        exclusion=exclusion,
        winner=winner,
        guidelines_version=version,
        invitation=invitation,
        invitation_token=invitation_token,
        reset_token=reset_token,
        leaving=_leaving(sales),
    )


def _guidelines(users: dict) -> int:
    """Published, with a quiz and a rule set, and acknowledged by everyone so nobody's share is held
    up by them."""
    admin = users["admin"]
    guidelines.publish(admin, "Be kind, be accurate.", ["confidential"], None)
    question = {"question": "Share secrets?", "options": ["Never", "Sometimes"], "answer": 0}
    quiz.save(admin, {"pass_mark": 1, "questions": [question]})
    rulebook.publish(admin, rules.current()["document"], None)  # version 2: rollback has one
    version = guidelines.current().id
    for user in users.values():
        guidelines.acknowledge(user, version)
    return version


def _earn(user, points: int, month: str) -> None:
    start, _ = month_bounds(month, ZoneInfo("UTC"))
    db.session.add(
        LedgerEntry(
            user_id=user.id,
            points=points,
            reason="Kudos",
            event_type="kudos",  # points in the month without inventing a share behind them
            event_id=f"world-{user.id}-{month}",
            rule_id="kudos.manual",
            rule_version=1,
            occurred_at=start + timedelta(days=2, hours=10),
        )
    )
    db.session.commit()


def _awarded_month(manager, team_id: int, winner_id: int) -> int:
    fields = {"month": month_ago(2), "team_id": team_id, "title": "Headphones", "method": "top"}
    prizes.create(manager, _prize_fields(fields))
    record = month_close.close(manager, month_ago(2), team_id)
    shown = preview(record)
    sent = [{"prize_id": p["id"], "winners": [w["user_id"] for w in p["winners"]]} for p in shown["prizes"]]
    month_close.confirm(manager, record, sent)
    return prizes.mine(db.session.get(type(manager), winner_id))[0]["id"]


def _closed_month(manager, team_id: int, excluded_id: int) -> tuple[int, int, int]:
    fields = {"month": month_ago(1), "team_id": team_id, "title": "Gift card", "method": "top"}
    prize = prizes.create(manager, _prize_fields({**fields, "quantity": 2}))
    record = month_close.close(manager, month_ago(1), team_id)
    month_close.exclude(manager, record, prize.id, excluded_id, "Asked not to take part")
    exclusion = db.session.scalar(db.select(PrizeExclusion.id).filter_by(prize_id=prize.id))
    return prize.id, record.id, exclusion


def _prize_fields(fields: dict) -> dict:
    defaults = {
        "description": "",
        "image_url": None,
        "quantity": 1,
        "min_points": 1,
        "min_active_days": 0,
        "ticket_cap": 100,
        "allow_repeat": False,
    }
    return {**defaults, **fields}


def _device(user_id: int) -> int:
    device = PushDevice(user_id=user_id, endpoint=endpoint("ada"), p256dh=P256DH, auth=AUTH, label="Pixel")
    db.session.add(device)
    db.session.commit()
    return device.id


def _suggestion(user_id: int) -> int:
    suggestion = Suggestion(
        user_id=user_id, url="https://blog.example.test/new-store", title="New store", comment="Worth a read"
    )
    db.session.add(suggestion)
    db.session.commit()
    return suggestion.id


def _links(users: dict, colleague_id: int) -> tuple[int, str, str]:
    """An invitation and a reset link made through their services (no mail is configured in
    tests, so each link comes back to its maker), and the tokens the links carry."""
    with current_app.test_request_context():  # links start with the address of the request
        invitation, invite_link = invitations.invite(users["manager"], "new@example.test", "advocate", None)
        reset_link, _ = password_resets.link_for(users["admin"], colleague_id)
    return invitation.id, _token(invite_link), _token(reset_link)


def _token(link: str) -> str:
    return link.rsplit("/", 1)[1]  # …/#/invite/<token>


def _leaving(team) -> int:
    """Someone in their grace period. Set as privacy/deletion.py's `ask` sets it, without its
    (deliberately slow) password check, since the world is built for every role of every call."""
    user = UserFactory(email="dee@example.test", display_name="Dee", team=team)
    user.deletion_requested_at = utcnow() - timedelta(days=1)
    db.session.commit()
    return user.id
