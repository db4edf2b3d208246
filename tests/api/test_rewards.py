"""The reward store: admins keep the catalogue, advocates spend lifetime points on it, admins
fulfil what was redeemed. Spending is its own ledger: the points ledger, scores and boards never
move, and refusals write nothing."""

import csv
import io

import pytest

from server.models import AuditEntry, LedgerEntry, Redemption, Reward, Score, SpendingEntry
from server.scoring import ledger_check, ledger_totals
from tests.api.rewards_helpers import earn, reward
from tests.support.reset import row_counts

pytestmark = pytest.mark.usefixtures("clock")
HOODIE = {"title": "Company hoodie", "description": "Navy, all sizes.", "cost": 500, "stock": 20}


def redeem(client, reward_id: int, client_id: str = "tap-00000001", **extra):
    return client.post(
        "/api/v1/store/redemptions", json={"reward_id": reward_id, "client_id": client_id, **extra}
    )


def store_row(client, reward_id: int) -> dict:
    return next(r for r in client.get("/api/v1/store").get_json()["rewards"] if r["id"] == reward_id)


# The catalogue


def test_an_admin_adds_changes_and_lists_a_reward(admin_client, db):
    made = admin_client.post("/api/v1/rewards", json=HOODIE)
    assert made.status_code == 201, made.get_json()
    body = made.get_json()
    assert body | {"id": 0} == {
        **HOODIE,
        "id": 0,
        "image_url": None,
        "stock_left": 20,
        "per_person_limit": None,
        "limit_period": "month",
        "charity": None,
        "archived_at": None,
        "redeemed": 0,
    }
    changed = admin_client.patch(f"/api/v1/rewards/{body['id']}", json={"cost": 450, "per_person_limit": 1})
    assert (changed.get_json()["cost"], changed.get_json()["title"]) == (450, "Company hoodie")
    assert [r["title"] for r in admin_client.get("/api/v1/rewards").get_json()["items"]] == ["Company hoodie"]
    assert admin_client.get("/api/v1/rewards?archived=1").get_json()["items"] == []
    actions = db.session.scalars(db.select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["rewards.create", "rewards.update"]


@pytest.mark.parametrize("cost", [0, -5])
def test_a_reward_costing_nothing_is_refused_in_words_and_nothing_is_written(admin_client, db, cost):
    before = row_counts()
    response = admin_client.post("/api/v1/rewards", json={**HOODIE, "cost": cost})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["cost"] == ["A reward costs at least 1 point."]
    assert row_counts() == before


def test_a_cleared_image_or_charity_means_none(admin_client, db):
    made = admin_client.post("/api/v1/rewards", json={**HOODIE, "image_url": "", "charity": ""})
    assert made.status_code == 201
    assert (made.get_json()["image_url"], made.get_json()["charity"]) == (None, None)


def test_other_bad_fields_are_named_in_words(admin_client, db):
    response = admin_client.post(
        "/api/v1/rewards",
        json={"title": " ", "cost": 5, "stock": -1, "per_person_limit": 0, "limit_period": "day"},
    )
    fields = response.get_json()["error"]["fields"]
    assert fields["title"] == ["Give the reward a title (up to 120 characters)."]
    assert fields["stock"] == ["Stock is a whole number, 0 or more; leave it empty for no limit."]
    assert "1 or more" in fields["per_person_limit"][0]
    assert "week, month, quarter, year or ever" in fields["limit_period"][0]


def test_deleting_archives_a_redeemed_reward_and_deletes_an_unredeemed_one(
    admin_client, advocate_client, advocate, db
):
    earn(advocate.id, 1000)
    kept, gone = reward(title="Hoodie"), reward(title="Mug")
    assert redeem(advocate_client, kept.id).status_code == 201
    assert admin_client.delete(f"/api/v1/rewards/{kept.id}").get_json() == {"archived": True}
    assert admin_client.delete(f"/api/v1/rewards/{gone.id}").get_json() == {"archived": False}
    assert db.session.scalar(db.select(Reward.id).filter_by(id=gone.id)) is None
    assert [r["title"] for r in admin_client.get("/api/v1/rewards?archived=1").get_json()["items"]] == [
        "Hoodie"
    ]
    assert advocate_client.get("/api/v1/store").get_json()["rewards"] == []  # not in the store
    assert redeem(advocate_client, kept.id, "tap-00000002").status_code == 422
    restored = admin_client.post(f"/api/v1/rewards/{kept.id}/restore")
    assert restored.get_json()["archived_at"] is None and restored.get_json()["redeemed"] == 1
    assert [r["id"] for r in advocate_client.get("/api/v1/store").get_json()["rewards"]] == [kept.id]


# Spending


def test_the_balance_is_points_earned_minus_points_spent(advocate_client, advocate, db):
    earn(advocate.id, 300)
    earn(advocate.id, 200)
    hoodie = reward(cost=120)
    made = redeem(advocate_client, hoodie.id, note="Size M, to the Lisbon office")
    assert made.status_code == 201, made.get_json()
    body = made.get_json()
    assert (body["status"], body["cost"], body["note"], body["reward"]["title"]) == (
        "requested",
        120,
        "Size M, to the Lisbon office",
        "Company hoodie",
    )
    store = advocate_client.get("/api/v1/store").get_json()
    assert store["balance"] == {"earned": 500, "spent": 120, "available": 380}
    assert store["rewards"][0] | {"limit_used": 1, "can_redeem": True, "why_not": None} == store["rewards"][0]
    [row] = db.session.scalars(db.select(SpendingEntry)).all()
    assert (row.kind, row.points, row.redemption_id) == ("redemption", -120, body["id"])


def test_spending_never_moves_the_points_ledger_scores_or_boards(advocate_client, advocate, db):
    earn(advocate.id, 500)
    ledger_totals.recompute_scores()
    scores = sorted(db.session.execute(db.select(Score.period, Score.period_key, Score.points)).all())
    ledger = db.session.scalar(db.select(db.func.sum(LedgerEntry.points)))
    redeem(advocate_client, reward(cost=400).id)
    db.session.expire_all()
    assert sorted(db.session.execute(db.select(Score.period, Score.period_key, Score.points)).all()) == scores
    assert db.session.scalar(db.select(db.func.sum(LedgerEntry.points))) == ledger == 500
    assert advocate_client.get("/api/v1/me").get_json()["points"]["all_time"] == 500
    assert ledger_check.score_findings() == [] and ledger_check.balance_findings() == []


def test_a_redemption_over_the_balance_is_refused_with_nothing_written(advocate_client, advocate, db):
    earn(advocate.id, 120)
    dear = reward(cost=500)
    assert store_row(advocate_client, dear.id) | {"can_redeem": False} == store_row(advocate_client, dear.id)
    assert store_row(advocate_client, dear.id)["why_not"] == "You need 380 more points."
    before = row_counts()
    response = redeem(advocate_client, dear.id)
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"] == {
        "reward_id": ["You have 120 points to spend; this costs 500."]
    }
    assert row_counts() == before


