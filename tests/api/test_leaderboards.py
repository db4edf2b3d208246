"""Leaderboards: ranks, ties, scopes, the caller's own rank, and bad requests."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from server.services.periods import period_key
from tests.factories import ContentFactory, TeamFactory, UserFactory


def _earn(login_as, user, shares):
    client = login_as(user)
    for index, network in enumerate(shares):
        content = ContentFactory()
        body = {"content_id": content.id, "network": network, "client_id": f"u{user.id}-share-{index}"}
        assert client.post("/api/v1/shares", json=body).status_code == 201
    return client


def test_board_ranks_with_competition_ties_and_my_rank(login_as, team, db):
    ada, bo, cy, di = (UserFactory(team=team, display_name=n) for n in ["Ada", "Bo", "Cy", "Di"])
    _earn(login_as, ada, ["linkedin", "linkedin"])  # 30
    _earn(login_as, bo, ["linkedin"])  # 15
    _earn(login_as, cy, ["linkedin"])  # 15
    viewer = _earn(login_as, di, ["email"])  # 10
    board = viewer.get("/api/v1/leaderboards/week").get_json()
    assert [(e["rank"], e["advocate"]["display_name"], e["points"]) for e in board["entries"]] == [
        (1, "Ada", 30),
        (2, "Bo", 15),
        (2, "Cy", 15),
        (4, "Di", 10),
    ]
    assert board["me"] == {"rank": 4, "points": 10}
    assert board["total_ranked"] == 4


def test_team_board_only_ranks_my_team(login_as, team, db):
    mine = UserFactory(team=team, display_name="Mine")
    other = UserFactory(team=TeamFactory(name="Other"), display_name="Theirs")
    _earn(login_as, other, ["linkedin", "linkedin"])
    client = _earn(login_as, mine, ["email"])
    team_board = client.get("/api/v1/leaderboards/month?scope=team").get_json()
    company = client.get("/api/v1/leaderboards/month?scope=company").get_json()
    assert [e["advocate"]["display_name"] for e in team_board["entries"]] == ["Mine"]
    assert team_board["me"]["rank"] == 1
    assert company["me"]["rank"] == 2


def test_limit_keeps_my_rank_even_when_i_am_off_the_page(login_as, team, db):
    for name in ["A", "B", "C"]:
        _earn(login_as, UserFactory(team=team, display_name=name), ["linkedin"])
    me = _earn(login_as, UserFactory(team=team, display_name="Me"), ["email"])
    board = me.get("/api/v1/leaderboards/all_time?limit=2").get_json()
    assert len(board["entries"]) == 2
    assert board["me"] == {"rank": 4, "points": 10}


def test_deactivated_advocates_leave_the_board(login_as, team, db):
    gone = UserFactory(team=team)
    _earn(login_as, gone, ["linkedin"])
    viewer = login_as(UserFactory(team=team))
    gone.active = False
    db.session.commit()
    assert viewer.get("/api/v1/leaderboards/week").get_json()["entries"] == []


def test_someone_without_points_has_no_rank(advocate_client):
    board = advocate_client.get("/api/v1/leaderboards/week").get_json()
    assert board["me"] == {"rank": None, "points": 0}
    assert board["total_ranked"] == 0


@pytest.mark.parametrize(
    ("path", "status", "field"),
    [
        ("/api/v1/leaderboards/year", 404, None),
        ("/api/v1/leaderboards/week?scope=galaxy", 422, "scope"),
        ("/api/v1/leaderboards/week?limit=500", 422, "limit"),
        ("/api/v1/leaderboards/week?limit=ten", 422, "limit"),
    ],
)
def test_bad_board_requests_get_clear_errors(advocate_client, path, status, field):
    response = advocate_client.get(path)
    assert response.status_code == status
    error = response.get_json()["error"]
    assert field is None or field in error["fields"]
    assert error["message"]


def test_team_board_for_someone_without_a_team_is_a_clear_404(admin_client):
    response = admin_client.get("/api/v1/leaderboards/week?scope=team")
    assert response.status_code == 404
    assert "not in a team" in response.get_json()["error"]["message"]


def test_periods_follow_the_organisation_clock():
    # 23:30 UTC on Sunday 31 May is already Monday 1 June in Auckland: new week, new month.
    moment = datetime(2026, 5, 31, 23, 30, tzinfo=UTC)
    auckland, utc = ZoneInfo("Pacific/Auckland"), ZoneInfo("UTC")
    assert period_key("week", moment, utc) == "2026-W22"
    assert period_key("week", moment, auckland) == "2026-W23"
    assert period_key("month", moment, utc) == "2026-05"
    assert period_key("month", moment, auckland) == "2026-06"
    assert period_key("all_time", moment, auckland) == "all"


def test_unknown_query_parameters_are_named(advocate_client):
    response = advocate_client.get("/api/v1/leaderboards/week?scop=team")
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"scop": ["Unknown field."]}
