"""Leaderboards: ranks, ties, scopes, periods, windows, the caller's rank and neighbours, privacy,
and bad requests. The rank store answers; the database stays the truth."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from server.leaderboards.periods import period_key
from server.leaderboards.ranks import rank_store
from server.models import Organisation
from server.models.types import utcnow
from tests.factories import ContentFactory, TeamFactory, UserFactory

# Points under the starter rules: 10 a share, plus a bonus on some networks.
POINTS = {"linkedin": 15, "x": 12, "email": 10}


def _earn(login_as, user, shares):
    client = login_as(user)
    for index, network in enumerate(shares):
        content = ContentFactory()
        body = {"content_id": content.id, "network": network, "client_id": f"u{user.id}-share-{index}"}
        assert client.post("/api/v1/shares", json=body).status_code == 201
    return client


def _rows(entries):
    return [(e["rank"], e["advocate"]["display_name"], e["points"]) for e in entries]


def test_board_ranks_with_competition_ties_and_my_rank(login_as, team, db):
    ada, bo, cy, di = (UserFactory(team=team, display_name=n) for n in ["Ada", "Bo", "Cy", "Di"])
    _earn(login_as, ada, ["linkedin", "linkedin"])  # 30
    _earn(login_as, bo, ["linkedin"])  # 15, reached first
    _earn(login_as, cy, ["linkedin"])  # 15
    viewer = _earn(login_as, di, ["email"])  # 10
    board = viewer.get("/api/v1/leaderboards/week").get_json()
    assert _rows(board["entries"]) == [(1, "Ada", 30), (2, "Bo", 15), (2, "Cy", 15), (4, "Di", 10)]
    assert board["me"] == {"rank": 4, "points": 10, "listed": True}
    assert (board["total_ranked"], board["ranking"], board["page"], board["pages"]) == (
        4,
        "competition",
        1,
        1,
    )
    assert board["version"] > 0


def test_dense_ranking_is_a_setting(login_as, team, db):
    for name, shares in [("Ada", ["linkedin"]), ("Bo", ["linkedin"]), ("Cy", ["email"])]:
        _earn(login_as, UserFactory(team=team, display_name=name), shares)
    Organisation.current().ranking = "dense"
    db.session.commit()
    board = login_as(UserFactory(team=team)).get("/api/v1/leaderboards/month").get_json()
    assert [e["rank"] for e in board["entries"]] == [1, 1, 2] and board["ranking"] == "dense"


def test_neighbours_are_two_above_and_two_below(login_as, team, db):
    people = [UserFactory(team=team, display_name=f"P{n}") for n in range(7)]
    for n, person in enumerate(people):
        _earn(login_as, person, ["email"] * (7 - n))  # P0 70 ... P6 10
    board = login_as(people[3]).get("/api/v1/leaderboards/all_time?limit=2").get_json()
    assert _rows(board["neighbours"]) == [
        (2, "P1", 60),
        (3, "P2", 50),
        (4, "P3", 40),
        (5, "P4", 30),
        (6, "P5", 20),
    ]
    assert board["pages"] == 4 and len(board["entries"]) == 2
    page = login_as(people[3]).get("/api/v1/leaderboards/all_time?limit=2&page=3").get_json()
    assert _rows(page["entries"]) == [(5, "P4", 30), (6, "P5", 20)]
    past = login_as(people[3]).get("/api/v1/leaderboards/all_time?limit=2&page=5")
    assert past.status_code == 404 and "past the end" in past.get_json()["error"]["message"]


def test_a_tie_continuing_from_the_previous_page_keeps_its_rank(login_as, team, db):
    for name in ["A", "B", "C"]:
        _earn(login_as, UserFactory(team=team, display_name=name), ["linkedin"])
    viewer = login_as(UserFactory(team=team))
    assert _rows(viewer.get("/api/v1/leaderboards/week?limit=2&page=2").get_json()["entries"]) == [
        (1, "C", 15)
    ]


def test_deactivated_advocates_leave_the_board_at_once(app, login_as, team, db):
    gone = UserFactory(team=team)
    _earn(login_as, gone, ["linkedin"])
    viewer = _earn(login_as, UserFactory(team=team, display_name="Stays"), ["email"])
    result = app.test_cli_runner().invoke(args=["deactivate-user", gone.email])
    assert result.exit_code == 0, result.output
    board = viewer.get("/api/v1/leaderboards/week").get_json()
    assert _rows(board["entries"]) == [(1, "Stays", 10)] and board["total_ranked"] == 1
    app.test_cli_runner().invoke(args=["deactivate-user", gone.email, "--reactivate"])
    assert viewer.get("/api/v1/leaderboards/week").get_json()["total_ranked"] == 2
    unknown = app.test_cli_runner().invoke(args=["deactivate-user", "nobody@example.test"])
    assert unknown.exit_code != 0 and "no user" in unknown.output


def test_someone_the_store_cannot_name_is_written_again_from_the_database(login_as, team, db):
    viewer = _earn(login_as, UserFactory(team=team, display_name="Named"), ["email"])
    rank_store().name({}, forget=[viewer.get("/api/v1/me").get_json()["id"]])  # e.g. older keys
    assert _rows(viewer.get("/api/v1/leaderboards/week").get_json()["entries"]) == [(1, "Named", 10)]


def test_opting_out_hides_me_from_others_but_i_still_see_my_rank(login_as, team, db):
    shy = UserFactory(team=team, display_name="Shy")
    shy_client = _earn(login_as, shy, ["linkedin", "linkedin"])
    other = _earn(login_as, UserFactory(team=team, display_name="Open"), ["email"])
    response = shy_client.patch("/api/v1/me", json={"public_ranking": False})
    assert response.status_code == 200 and response.get_json()["public_ranking"] is False
    seen_by_other = other.get("/api/v1/leaderboards/week").get_json()
    assert _rows(seen_by_other["entries"]) == [(1, "Open", 10)]
    mine = shy_client.get("/api/v1/leaderboards/week").get_json()
    assert mine["me"] == {"rank": 1, "points": 30, "listed": False}
    assert _rows(mine["neighbours"]) == [(1, "Open", 10)]
    bad = shy_client.patch("/api/v1/me", json={"public_ranking": "maybe"})
    assert bad.status_code == 422 and "public_ranking" in bad.get_json()["error"]["fields"]


def test_someone_without_points_has_no_rank(advocate_client):
    board = advocate_client.get("/api/v1/leaderboards/week").get_json()
    assert board["me"] == {"rank": None, "points": 0, "listed": True}
    assert (board["total_ranked"], board["neighbours"]) == (0, [])


def test_team_department_and_location_boards_rank_only_their_people(login_as, team, db):
    mine = UserFactory(team=team, display_name="Mine", department="Commercial", location="Lisbon")
    other = UserFactory(team=TeamFactory(name="Other"), display_name="Theirs", department="Commercial")
    _earn(login_as, other, ["linkedin", "linkedin"])
    client = _earn(login_as, mine, ["email"])
    names = {}
    for scope in ("team", "department", "location", "company"):
        board = client.get(f"/api/v1/leaderboards/quarter?scope={scope}").get_json()
        names[scope] = [e["advocate"]["display_name"] for e in board["entries"]]
    assert names == {
        "team": ["Mine"],
        "department": ["Theirs", "Mine"],
        "location": ["Mine"],
        "company": ["Theirs", "Mine"],
    }


def test_only_admins_see_another_teams_board(login_as, admin_client, team, db):
    other = TeamFactory(name="Other")
    _earn(login_as, UserFactory(team=other, display_name="Theirs"), ["email"])
    advocate = login_as(UserFactory(team=team))
    refused = advocate.get(f"/api/v1/leaderboards/week?scope=team&value={other.id}")
    assert refused.status_code == 403
    assert "Theirs" not in str(refused.get_json())
    board = admin_client.get(f"/api/v1/leaderboards/week?scope=team&value={other.id}").get_json()
    assert [e["advocate"]["display_name"] for e in board["entries"]] == ["Theirs"]


def _window(id, name, starts, ends):
    return {"id": id, "name": name, "starts": starts.isoformat(), "ends": ends.isoformat()}


def _publish_campaign(admin_client, starts, ends, challenges=()):
    document = admin_client.get("/api/v1/rules/current").get_json()["document"]
    campaign = {**_window("spring", "Spring push", starts, ends), "multiplier": 2.0, "tags": []}
    document["campaigns"], document["challenges"] = [campaign], list(challenges)
    body = {"document": document, "reason": "A campaign for the leaderboard tests"}
    assert admin_client.post("/api/v1/rules/publish", json=body).status_code == 201


def test_a_campaign_has_a_board_of_the_points_earned_in_its_window(login_as, admin_client, team, db):
    _earn(login_as, UserFactory(team=team, display_name="Early"), ["linkedin"])
    now = utcnow()
    _publish_campaign(admin_client, now - timedelta(minutes=1), now + timedelta(days=1))
    viewer = _earn(login_as, UserFactory(team=team, display_name="During"), ["email"])  # doubled
    board = viewer.get("/api/v1/leaderboards/campaign?window=spring").get_json()
    assert _rows(board["entries"]) == [(1, "During", 20)] and board["period_key"] == "spring"
    unknown = viewer.get("/api/v1/leaderboards/campaign?window=winter")
    assert unknown.status_code == 404 and "spring" in unknown.get_json()["error"]["message"]
    missing = viewer.get("/api/v1/leaderboards/challenge")
    assert missing.status_code == 422 and "window" in missing.get_json()["error"]["fields"]


def test_team_versus_team_ranks_points_per_active_member(login_as, db):
    big, small = TeamFactory(name="Big"), TeamFactory(name="Small")
    big_people = [UserFactory(team=big) for _ in range(4)]
    _earn(login_as, big_people[0], ["linkedin", "linkedin"])  # 30 over 4 members
    viewer = _earn(login_as, UserFactory(team=small), ["linkedin"])  # 15 over 1 member
    board = viewer.get("/api/v1/leaderboards/week/teams").get_json()
    assert [
        (e["rank"], e["team"]["name"], e["points"], e["members"], e["per_member"]) for e in board["entries"]
    ] == [
        (1, "Small", 15, 1, 15.0),
        (2, "Big", 30, 4, 7.5),
    ]
    assert board["my_team_rank"] == 1


def test_the_rank_store_rebuilds_itself_from_the_scores(login_as, team, db):
    viewer = _earn(login_as, UserFactory(team=team, display_name="Kept"), ["linkedin"])
    rank_store().clear()  # a restarted process, or a flushed Redis
    board = viewer.get("/api/v1/leaderboards/all_time").get_json()
    assert _rows(board["entries"]) == [(1, "Kept", 15)]


@pytest.mark.parametrize(
    ("path", "status", "field"),
    [
        ("/api/v1/leaderboards/year", 404, None),
        ("/api/v1/leaderboards/week?scope=galaxy", 422, "scope"),
        ("/api/v1/leaderboards/week?limit=500", 422, "limit"),
        ("/api/v1/leaderboards/week?limit=ten", 422, "limit"),
        ("/api/v1/leaderboards/week?page=0", 422, "page"),
        ("/api/v1/leaderboards/week?window=spring", 422, "window"),
        ("/api/v1/leaderboards/week?scope=department", 404, None),
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
    assert period_key("quarter", moment, utc) == "2026-Q2"
    assert period_key("quarter", datetime(2026, 6, 30, 23, 30, tzinfo=UTC), auckland) == "2026-Q3"
    assert period_key("all_time", moment, auckland) == "all"


def test_unknown_query_parameters_are_named(advocate_client):
    response = advocate_client.get("/api/v1/leaderboards/week?scop=team")
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {"scop": ["Unknown field."]}


def test_the_index_lists_my_boards_with_campaign_windows(login_as, admin_client, team, db):
    now = utcnow()
    _publish_campaign(admin_client, now - timedelta(days=1), now + timedelta(days=1))
    viewer = login_as(UserFactory(team=team, department="Brand"))
    index = viewer.get("/api/v1/leaderboards").get_json()
    assert [(p["period"], p.get("window")) for p in index["periods"]] == [
        ("week", None),
        ("month", None),
        ("quarter", None),
        ("all_time", None),
        ("campaign", "spring"),
    ]
    assert [(s["scope"], s["name"]) for s in index["scopes"]] == [
        ("company", None),
        ("team", team.name),
        ("department", "Brand"),
    ]
    assert (index["ranking"], index["public_ranking"]) == ("competition", True)


def _challenge(team, id, name, starts, ends):
    goal = {"team_id": team.id, "event_type": "share", "target": 100, "reward_points": 10}
    return {**_window(id, name, starts, ends), **goal}


def test_only_running_windows_are_tabs_and_ended_ones_are_listed(login_as, admin_client, team, db, clock):
    now = utcnow()
    past, far = now - timedelta(days=500), now + timedelta(days=30)
    challenges = [
        _challenge(team, "team.now", "Running", now - timedelta(days=1), far),
        _challenge(team, "team.soon", "Not yet", now + timedelta(days=1), far),
        _challenge(team, "team.done", "Done", now - timedelta(days=20), now - timedelta(days=5)),
        _challenge(team, "team.ancient", "Ancient", past, past + timedelta(days=10)),
    ]
    _publish_campaign(admin_client, now - timedelta(days=1), now + timedelta(hours=1), challenges)
    viewer = login_as(UserFactory(team=team))
    tabs = [(p["period"], p.get("window")) for p in viewer.get("/api/v1/leaderboards").get_json()["periods"]]
    assert tabs[4:] == [("campaign", "spring"), ("challenge", "team.now")]
    assert viewer.get("/api/v1/leaderboards/ended").get_json() == {
        "items": [
            {
                "kind": "challenge",
                "id": "team.done",
                "name": "Done",
                "starts": challenges[2]["starts"],
                "ends": challenges[2]["ends"],
            }
        ]
    }
    clock.shift(timedelta(hours=2))  # the campaign ends: it leaves the tabs for the ended list
    periods = viewer.get("/api/v1/leaderboards").get_json()["periods"]
    assert [p.get("window") for p in periods if p.get("window")] == ["team.now"]
    ended = viewer.get("/api/v1/leaderboards/ended").get_json()["items"]
    assert [(item["kind"], item["id"]) for item in ended] == [
        ("campaign", "spring"),
        ("challenge", "team.done"),
    ]


def test_an_ended_campaign_keeps_its_final_board(login_as, admin_client, team, db, clock):
    now = utcnow()
    _publish_campaign(admin_client, now - timedelta(minutes=1), now + timedelta(hours=1))
    viewer = _earn(login_as, UserFactory(team=team, display_name="During"), ["email"])  # doubled
    clock.shift(timedelta(hours=2))
    _earn(login_as, UserFactory(team=team, display_name="After"), ["email"])
    board = viewer.get("/api/v1/leaderboards/campaign?window=spring").get_json()
    assert _rows(board["entries"]) == [(1, "During", 20)]
    rank_store().clear()  # rebuilt from the scores, the ended window's board included
    board = viewer.get("/api/v1/leaderboards/campaign?window=spring").get_json()
    assert _rows(board["entries"]) == [(1, "During", 20)]