def test_large_numbers_are_written_with_thousands_separators(advocate_client, advocate, db):
    earn(advocate.id, 1200)
    day_off = reward(title="An extra day off", cost=2500)
    assert store_row(advocate_client, day_off.id)["why_not"] == "You need 1,300 more points."
    refusal = redeem(advocate_client, day_off.id).get_json()["error"]["fields"]["reward_id"]
    assert refusal == ["You have 1,200 points to spend; this costs 2,500."]


def test_past_the_stock_is_refused_with_nothing_written(advocate_client, advocate, db):
    earn(advocate.id, 1000)
    last = reward(cost=10, stock=1)
    assert redeem(advocate_client, last.id).status_code == 201
    assert store_row(advocate_client, last.id)["why_not"] == "Out of stock."
    before = row_counts()
    response = redeem(advocate_client, last.id, "tap-00000002")
    assert response.status_code == 409 and response.get_json()["error"]["code"] == "out_of_stock"
    assert response.get_json()["error"]["fields"] == {"reward_id": ["Out of stock."]}
    assert row_counts() == before


def test_the_limit_per_person_counts_this_month_only(advocate_client, advocate, db, clock):
    earn(advocate.id, 1000)
    coffee = reward(title="Coffee voucher", cost=10, per_person_limit=2, limit_period="month")
    assert redeem(advocate_client, coffee.id, "tap-00000001").status_code == 201
    assert redeem(advocate_client, coffee.id, "tap-00000002").status_code == 201
    why = "You have redeemed this twice this month, the limit."
    assert store_row(advocate_client, coffee.id)["why_not"] == why
    refused = redeem(advocate_client, coffee.id, "tap-00000003")
    assert refused.status_code == 422 and refused.get_json()["error"]["fields"] == {"reward_id": [why]}
    clock.move_to("2026-12-01T09:00:00+00:00")  # December, on the organisation's clock
    assert store_row(advocate_client, coffee.id)["limit_used"] == 0
    assert redeem(advocate_client, coffee.id, "tap-00000003").status_code == 201


def test_a_retried_tap_gets_the_first_redemption(advocate_client, advocate, db):
    earn(advocate.id, 1000)
    hoodie = reward(cost=100)
    first = redeem(advocate_client, hoodie.id, "tap-retried-1")
    again = redeem(advocate_client, hoodie.id, "tap-retried-1")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.get_json()["id"] == first.get_json()["id"]
    assert db.session.scalar(db.select(db.func.count()).select_from(SpendingEntry)) == 1


