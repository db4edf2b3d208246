"""Team challenge cards: the team's count in the window, who contributed, days left on the
organisation's calendar, the state, who may see which team, and results kept after the end."""

from datetime import UTC, datetime, timedelta

import pytest

from gamification.documents import to_document
from server.models import ChallengeResult, Organisation
from server.models.types import utcnow
from server.organisation.models import team_managers
from server.rules import rulebook
from server.scoring import recording
from tests.factories import ContentFactory, TeamFactory, UserFactory

pytestmark = pytest.mark.usefixtures("clock")


def challenge(team, target=5, starts=None, ends=None, **fields):
    now = utcnow()
    window = {"starts": (starts or now - timedelta(days=1)).isoformat()}
    window["ends"] = (ends or now + timedelta(days=10)).isoformat()
    item = {"id": "team.goal", "name": "Sales shares 5 times", "team_id": team.id, "event_type": "share"}
    return {**item, "target": target, "reward_points": 50, **window, **fields}


def with_challenges(db, *items):
    """Rules in force from now with these team challenges (and the rest as they stand)."""
    document = to_document(rulebook.active_rule_set())
    document["challenges"] = list(items)
    rulebook.add_version(None, document, utcnow() - timedelta(seconds=1))
    db.session.commit()


def share(client, user, index):
    client_id = f"challenge-{user.id}-{index}"
    body = {"content_id": ContentFactory().id, "network": "linkedin", "client_id": client_id}
    assert client.post("/api/v1/shares", json=body).status_code == 201


def shares(login_as, user, times):
    client = login_as(user)
    for index in range(times):
        share(client, user, index)
    return client


def cards(client, query=""):
    response = client.get(f"/api/v1/challenges{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_a_running_challenge_shows_the_teams_count_and_who_contributed(login_as, team, db):
    ada, bo = UserFactory(team=team, display_name="Ada"), UserFactory(team=team, display_name="Bo")
    with_challenges(db, challenge(team, target=8))
    shares(login_as, bo, 1)
    ada_client = shares(login_as, ada, 3)
    shares(login_as, UserFactory(team=TeamFactory(name="Other")), 2)  # another team's shares
    [card] = cards(ada_client)["running"]
    assert (card["count"], card["target"], card["percent"], card["state"]) == (4, 8, 50, "running")
    assert [(c["display_name"], c["count"]) for c in card["contributors"]] == [("Ada", 3), ("Bo", 1)]
    assert card["others"] == {"people": 0, "count": 0}
    assert (card["mine"], card["team"]["name"], card["event_label"]) == (3, "Sales", "shares")
    assert card["days_left"] == 10 and card["reached_at"] is None
    assert cards(ada_client)["ended"] == []


def test_only_the_top_ten_are_named_and_the_rest_are_summed(login_as, team, db):
    with_challenges(db, challenge(team, target=100))
    people = [UserFactory(team=team, display_name=f"P{n:02d}") for n in range(12)]
    for person, times in zip(people, [3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1], strict=True):
        viewer = shares(login_as, person, times)
    [card] = cards(viewer)["running"]
    assert len(card["contributors"]) == 10 and card["contributors"][0]["count"] == 3
    assert card["others"] == {"people": 2, "count": 2}
    assert card["count"] == 24 and card["mine"] == 1


def test_a_goal_met_is_reached_then_won_and_its_result_outlives_the_rules(login_as, team, db, clock):
    ada = UserFactory(team=team, display_name="Ada")
    with_challenges(db, challenge(team, target=2, ends=utcnow() + timedelta(hours=2)))
    client = shares(login_as, ada, 2)
    listed = cards(client)
    [card] = listed["running"]
    assert (card["state"], card["percent"], card["days_left"], listed["ended"]) == ("reached", 100, 0, [])
    assert card["reached_at"] is not None
    kept = db.session.scalars(db.select(ChallengeResult)).one()
    assert (kept.count, kept.contributors) == (2, [{"user_id": ada.id, "count": 2}])
    assert kept.reached_at is not None
    with_challenges(db)  # the admin removes it from the rules
    clock.shift(timedelta(hours=3))
    listed = cards(client)
    assert listed["running"] == []
    [ended] = listed["ended"]
    assert (ended["id"], ended["state"], ended["count"], ended["mine"]) == ("team.goal", "won", 2, 2)
    assert [c["display_name"] for c in ended["contributors"]] == ["Ada"]


def test_a_challenge_ended_short_is_missed_and_the_sweep_keeps_its_final_count(login_as, team, db, clock):
    ada = UserFactory(team=team)
    with_challenges(db, challenge(team, target=5, ends=utcnow() + timedelta(hours=1)))
    client = shares(login_as, ada, 2)
    clock.shift(timedelta(hours=2))
    [ended] = cards(client)["ended"]  # computed: the sweep has not run yet
    assert (ended["state"], ended["count"], ended["days_left"], ended["percent"]) == ("missed", 2, 0, 40)
    recording.settle_due()
    kept = db.session.scalars(db.select(ChallengeResult)).one()
    assert (kept.count, kept.reached_at) == (2, None)
    with_challenges(db)
    assert [c["state"] for c in cards(client)["ended"]] == ["missed"]


def test_events_outside_the_window_or_of_another_type_do_not_count(login_as, team, db, clock):
    ada = UserFactory(team=team)
    client = shares(login_as, ada, 1)  # before the window
    clock.shift(timedelta(minutes=5))
    starts = utcnow() - timedelta(minutes=1)
    opened = challenge(team, starts=starts, id="team.opens", event_type="content_opened")
    with_challenges(db, challenge(team, starts=starts), opened)
    share(client, ada, 7)
    running = {c["id"]: c for c in cards(client)["running"]}
    assert running["team.goal"]["count"] == 1
    assert (running["team.opens"]["count"], running["team.opens"]["event_label"]) == (0, "content opened")


def november(day, hour, minute=0):
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "now", "ends", "days_left"),
    [
        # The last day is the day before `ends` (exclusive) on the organisation's calendar.
        ("Europe/London", november(18, 11), november(19, 0), 0),
        ("Europe/London", november(18, 11), november(20, 0), 1),
        ("Europe/London", november(18, 11), november(19, 0, 1), 1),
        # 11:00 UTC is already 00:00 on the 19th in Auckland (+13): the last day there.
        ("Pacific/Auckland", november(18, 11), november(19, 11), 0),
        ("Pacific/Auckland", november(18, 10, 59), november(19, 11), 1),
    ],
)
def test_days_left_count_on_the_organisations_calendar(login_as, team, db, clock, zone, now, ends, days_left):
    Organisation.current().timezone = zone
    db.session.commit()
    clock.move_to(now)
    with_challenges(db, challenge(team, starts=now - timedelta(days=1), ends=ends))
    [card] = cards(login_as(UserFactory(team=team)))["running"]
    assert card["days_left"] == days_left


