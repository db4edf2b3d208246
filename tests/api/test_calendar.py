"""The calendar at its edges, each case at a fixed instant in the organisation's timezone: Monday
00:30, the first of a month and of a quarter, 1 January, both daylight-saving changes, 29 February
and the last second of a month. Every case is checked through what people see: which period each
board shows and who is on it, the month a manager may close, an advocate's streak, and whether
the weekly digest and the close reminder reach a phone, and what they say.

In each case Ada shares at 23:45 the day before (local) and again at the instant; Bo shares only
the day before. Sydney and New York sit far from UTC, so a period read on UTC's calendar instead
of the organisation's shows up as a wrong key, a wrong person on a board or a broken streak."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from flask import current_app

from server.models import Organisation
from server.prizes import news as prize_news
from server.push.notifications import send_digests
from tests.factories import ContentFactory, TeamFactory, UserFactory

SYDNEY, LONDON, NEW_YORK = "Australia/Sydney", "Europe/London", "America/New_York"
SHARE_POINTS = 15  # the starter rules: 10 for a share, 5 more on LinkedIn


@dataclass(frozen=True)
class Case:
    zone: str
    at: tuple  # local wall time (year, month, day, hour, minute[, second]); `fold` picks a repeat
    boards: dict[str, str]  # period -> the key its board shows at the instant
    with_yesterday: set[str]  # periods whose board still holds yesterday's shares
    last_month: str  # the month ready to close; the instant's own month is refused
    told_at_instant: list[str]  # close reminders at the instant
    told_next_morning: list[str]  # close reminders at 09:05 after it
    digest: tuple  # the next Monday 09:00 (local wall time), and the digest's title then
    fold: int = 0
    zone_info: ZoneInfo = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "zone_info", ZoneInfo(self.zone))

    def local(self, *parts, fold=0) -> datetime:
        return datetime(*parts, tzinfo=self.zone_info, fold=fold)

    @property
    def instant(self) -> datetime:
        return self.local(*self.at, fold=self.fold)

    @property
    def yesterday(self) -> datetime:
        """23:45 on the local day before the instant's."""
        day = self.instant.date() - timedelta(days=1)
        return datetime.combine(day, time(23, 45), tzinfo=self.zone_info)


