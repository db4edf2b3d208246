"""Socket.IO in-process: authentication, leaderboard rooms, updates after commit."""

from datetime import timedelta

from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory, UserFactory

WEEK_COMPANY = {"period": "week", "scope": "company"}


def _share(client, content, client_id, network="linkedin"):
    body = {"content_id": content.id, "network": network, "client_id": client_id}
    return client.post("/api/v1/shares", json=body)


def test_anonymous_sockets_are_refused(client, socket_for):
    assert not socket_for(client).connected()


def _changes(sock) -> list[tuple[str, int, int]]:
    """(scope, advocate id, points) for each change in the deltas a socket received."""
    deltas = [e["args"][0] for e in sock.received("leaderboard:delta")]
    return [(d["board"]["scope"], c["id"], c["points"]) for d in deltas for c in d["changes"]]


def test_a_logged_in_advocate_joins_a_board_room(advocate_client, socket_for):
    sock = socket_for(advocate_client)
    assert sock.connected()
    ack = sock.emit("leaderboard:join", WEEK_COMPANY)
    assert ack["ok"] is True and ack["room"].startswith("board:week|")
    assert ack["board"] == {
        "period": "week",
        "period_key": ack["board"]["period_key"],
        "scope": "company",
        "value": None,
    }


def test_bad_join_requests_get_a_clear_refusal(advocate_client, admin_client, socket_for):
    sock = socket_for(advocate_client)
    bad = sock.emit("leaderboard:join", {"period": "decade", "scope": "company"})
    assert bad["ok"] is False and "period" in bad["fields"]
    teamless = socket_for(admin_client).emit("leaderboard:join", {"period": "week", "scope": "team"})
    assert teamless == {
        "ok": False,
        "error": "You are not in a team, so there is no team leaderboard for you.",
    }


def test_a_share_updates_watchers_of_the_board_and_the_sharers_other_devices(
    advocate_client, login_as, socket_for, db
):
    watcher = socket_for(login_as(UserFactory(team=None)))
    watcher.emit("leaderboard:join", WEEK_COMPANY)
    own_phone = socket_for(advocate_client)
    content = ContentFactory()
    watcher.received(), own_phone.received()  # drop anything from connecting

    assert _share(advocate_client, content, "live-0001").status_code == 201

    (delta,) = [e["args"][0] for e in watcher.received("leaderboard:delta")]
    assert delta["board"]["period"] == "week" and len(delta["versions"]) == 1
    (change,) = delta["changes"]
    sharer = advocate_client.get("/api/v1/me").get_json()
    assert (change["id"], change["points"], change["display_name"]) == (
        sharer["id"],
        15,
        sharer["display_name"],
    )
    points = own_phone.received("points:update")
    assert points[0]["args"][0]["points"]["all_time"] == 15


def test_other_teams_boards_hear_nothing(advocate_client, login_as, socket_for, db):
    outsider = socket_for(login_as(UserFactory(team=TeamFactory(name="Elsewhere"))))
    outsider.emit("leaderboard:join", {"period": "week", "scope": "team"})
    outsider.received()
    _share(advocate_client, ContentFactory(), "team-0001")
    assert outsider.received("leaderboard:delta") == []


def test_leaving_a_room_stops_its_updates(advocate_client, login_as, socket_for, db):
    watcher = socket_for(login_as(UserFactory(team=None)))
    watcher.emit("leaderboard:join", WEEK_COMPANY)
    assert watcher.emit("leaderboard:leave", WEEK_COMPANY)["ok"] is True
    watcher.received()
    _share(advocate_client, ContentFactory(), "leave-0001")
    assert watcher.received("leaderboard:delta") == []


def test_a_hidden_advocates_shares_never_reach_public_boards(advocate_client, login_as, socket_for, db):
    watcher = socket_for(login_as(UserFactory(team=None)))
    watcher.emit("leaderboard:join", WEEK_COMPANY)
    assert advocate_client.patch("/api/v1/me", json={"public_ranking": False}).status_code == 200
    watcher.received()
    _share(advocate_client, ContentFactory(), "hidden-0001")
    assert _changes(watcher) == []


def test_a_refused_share_emits_nothing(advocate_client, login_as, socket_for, db):
    watcher = socket_for(login_as(UserFactory(team=None)))
    watcher.emit("leaderboard:join", WEEK_COMPANY)
    watcher.received()
    expired = ContentFactory(publish_at=utcnow() - timedelta(days=2), expires_at=utcnow() - timedelta(days=1))
    assert _share(advocate_client, expired, "expired-01").status_code == 422
    assert watcher.received() == []


def test_a_replayed_share_emits_nothing_new(advocate_client, login_as, socket_for, db):
    watcher = socket_for(login_as(UserFactory(team=None)))
    watcher.emit("leaderboard:join", WEEK_COMPANY)
    content = ContentFactory()
    _share(advocate_client, content, "replay-0001")
    watcher.received()
    assert _share(advocate_client, content, "replay-0001").status_code == 200
    assert watcher.received() == []


def test_badges_and_levels_reach_the_advocates_other_devices(advocate_client, admin_client, socket_for, db):
    document = {
        "rules": [{"id": "share.base", "name": "Shared", "trigger": "share", "points": 10}],
        "badges": [
            {
                "id": "sharer",
                "name": "Sharer",
                "criteria": "Share",
                "metric": "shares_total",
                "thresholds": [1],
            }
        ],
        "levels": [{"name": "Newcomer", "threshold": 0}, {"name": "Contributor", "threshold": 10}],
    }
    assert (
        admin_client.post("/api/v1/rules/publish", json={"document": document, "reason": "Test"}).status_code
        == 201
    )
    phone = socket_for(advocate_client)
    phone.received()
    _share(advocate_client, ContentFactory(), "badge-live-1")
    (news,) = phone.received("progress:update")
    assert news["args"][0] == {
        "badges": [{"id": "sharer", "name": "Sharer", "tier": 1, "tier_name": "bronze"}],
        "level": "Contributor",
        "streak": 1,
    }


def test_another_teams_board_is_refused_to_an_advocate_and_open_to_an_admin(
    advocate_client, admin_client, socket_for, db
):
    other = TeamFactory(name="Private")
    board = {"period": "week", "scope": "team", "value": str(other.id)}
    refused = socket_for(advocate_client).emit("leaderboard:join", board)
    assert refused == {"ok": False, "error": "Only admins can see another team's board."}
    assert socket_for(admin_client).emit("leaderboard:join", board)["ok"] is True