def test_bad_redemption_requests_are_named_in_words(advocate_client, advocate, db):
    response = advocate_client.post("/api/v1/store/redemptions", json={"reward_id": 0, "client_id": "x"})
    fields = response.get_json()["error"]["fields"]
    assert fields["reward_id"] == ["Choose a reward from the store."]
    assert "8-64" in fields["client_id"][0]


# Fulfilment


def test_fulfilment_goes_requested_approved_sent_received_with_news_at_each_step(
    admin_client, admin, advocate_client, advocate, db, monkeypatch
):
    told, live = [], []
    monkeypatch.setattr("server.push.notifications.tell", lambda people, *a, **k: told.append((people, a[1])))
    monkeypatch.setattr(
        "server.realtime.publish.redemption_changed", lambda user, r: live.append((user, r["status"]))
    )
    earn(advocate.id, 1000)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    url = f"/api/v1/redemptions/{made['id']}"
    open_rows = admin_client.get("/api/v1/redemptions").get_json()["items"]
    assert open_rows[0]["person"] == {
        "id": advocate.id,
        "display_name": "Ada",
        "email": "ada@example.test",
        "team": "Sales",
    }
    assert admin_client.patch(url, json={"status": "approved"}).get_json()["status"] == "approved"
    assert admin_client.patch(url, json={"status": "sent"}).get_json()["status"] == "sent"
    got = advocate_client.post(f"/api/v1/store/redemptions/{made['id']}/received")
    assert got.status_code == 200 and got.get_json()["status"] == "received"
    assert [status for _, status in live] == ["requested", "approved", "sent", "received"]
    assert {user for user, _ in live} == {advocate.id}
    assert ([admin.id], "Reward requested: Company hoodie") in told  # whoever fulfils hears of it
    assert [title for people, title in told if people == [advocate.id]] == [
        "Approved: Company hoodie",
        "On its way: Company hoodie",
    ]
    assert admin_client.get("/api/v1/redemptions").get_json()["items"] == []
    assert [r["status"] for r in admin_client.get("/api/v1/redemptions?status=all").get_json()["items"]] == [
        "received"
    ]
    audit = db.session.scalars(db.select(AuditEntry.detail).filter_by(action="rewards.fulfilment")).all()
    assert [d["to"] for d in audit] == ["approved", "sent"]


def test_rejecting_needs_a_reason_and_refunds_with_a_compensating_row(
    admin_client, advocate_client, advocate, db, monkeypatch
):
    told = []
    monkeypatch.setattr("server.push.notifications.tell", lambda people, *a, **k: told.append(a[1:3]))
    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    url = f"/api/v1/redemptions/{made['id']}"
    before = row_counts()
    no_reason = admin_client.patch(url, json={"status": "rejected"})
    assert no_reason.status_code == 422 and "Say why" in no_reason.get_json()["error"]["fields"]["reason"][0]
    assert row_counts() == before
    rejected = admin_client.patch(url, json={"status": "rejected", "reason": "That size is sold out."})
    assert (rejected.get_json()["status"], rejected.get_json()["reason"]) == (
        "rejected",
        "That size is sold out.",
    )
    rows = db.session.execute(
        db.select(SpendingEntry.kind, SpendingEntry.points).order_by(SpendingEntry.id)
    ).all()
    assert rows == [("redemption", -100), ("refund", 100)]
    assert advocate_client.get("/api/v1/store").get_json()["balance"] == {
        "earned": 300,
        "spent": 0,
        "available": 300,
    }
    assert told[-1] == ("Not approved: Company hoodie", "That size is sold out. Your 100 points are back.")
    assert ledger_check.balance_findings() == []


def test_only_the_allowed_moves_are_made(admin_client, advocate_client, advocate, db):
    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    url = f"/api/v1/redemptions/{made['id']}"
    refused = admin_client.patch(url, json={"status": "sent"})
    assert refused.status_code == 409
    assert refused.get_json()["error"]["message"] == (
        "This redemption is requested, so it cannot be sent now. It can be approved or rejected."
    )
    assert advocate_client.post(f"/api/v1/store/redemptions/{made['id']}/received").status_code == 409
    admin_client.patch(url, json={"status": "approved"})
    cancel = advocate_client.post(f"/api/v1/store/redemptions/{made['id']}/cancel")
    assert cancel.status_code == 409 and "approved" in cancel.get_json()["error"]["message"]
    assert db.session.scalar(db.select(db.func.count()).select_from(SpendingEntry)) == 1


