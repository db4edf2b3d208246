"""Many taps at once: on PostgreSQL the reward and the person are row-locked while stock, limit
and balance are checked, and on SQLite each redemption begins with a write (one writer at a
time), so the last items go to exactly as many people as there are items and no balance goes
below zero, on both."""

import threading

import pytest

from server.errors import Refused
from server.extensions import db as database
from server.models import Redemption, SpendingEntry, User
from server.rewards import balances, redeeming
from tests.api.rewards_helpers import earn, reward
from tests.factories import UserFactory

pytestmark = pytest.mark.usefixtures("clock")


def _race(app, attempts: list[tuple[int, str]], reward_id: int) -> list[str]:
    """Each attempt (person, client_id) in its own thread, app context and session, all at once;
    what each got: "redeemed" or the refusal's code."""
    start, outcomes = threading.Barrier(len(attempts)), []

    def attempt(user_id: int, client_id: str) -> None:
        with app.app_context():
            start.wait()
            try:
                redeeming.redeem(database.session.get(User, user_id), reward_id, client_id, "")
                outcomes.append("redeemed")
            except Refused as refused:
                outcomes.append(refused.code)

    threads = [threading.Thread(target=attempt, args=pair) for pair in attempts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(outcomes) == len(attempts), "a redemption hung"
    return outcomes


@pytest.fixture
def quiet(monkeypatch):
    # The news after each commit is not what races here; the queue it fills has its own tests.
    monkeypatch.setattr("server.rewards.news.requested", lambda redemption: None)


def test_a_hundred_taps_on_the_last_ten_give_exactly_ten(app, db, quiet):
    people = [UserFactory(display_name=f"Advocate {n}").id for n in range(10)]
    for user_id in people:
        earn(user_id, 1000)
    hoodie = reward(cost=50, stock=10)
    attempts = [(people[n % 10], f"race-{n:04d}") for n in range(100)]
    outcomes = _race(app, attempts, hoodie.id)
    assert outcomes.count("redeemed") == 10
    assert set(outcomes) == {"redeemed", "out_of_stock"}
    count = database.select(database.func.count()).select_from(Redemption).filter_by(reward_id=hoodie.id)
    assert database.session.scalar(count) == 10
    assert all(balances.balance(user_id)["available"] >= 0 for user_id in people)
    assert balances.problems() == []


def test_twenty_taps_with_points_for_three_spend_exactly_those(app, db, quiet):
    ada = UserFactory(display_name="Ada").id
    earn(ada, 300)
    mug = reward(title="Mug", cost=100)  # no stock limit: only the balance stops them
    outcomes = _race(app, [(ada, f"tap-{n:04d}") for n in range(20)], mug.id)
    assert outcomes.count("redeemed") == 3
    assert set(outcomes) == {"redeemed", "not_enough_points"}
    assert balances.balance(ada) == {"earned": 300, "spent": 300, "available": 0}
    rows = database.select(database.func.count()).select_from(SpendingEntry).filter_by(user_id=ada)
    assert database.session.scalar(rows) == 3
    assert balances.problems() == []


def test_the_same_retried_tap_many_times_at_once_redeems_once(app, db, quiet):
    ada = UserFactory(display_name="Ada").id
    earn(ada, 1000)
    outcomes = _race(app, [(ada, "tap-retried")] * 10, reward(cost=100).id)
    assert outcomes == ["redeemed"] * 10  # each gets the one redemption
    assert balances.balance(ada)["spent"] == 100