CASES = {
    # 00:30 on Monday in Sydney is still Sunday afternoon, last week, in UTC.
    "monday-00:30": Case(
        SYDNEY,
        (2026, 12, 7, 0, 30),
        {"week": "2026-W50", "month": "2026-12", "quarter": "2026-Q4"},
        {"month", "quarter"},
        "2026-11",
        [],
        ["November 2026 is ready to close"],
        ((2026, 12, 7, 9, 0), "Your week: 30 points, 0 new stories"),
    ),
    # Summer time: in UTC it is still 30 September, the last day of Q3.
    "first-of-month-and-quarter": Case(
        LONDON,
        (2026, 10, 1, 0, 30),
        {"week": "2026-W40", "month": "2026-10", "quarter": "2026-Q4"},
        {"week"},
        "2026-09",
        [],
        ["September 2026 is ready to close"],
        ((2026, 10, 5, 9, 0), "Your week: 30 points, 0 new stories"),
    ),
    # New Year's Day is in ISO week 53 of the old year; in UTC it is still New Year's Eve.
    "1-january": Case(
        SYDNEY,
        (2027, 1, 1, 0, 30),
        {"week": "2026-W53", "month": "2027-01", "quarter": "2027-Q1"},
        {"week"},
        "2026-12",
        [],
        ["December 2026 is ready to close"],
        ((2027, 1, 4, 9, 0), "Your week: 30 points, 0 new stories"),
    ),
    # Clocks went from 01:00 GMT to 02:00 BST an hour and a half ago: a 23-hour day.
    "clocks-go-forward": Case(
        LONDON,
        (2026, 3, 29, 2, 30),
        {"week": "2026-W13", "month": "2026-03", "quarter": "2026-Q1"},
        {"week", "month", "quarter"},
        "2026-02",
        [],
        ["February 2026 is ready to close"],
        ((2026, 3, 30, 9, 0), "Your week: 30 points, 0 new stories"),
    ),
    # The second 01:30 of a 25-hour day, after clocks went back from 02:00 BST to 01:00 GMT.
    "clocks-go-back": Case(
        LONDON,
        (2026, 10, 25, 1, 30),
        {"week": "2026-W43", "month": "2026-10", "quarter": "2026-Q4"},
        {"week", "month", "quarter"},
        "2026-09",
        [],
        ["September 2026 is ready to close"],
        ((2026, 10, 26, 9, 0), "Your week: 30 points, 0 new stories"),
        fold=1,
    ),
    # In UTC it is still 28 February, so a streak counted on UTC days would not grow.
    "29-february": Case(
        SYDNEY,
        (2028, 2, 29, 0, 30),
        {"week": "2028-W09", "month": "2028-02", "quarter": "2028-Q1"},
        {"week", "month", "quarter"},
        "2028-01",
        [],
        ["January 2028 is ready to close"],
        ((2028, 3, 6, 9, 0), "Your week: 30 points, 0 new stories"),
    ),
    # In UTC it is already 1 December: November must still be running, and not closable.
    "last-second-of-a-month": Case(
        NEW_YORK,
        (2026, 11, 30, 23, 59, 59),
        {"week": "2026-W49", "month": "2026-11", "quarter": "2026-Q4"},
        {"month", "quarter"},
        "2026-10",
        ["October 2026 is ready to close"],
        ["November 2026 is ready to close"],
        ((2026, 12, 7, 9, 0), "Your week: 15 points, 0 new stories"),  # yesterday's is 8 days old
    ),
}


@pytest.fixture(params=list(CASES))
def calendar(request, db, login_as, push_service, vapid):
    """The case's world, with the clock stopped at its instant."""
    case = CASES[request.param]
    with time_machine.travel(case.yesterday, tick=False):
        world = _world(case, db, login_as, push_service)
        for person in (world.ada, world.bo):
            _share(person, world.stories[0])
    with time_machine.travel(case.instant, tick=False):
        _share(world.ada, world.stories[1])
        yield world


def _world(case: Case, db, login_as, push_service) -> SimpleNamespace:
    Organisation.current().timezone = case.zone
    db.session.commit()
    team = TeamFactory(name="Sales")
    ada, bo = (UserFactory(display_name=name, team=team) for name in ("Ada", "Bo"))
    max_ = UserFactory(display_name="Max", team=team, role="manager")
    published = case.yesterday - timedelta(days=10)  # old news by the digest
    stories = [ContentFactory(publish_at=published) for _ in range(2)]
    world = SimpleNamespace(case=case, stories=[s.id for s in stories], ada=login_as(ada), bo=login_as(bo))
    world.max = login_as(max_)
    world.ada_phone = _phone(world.ada, push_service, {"digest": True}, case.zone)
    world.max_phone = _phone(world.max, push_service, {"prizes": True}, case.zone)
    this_month = case.instant.strftime("%Y-%m")
    for month in (case.last_month, this_month):
        body = {"month": month, "title": "Gift card", "method": "top", "team_id": team.id}
        assert world.max.post("/api/v1/prizes", json=body).status_code == 201
    world.team_id, world.this_month = team.id, this_month
    return world


def _phone(client, push_service, categories: dict, zone: str):
    subscription = push_service.subscription()
    added = client.post("/api/v1/push/devices", json={**subscription.info(), "label": "Phone"})
    assert added.status_code == 201, added.get_json()
    body = {"categories": categories, "quiet_hours": None, "timezone": zone}
    assert client.put("/api/v1/push/preferences", json=body).status_code == 200
    return subscription