def test_an_advocate_cancels_while_requested_and_gets_the_points_back(advocate_client, advocate, db):
    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    cancelled = advocate_client.post(f"/api/v1/store/redemptions/{made['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.get_json()["status"] == "cancelled"
    assert advocate_client.post(f"/api/v1/store/redemptions/{made['id']}/cancel").status_code == 409
    kinds = db.session.scalars(db.select(SpendingEntry.kind).order_by(SpendingEntry.id)).all()
    assert kinds == ["redemption", "refund"]
    assert advocate_client.get("/api/v1/store").get_json()["balance"]["available"] == 300
    assert [r["status"] for r in advocate_client.get("/api/v1/store/redemptions").get_json()["items"]] == [
        "cancelled"
    ]


def test_nobody_cancels_or_receives_someone_else_s_redemption(advocate_client, advocate, login_as, db):
    from tests.factories import UserFactory

    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    other = login_as(UserFactory(display_name="Cy"))
    assert other.post(f"/api/v1/store/redemptions/{made['id']}/cancel").status_code == 404
    assert other.get("/api/v1/store/redemptions").get_json()["items"] == []


def test_my_redemptions_come_newest_first(advocate_client, advocate, db, clock):
    earn(advocate.id, 1000)
    first = redeem(advocate_client, reward(title="Mug", cost=10).id, "tap-00000001").get_json()
    clock.shift(60)
    second = redeem(advocate_client, reward(title="Cap", cost=10).id, "tap-00000002").get_json()
    items = advocate_client.get("/api/v1/store/redemptions").get_json()["items"]
    assert [r["id"] for r in items] == [second["id"], first["id"]]


def test_the_csv_lists_open_redemptions_safe_for_spreadsheets(admin_client, advocate_client, advocate, db):
    earn(advocate.id, 1000)
    redeem(advocate_client, reward(title='=HYPERLINK("x")', cost=10).id, note="@ desk 4")
    response = admin_client.get("/api/v1/redemptions.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="amplify-redemptions-')
    header, row = list(csv.reader(io.StringIO(response.data.decode())))
    assert header == ["id", "requested", "status", "reward", "cost", "person", "email", "team", "note"]
    assert row[2:] == [
        "requested",
        '\'=HYPERLINK("x")',
        "10",
        "Ada",
        "ada@example.test",
        "Sales",
        "'@ desk 4",
    ]


# The balance check


def test_check_ledger_finds_a_missing_refund_and_a_negative_balance(app, advocate_client, advocate, db):
    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id).get_json()
    runner = app.test_cli_runner()
    assert ledger_check.balance_findings() == []
    # Broken by hand: rejected without its refund, and a charge of points never earned.
    db.session.get(Redemption, made["id"]).status = "rejected"
    db.session.add(
        SpendingEntry(user_id=advocate.id, redemption_id=made["id"], kind="redemption_x", points=-900)
    )
    db.session.commit()
    found = {(f.kind, f.subject): (f.expected, f.found) for f in ledger_check.balance_findings()}
    subject = f"redemption {made['id']} (rejected) by advocate {advocate.id}, refund row"
    assert found[("spending", subject)] == (f"+100 points for advocate {advocate.id}", "no row")
    assert found[("balance", f"advocate {advocate.id}'s spendable balance")] == ("0 or more", -700)
    result = runner.invoke(args=["check-ledger"])
    assert result.exit_code == 1 and "refund row: expected +100 points" in result.output


def test_a_deleted_account_keeps_its_redemptions_but_not_its_delivery_note(advocate_client, advocate, db):
    from server.privacy import deletion

    earn(advocate.id, 300)
    made = redeem(advocate_client, reward(cost=100).id, note="12 Rua Augusta, Lisbon").get_json()
    deletion.carry_out(advocate)
    kept = db.session.get(Redemption, made["id"])
    assert (kept.note, kept.cost, kept.status) == ("", 100, "requested")
    assert ledger_check.balance_findings() == []


@pytest.mark.parametrize(
    ("period", "start"),
    [
        ("week", "2026-11-16T00:00:00+00:00"),  # the Monday
        ("month", "2026-11-01T00:00:00+00:00"),
        ("quarter", "2026-10-01T00:00:00+01:00"),  # British Summer Time still, on 1 October
        ("year", "2026-01-01T00:00:00+00:00"),
        ("ever", None),
    ],
)
def test_limit_periods_start_on_the_organisation_s_calendar(period, start):
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from server.rewards.limits import period_start

    found = period_start(period, datetime(2026, 11, 18, 11, 0, tzinfo=UTC), ZoneInfo("Europe/London"))
    assert (found.isoformat() if found else None) == start


def test_a_limit_of_once_ever_never_resets(advocate_client, advocate, login_as, db, clock):
    earn(advocate.id, 5000)
    lunch = reward(title="Lunch with the leadership team", cost=100, per_person_limit=1, limit_period="ever")
    assert redeem(advocate_client, lunch.id, "tap-00000001").status_code == 201
    clock.move_to("2027-06-01T09:00:00+00:00")  # past the session's lifetime: sign in again
    assert store_row(login_as(advocate), lunch.id)["why_not"] == "You have redeemed this once, the limit."