def test_advocates_see_their_own_team_and_managers_the_teams_they_manage(login_as, team, db):
    other, third = TeamFactory(name="Support"), TeamFactory(name="Ops")
    with_challenges(
        db,
        challenge(team),
        challenge(other, id="support.goal", name="Support shares"),
        challenge(third, id="ops.goal", name="Ops shares"),
    )
    advocate = login_as(UserFactory(team=team))
    assert [c["id"] for c in cards(advocate)["running"]] == ["team.goal"]
    refused = advocate.get(f"/api/v1/challenges?team_id={other.id}")
    assert refused.status_code == 403 and "your own team" in refused.get_json()["error"]["message"]
    missing = advocate.get("/api/v1/challenges?team_id=99999")
    assert missing.status_code == 404 and "no team 99999" in missing.get_json()["error"]["message"]
    manager = UserFactory(team=team, role="manager")
    db.session.execute(team_managers.insert().values(team_id=other.id, user_id=manager.id))
    db.session.commit()
    managing = login_as(manager)
    assert sorted(c["id"] for c in cards(managing)["running"]) == ["support.goal", "team.goal"]
    assert [c["id"] for c in cards(managing, f"?team_id={other.id}")["running"]] == ["support.goal"]
    assert managing.get(f"/api/v1/challenges?team_id={third.id}").status_code == 403
    admin = login_as(UserFactory(role="admin", team=None))
    assert len(cards(admin)["running"]) == 3
    assert [c["id"] for c in cards(admin, f"?team_id={third.id}")["running"]] == ["ops.goal"]
    assert cards(login_as(UserFactory(team=None))) == {"running": [], "ended": []}


def test_ended_challenges_are_newest_first_for_a_year(login_as, team, db):
    now = utcnow()
    for name, ended_days_ago in (("Old", 400), ("Spring", 200), ("Autumn", 20)):
        ends = now - timedelta(days=ended_days_ago)
        db.session.add(
            ChallengeResult(
                challenge_id=name.lower(),
                team_id=team.id,
                name=name,
                event_type="click",
                target=10,
                reward_points=5,
                starts=ends - timedelta(days=30),
                ends=ends,
                count=12,
                reached_at=ends - timedelta(days=2),
                contributors=[{"user_id": 999999, "count": 12}],
            )
        )
    db.session.commit()
    ended = cards(login_as(UserFactory(team=team)))["ended"]
    assert [(c["name"], c["state"], c["event_label"]) for c in ended] == [
        ("Autumn", "won", "clicks"),
        ("Spring", "won", "clicks"),
    ]
    assert ended[0]["contributors"] == [{"user_id": 999999, "display_name": "Former advocate", "count": 12}]


def test_the_challenges_need_a_sign_in_and_a_sensible_team(client, advocate_client):
    assert client.get("/api/v1/challenges").status_code == 401
    refused = advocate_client.get("/api/v1/challenges?team_id=sales")
    assert refused.status_code == 422 and "team_id" in refused.get_json()["error"]["fields"]
