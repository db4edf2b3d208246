"""Forged and malformed Socket.IO traffic: every board request that is not a well-formed request
for a board the caller may see is refused with a clear answer, events only the server sends are
ignored when a client sends them, and nothing reaches anyone else."""

import pytest

from tests.factories import ContentFactory, TeamFactory, UserFactory

GARBAGE = [
    None,
    "board:week|all|company|-",
    ["week", "company"],
    12,
    {},
    {"period": "week"},
    {"period": "decade", "scope": "company"},
    {"period": "week", "scope": "galaxy"},
    {"period": "week" * 5000, "scope": "company"},
    {"period": "week", "scope": "company", "window": "w" * 10_000},
    {"period": "week", "scope": "company", "value": "v" * 10_000},
    {"period": {"$ne": None}, "scope": "company"},
    {"period": "week", "scope": "company'; DROP TABLE users; --"},
    {"period": "week", "scope": "company", "extra": {"a": {"b": {"c": [1] * 1000}}}},
]
SERVER_ONLY = ["leaderboard:delta", "points:update", "progress:update", "prize:won", "kudos:received"]


@pytest.mark.parametrize("payload", GARBAGE, ids=range(len(GARBAGE)))
def test_malformed_board_requests_are_refused_and_join_nothing(advocate_client, socket_for, payload, db):
    sock = socket_for(advocate_client)
    for event in ("leaderboard:join", "leaderboard:leave"):
        ack = sock.emit(event, payload)
        assert ack["ok"] is False and ack["error"], (event, ack)
    assert sock.connected()


def test_another_teams_board_cannot_be_joined_by_naming_it(advocate_client, login_as, socket_for, db):
    other = TeamFactory(name="Legal")
    watcher = socket_for(advocate_client)
    ack = watcher.emit("leaderboard:join", {"period": "week", "scope": "team", "value": str(other.id)})
    if ack["ok"]:  # the value is ignored: a team board is always the caller's own team
        assert ack["board"]["value"] != str(other.id)
    lawyer = login_as(UserFactory(email="lee@example.test", team=other))
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": "legal-0001"}
    assert lawyer.post("/api/v1/shares", json=body).status_code == 201
    team_changes = [
        e for e in watcher.received("leaderboard:delta") if e["args"][0]["board"]["scope"] == "team"
    ]
    assert team_changes == []


def test_events_only_the_server_sends_are_ignored_from_clients(
    advocate_client, login_as, socket_for, team, db
):
    forger = socket_for(advocate_client)
    colleague = socket_for(login_as(UserFactory(email="cat@example.test", team=team)))
    colleague.emit("leaderboard:join", {"period": "week", "scope": "company"})
    colleague.received()  # what joining sent
    forged = {"points": {"all_time": 10**9}, "changes": [{"id": 1, "points": 10**9}]}
    for event in SERVER_ONLY:
        assert forger.emit(event, forged) is None
    assert forger.connected()
    assert colleague.received() == []