def _share(client, content_id: int) -> None:
    body = {"content_id": content_id, "network": "linkedin", "client_id": uuid.uuid4().hex}
    response = client.post("/api/v1/shares", json=body)
    assert response.status_code == 201, response.get_json()


def _titles(push_service, phone) -> list[str]:
    """What the phone has shown, once the queued deliveries have run."""
    current_app.extensions["tasks"].run_pending()
    return [json.loads(body)["title"] for body in push_service.delivered(phone)]


def test_each_board_shows_the_period_of_the_organisations_calendar_and_who_scored_in_it(calendar):
    case = calendar.case
    for period, key in case.boards.items():
        board = calendar.ada.get(f"/api/v1/leaderboards/{period}").get_json()
        rows = [(entry["advocate"]["display_name"], entry["points"]) for entry in board["entries"]]
        if period in case.with_yesterday:
            expected = [("Ada", 2 * SHARE_POINTS), ("Bo", SHARE_POINTS)]
        else:
            expected = [("Ada", SHARE_POINTS)]
        assert (board["period_key"], rows) == (key, expected), period
    me = calendar.ada.get("/api/v1/me").get_json()["points"]
    assert {period: me[period] for period in case.boards} == {
        period: SHARE_POINTS * (2 if period in case.with_yesterday else 1) for period in case.boards
    }


def test_a_manager_may_close_last_month_and_not_the_one_still_running(calendar):
    case = calendar.case
    ready = calendar.max.get("/api/v1/closes/ready").get_json()["items"]
    assert [(item["month"], item["team_id"]) for item in ready] == [(case.last_month, calendar.team_id)]
    running = _close(calendar, calendar.this_month)
    assert (running.status_code, running.get_json()["error"]["code"]) == (409, "month_not_over")
    ended = _close(calendar, case.last_month)
    assert ended.status_code == 201, ended.get_json()


def _close(calendar, month: str):
    return calendar.max.post("/api/v1/closes", json={"month": month, "team_id": calendar.team_id})


def test_a_share_yesterday_and_one_today_make_a_two_day_streak(calendar):
    ada = calendar.ada.get("/api/v1/me/progress").get_json()["streak"]
    bo = calendar.bo.get("/api/v1/me/progress").get_json()["streak"]
    assert (ada["days"], bo["days"]) == (2, 1)


def test_the_digest_comes_on_monday_at_nine_their_time_counting_the_last_seven_days(calendar, push_service):
    case = calendar.case
    monday_9, title = case.local(*case.digest[0]), case.digest[1]
    hour = case.instant.replace(minute=0, second=0)  # the hourly run the instant falls in
    for moment in (hour, monday_9 - timedelta(hours=1)):
        with time_machine.travel(moment, tick=False):
            send_digests(moment)
            assert _titles(push_service, calendar.ada_phone) == [], moment
    with time_machine.travel(monday_9, tick=False):
        send_digests(monday_9)
        assert _titles(push_service, calendar.ada_phone) == [title]


def test_the_close_reminder_names_the_month_that_has_ended_from_nine_in_the_morning(calendar, push_service):
    case = calendar.case
    prize_news.remind_to_close(case.instant)
    assert _titles(push_service, calendar.max_phone) == case.told_at_instant
    next_day = case.instant.date() + timedelta(days=1 if case.instant.hour >= 9 else 0)
    morning = datetime.combine(next_day, time(9, 5), tzinfo=case.zone_info)
    with time_machine.travel(morning, tick=False):
        prize_news.remind_to_close(morning)
        assert _titles(push_service, calendar.max_phone) == case.told_at_instant + case.told_next_morning


def test_tests_run_on_a_fixed_clock_not_on_the_day_they_run(advocate_client):
    """tests/conftest.py's clock: every test with data starts on Wednesday 18 November 2026."""
    board = advocate_client.get("/api/v1/leaderboards/week").get_json()
    assert board["period_key"] == "2026-W47"
