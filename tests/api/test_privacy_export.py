"""Download my data: one JSON file with everything stored about the signed-in person, built from
a registry of exporters that must cover every column naming a person."""

import json
import re

from server import privacy
from server.extensions import db
from server.models import MonthClose
from server.privacy import prizes as privacy_prizes
from server.prizes import exclusions
from tests.api.accounts_helpers import token_from
from tests.support import world
from tests.support.advocacy_flow import live
from tests.support.smtp_server import SmtpServer


def _download(client) -> dict:
    response = client.get("/api/v1/me/export")
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(r'attachment; filename="amplify-my-data-\d{4}-\d{2}-\d{2}\.json"', disposition)
    return json.loads(response.data)


def test_the_download_holds_what_the_advocate_did(
    advocate_client, manager_client, admin_client, client, advocate, push_service, db
):
    lived = live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    mine = _download(advocate_client)
    assert mine["profile"]["email"] == "ada@example.test" and mine["profile"]["team"] == "Sales"
    assert [s["content_title"] for s in mine["shares"]] == ["Our spring launch"]
    assert mine["shares"][0]["network"] == "linkedin"
    assert any(row["explanation"] and row["event_type"] == "share" for row in mine["ledger"])
    [day] = mine["clicks"]
    assert (day["content_title"], day["clicks"], day["unique_clickers"]) == ("Our spring launch", 1, 1)
    assert mine["kudos"]["received"][0] == {**mine["kudos"]["received"][0], "message": "Great launch week"}
    assert mine["kudos"]["received"][0]["from"] == "Max"
    assert mine["suggestions"]["made"][0]["comment"] == "My own words"
    assert mine["ratings"][0]["value"] == "useful"
    assert len(mine["guidelines"]["acknowledgements"]) == 1
    assert lived.content_id and mine["scores"]


def test_push_devices_show_only_the_push_service_never_the_endpoint_or_keys(
    advocate_client, manager_client, admin_client, client, advocate, push_service, db
):
    subscription = push_service.subscription()
    live(advocate_client, manager_client, admin_client, client, advocate, subscription)
    response = advocate_client.get("/api/v1/me/export")
    [device] = json.loads(response.data)["push_devices"]
    assert device["push_service"] == "127.0.0.1" and device["label"] == "Chrome on Android"
    text = response.data.decode()
    assert subscription.endpoint not in text
    assert subscription.p256dh not in text and subscription.auth not in text


def test_leaders_get_what_they_gave_and_did(
    advocate_client, manager_client, admin_client, client, advocate, push_service, db
):
    live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    theirs = _download(manager_client)
    assert [(k["to"], k["message"]) for k in theirs["kudos"]["given"]] == [("Ada", "Great launch week")]
    assert theirs["shares"] == [] and theirs["kudos"]["received"] == []
    admins = _download(admin_client)
    assert [v["version"] for v in admins["guidelines"]["versions_published"]] == [1]


def test_nobody_else_s_data_is_in_my_download(
    advocate_client, manager_client, admin_client, client, advocate, push_service, login_as, db
):
    from tests.factories import UserFactory

    live(advocate_client, manager_client, admin_client, client, advocate, push_service.subscription())
    stranger = UserFactory(display_name="Someone Else")
    theirs = _download(login_as(stranger))
    assert theirs["shares"] == [] and theirs["clicks"] == [] and theirs["kudos"]["received"] == []
    assert "Ada" not in json.dumps(theirs) and "My own words" not in json.dumps(theirs)


def test_signing_in_is_required(client, db):
    assert client.get("/api/v1/me/export").status_code == 401


def test_every_column_that_names_a_person_is_exported():
    """A new table with a user foreign key fails here until an exporter covers it."""
    naming = {
        (table.name, column.name)
        for table in db.metadata.sorted_tables
        for column in table.columns
        for key in column.foreign_keys
        if key.column.table.name == "users"
    }
    assert naming, "the metadata should know the users foreign keys"
    missing = naming - privacy.covered_columns()
    assert not missing, f"add an exporter in server/privacy/ for {sorted(missing)}"


def test_mail_and_digests_sent_to_me_are_in_my_download_without_the_link(
    app, advocate_client, client, advocate, db, monkeypatch
):
    with SmtpServer() as smtp:
        for key, value in {
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": smtp.port,
            "MAIL_SECURITY": "none",
        }.items():
            monkeypatch.setitem(app.config, key, value)
        assert client.post("/api/v1/auth/password-reset", json={"email": advocate.email}).status_code == 202
        app.extensions["tasks"].run_pending()
        link = token_from(smtp.next_message().get_content(), "reset")
    mine = _download(advocate_client)
    [mail] = mine["mail_sent"]
    assert (mail["kind"], mail["subject"], mail["status"]) == (
        "password_reset",
        "Reset your Amplify password",
        "sent",
    )
    assert link not in json.dumps(mine)
    assert mine["digests_and_reminders"] == []


def test_my_redemptions_and_spending_are_in_my_download_and_not_in_the_admin_s(
    advocate_client, admin_client, advocate, db
):
    from tests.api.rewards_helpers import earn, reward

    earn(advocate.id, 300)
    hoodie = reward(title="Company hoodie", cost=100)
    body = {"reward_id": hoodie.id, "client_id": "export-tap-1", "note": "12 Rua Augusta, Lisbon"}
    made = advocate_client.post("/api/v1/store/redemptions", json=body).get_json()
    admin_client.patch(f"/api/v1/redemptions/{made['id']}", json={"status": "rejected", "reason": "Sold out"})
    mine = _download(advocate_client)["rewards"]
    [redeemed] = mine["redemptions"]
    assert (redeemed["reward"], redeemed["status"], redeemed["note"]) == (
        "Company hoodie",
        "rejected",
        "12 Rua Augusta, Lisbon",
    )
    assert [(r["kind"], r["points"]) for r in mine["spending"]] == [("redemption", -100), ("refund", 100)]
    admins = _download(admin_client)["rewards"]
    assert [row["status"] for row in admins["decided"]] == ["rejected"]
    assert "Rua Augusta" not in json.dumps(admins) and admins["redemptions"] == []


def test_an_exclusion_from_every_prize_of_a_month_is_in_the_excluded_persons_download(db, clock):
    company = world.build()
    advocate, manager = company.users["advocate"], company.users["manager"]
    record = db.session.get(MonthClose, company.close)
    exclusions.exclude(
        manager, record, {"scope": "month", "user_id": advocate.id, "reason": "Joined the prize committee"}
    )
    mine = privacy_prizes.prizes(advocate.id)["exclusions"]
    assert [(row["month"], row["scope"], row["title"], row["reason"]) for row in mine] == [
        (record.month, "month", None, "Joined the prize committee")
    ]
