"""A team challenge, live: a counting share moves the card on every team member's open apps (and
nobody else's), the goal met is celebrated once, and a burst of changes is paced per challenge."""

import time
from dataclasses import dataclass
from datetime import timedelta

import pytest

from gamification.documents import to_document
from server.challenges import live
from server.models.types import utcnow
from server.rules import rulebook
from server.scoring import recording
from tests.factories import ContentFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.usefixtures("clock")


def with_challenge(db, team, target):
    document = to_document(rulebook.active_rule_set())
    now = utcnow()
    document["challenges"] = [
        {
            "id": "team.live",
            "name": "Sales shares together",
            "team_id": team.id,
            "event_type": "share",
            "target": target,
            "reward_points": 25,
            "starts": (now - timedelta(days=1)).isoformat(),
            "ends": (now + timedelta(days=3)).isoformat(),
        }
    ]
    rulebook.add_version(None, document, now - timedelta(seconds=1))
    db.session.commit()


def share(client, index):
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": f"live-share-{index}"}
    assert client.post("/api/v1/shares", json=body).status_code == 201


def cards(socket, name):
    return [event["args"][0]["card"] for event in socket.received(name)]


def test_a_share_moves_the_card_for_the_team_only_and_the_goal_is_celebrated_once(
    login_as, team, db, socket_for
):
    ada, bo = UserFactory(team=team, display_name="Ada"), UserFactory(team=team, display_name="Bo")
    outsider = UserFactory(team=TeamFactory(name="Support"))
    with_challenge(db, team, target=2)
    ada_client = login_as(ada)
    phones = {name: socket_for(login_as(user)) for name, user in (("bo", bo), ("outsider", outsider))}
    phones["ada"] = socket_for(ada_client)

    share(ada_client, 1)
    [card] = cards(phones["bo"], "challenge:progress")
    assert (card["id"], card["count"], card["percent"], card["state"]) == ("team.live", 1, 50, "running")
    assert card["contributors"] == [{"user_id": ada.id, "display_name": "Ada", "count": 1}]
    assert card["ends"].endswith("+00:00") and card["mine"] is None  # one card for the whole team
    assert len(cards(phones["ada"], "challenge:progress")) == 1
    assert phones["outsider"].received("challenge:progress") == []

    share(ada_client, 2)
    for name in ("ada", "bo"):
        [reached] = cards(phones[name], "challenge:reached")
        assert (reached["state"], reached["count"], reached["reached_at"] is not None) == ("reached", 2, True)
    share(ada_client, 3)  # past the goal: the card still moves, the celebration is not repeated
    assert [c["count"] for c in cards(phones["bo"], "challenge:progress")] == [3]
    assert phones["bo"].received("challenge:reached") == []
    assert phones["outsider"].received() == []


def test_a_goal_the_minutes_task_pays_is_celebrated_too(login_as, team, db, socket_for):
    ada = UserFactory(team=team)
    client = login_as(ada)
    share(client, 1)
    share(client, 2)  # before the challenge was published: nothing settled it yet
    with_challenge(db, team, target=2)
    phone = socket_for(login_as(UserFactory(team=team)))
    assert recording.settle_due() == 2
    [card] = cards(phone, "challenge:reached")
    assert (card["state"], card["count"]) == ("reached", 2)
    assert recording.settle_due() == 0 and phone.received("challenge:reached") == []


def test_a_burst_of_changes_sends_at_once_then_once_more_with_the_newest_rules(app):
    sent, first, newer = [], _Challenge("team.live", 1), _Challenge("team.live", 2)
    pacer = live.Pacer(sent.append)
    with app.app_context():
        pacer.changed(first, interval=0.3)  # after a quiet spell: at once
        for _ in range(20):
            pacer.changed(first, interval=0.3)  # held for the next slot, sent together
        pacer.changed(newer, interval=0.3)
        assert sent == [first]
        time.sleep(0.8)
    assert sent == [first, newer]


@dataclass(frozen=True)
class _Challenge:
    id: str
    version: int
