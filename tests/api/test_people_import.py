"""Importing people from CSV: a dry run shows every row's outcome and writes nothing; an import
writes the rows without errors in one go, sends invitations in the background, and importing
the same file again changes nothing."""

import io

import pytest

from server.models import AuditEntry, ImportRun, Invitation, Team, User
from tests.api.accounts_helpers import token_from
from tests.factories import TeamFactory, UserFactory
from tests.support.reset import row_counts

FILE = """Email,Name,Team,Department,Location,Role,Manager
nia@example.test,Nia Kent,Sales,Field,Leeds,advocate,max@example.test
omar@example.test,Omar Li,sales,,,manager,
pia@example.test,Pia Ross,Sales,,,,omar@example.test
"""


def send(client, text, **query):
    return client.post(
        "/api/v1/people/imports", json={"csv": text, "filename": "people.csv"}, query_string=query
    )


def rows(response) -> dict[str, dict]:
    return {row["email"]: row for row in response.get_json()["rows"]}


def test_a_dry_run_lists_every_row_and_writes_nothing(admin_client, manager, advocate, db):
    before = row_counts()
    text = FILE + "ada@example.test,Ada,Sales,Marketing,,,\nmax@example.test,,,,,,\n"
    response = send(admin_client, text, dry_run="true")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["counts"] == {"new": 3, "changed": 1, "unchanged": 1, "error": 0}
    assert "import" not in body
    found = rows(response)
    assert found["nia@example.test"]["row"] == 2 and found["nia@example.test"]["outcome"] == "new"
    assert found["nia@example.test"]["changes"]["team"] == [None, "Sales"]
    assert found["omar@example.test"]["changes"]["team"] == [None, "Sales"]  # any case names the team
    assert found["ada@example.test"]["changes"] == {"department": [None, "Marketing"]}
    assert found["max@example.test"]["outcome"] == "unchanged"
    assert row_counts() == before


def test_an_import_writes_the_rows_and_invites_the_new_people(
    app, admin_client, admin, manager, client, db, caplog
):
    response = send(admin_client, FILE)
    assert response.status_code == 201, response.get_json()
    run = response.get_json()["import"]
    assert run["counts"] == {"new": 3, "changed": 0, "unchanged": 0, "error": 0}
    assert (run["invitations_total"], run["invitations_sent"], run["finished_at"]) == (3, 0, None)
    pia = db.session.scalar(db.select(User).filter_by(email="pia@example.test"))
    omar = db.session.scalar(db.select(User).filter_by(email="omar@example.test"))
    assert (pia.display_name, pia.team.name, pia.role, pia.manager_id) == (
        "Pia Ross",
        "Sales",
        "advocate",
        omar.id,
    )
    nia = db.session.scalar(db.select(User).filter_by(email="nia@example.test"))
    assert (nia.department, nia.location, nia.manager_id) == ("Field", "Leeds", manager.id)
    assert (
        db.session.scalar(db.select(AuditEntry).filter_by(action="people.import")).detail["counts"]["new"]
        == 3
    )
    listed = admin_client.get("/api/v1/people", query_string={"q": "nia"}).get_json()["items"]
    assert listed[0]["invitation_id"] is not None  # shown at once, invited
    with caplog.at_level("INFO", logger="server.mail.service"):
        app.extensions["tasks"].run_pending()
    progress = admin_client.get(f"/api/v1/people/imports/{run['id']}").get_json()
    assert progress["invitations_sent"] == 3 and progress["finished_at"] is not None
    token = token_from(caplog.text, "invite")
    accepted = client.post(
        "/api/v1/invitations/accept",
        json={"token": token, "display_name": "Pia R.", "password": "blue kettle at dawn, 42 times"},
    )
    assert accepted.status_code == 201, accepted.get_json()
    assert accepted.get_json()["team"]["name"] == "Sales"


def test_importing_the_same_file_again_changes_nothing(app, admin_client, manager, db):
    assert send(admin_client, FILE).status_code == 201
    invitations = db.session.scalar(db.select(db.func.count()).select_from(Invitation))
    again = send(admin_client, FILE)
    assert again.status_code == 201
    assert again.get_json()["counts"] == {"new": 0, "changed": 0, "unchanged": 3, "error": 0}
    assert again.get_json()["import"]["invitations_total"] == 0
    assert again.get_json()["import"]["finished_at"] is not None
    assert db.session.scalar(db.select(db.func.count()).select_from(Invitation)) == invitations


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        ("x@example.test,X,Salse,,,,", "team", "No team called Salse. Create it on the Teams screen first"),
        ("not-an-email,X,Sales,,,,", "email", "is not an email address"),
        (",X,Sales,,,,", "email", "Give an email address"),
        ("x@example.test,X,Sales,,,boss,", "role", "There is no role called “boss”"),
        ("x@example.test,X,Sales,,,,who@example.test", "manager", "No one with the email who@example.test"),
        ("x@example.test,X,Sales,,,,x@example.test", "manager", "cannot be their own manager"),
        ("x@example.test,X,,,,advocate,", "team", "Give a team"),
        ("x@example.test," + "N" * 81 + ",Sales,,,,", "name", "Keep the name to 80 characters"),
    ],
)
def test_bad_rows_are_errors_in_words_and_the_rest_still_imports(admin_client, team, db, line, field, words):
    good = "ok@example.test,Ok,Sales,,,,"
    response = send(admin_client, f"email,name,team,department,location,role,manager\n{good}\n{line}\n")
    assert response.status_code == 201, response.get_json()
    bad = response.get_json()["rows"][1]
    assert bad["outcome"] == "error" and words in bad["errors"][field], bad
    assert response.get_json()["counts"]["new"] == 1
    assert db.session.scalar(db.select(User).filter_by(email="ok@example.test")) is not None


def test_duplicate_emails_are_reported_on_each_row(admin_client, team, db):
    text = "email,team\nsam@example.test,Sales\nSAM@example.test,Sales\nsam@example.test,Sales\n"
    found = send(admin_client, text, dry_run="true").get_json()["rows"]
    assert [row["outcome"] for row in found] == ["error"] * 3
    assert found[0]["errors"]["email"] == "This email is also on rows 3, 4: keep one row per person."
    assert found[1]["errors"]["email"] == "This email is also on rows 2, 4: keep one row per person."


def test_a_manager_whose_row_has_an_error_is_named(admin_client, team, db):
    text = "email,team,manager\nboss@example.test,Nowhere,\nsam@example.test,Sales,boss@example.test\n"
    found = send(admin_client, text, dry_run="true").get_json()["rows"]
    assert found[1]["errors"]["manager"] == "boss@example.test is on row 2, which has an error."


def test_new_teams_are_created_only_when_asked(admin_client, manager_client, db):
    text = "email,team\nsam@example.test,Support\nkim@example.test,support\n"
    refused = send(admin_client, text, dry_run="true").get_json()["rows"]
    assert refused[0]["outcome"] == "error"
    response = send(admin_client, text, create_teams="true")
    assert response.get_json()["counts"]["new"] == 2
    assert db.session.scalars(db.select(Team.name).filter(Team.name.ilike("support"))).all() == ["Support"]
    before = row_counts()
    by_manager = send(manager_client, "email,team\nlee@example.test,Ops\n", create_teams="true")
    assert by_manager.status_code == 403 and "create_teams" in by_manager.get_json()["error"]["fields"]
    assert row_counts() == before


def test_managers_import_advocates_into_their_teams_only(manager_client, manager, admin, db):
    other = TeamFactory(name="Legal")
    outsider = UserFactory(email="lou@example.test", team=other)
    text = (
        "email,team,role\n"
        "new@example.test,Sales,\n"
        "far@example.test,Legal,\n"
        "boss@example.test,Sales,manager\n"
        f"{outsider.email},Sales,\n"
        f"{admin.email},Sales,\n"
    )
    found = send(manager_client, text).get_json()["rows"]
    assert [row["outcome"] for row in found] == ["new", "error", "error", "error", "error"]
    assert "You do not manage Legal" in found[1]["errors"]["team"]
    assert found[2]["errors"]["role"] == "Managers may import advocates only."
    assert "not an advocate in a team you manage" in found[3]["errors"]["email"]
    db.session.expire_all()
    assert db.session.get(User, outsider.id).team_id == other.id


def test_whole_file_problems_name_the_file(admin_client, db):
    for text, words in [
        ("name,team\nSam,Sales\n", "needs an “email” column"),
        ("email,team\n", "no people in it"),
        ("\n", "The file is empty"),
        ("", "Choose a CSV file"),
        ("email,Email\nx@example.test,y@example.test\n", "appears twice"),
    ]:
        response = send(admin_client, text)
        assert response.status_code == 422, text
        assert words in response.get_json()["error"]["fields"]["file"][0]
    hidden = send(admin_client, "email,name\nx@example.test,X\x07\n")
    assert hidden.status_code == 422 and "control character" in hidden.get_json()["error"]["fields"]["csv"][0]
    nothing = admin_client.post("/api/v1/people/imports", json={})
    assert nothing.status_code == 422 and nothing.get_json()["error"]["fields"]["file"]


def test_semicolons_a_byte_order_mark_and_extra_columns_are_fine(admin_client, team, db):
    text = "\ufeffE-mail;Phone\n"
    assert send(admin_client, text).status_code == 422  # "E-mail" is not the email column
    text = "\ufeffEMAIL;Team;Phone\nsam@example.test;Sales;0123\n"
    body = send(admin_client, text, dry_run="true").get_json()
    assert body["counts"]["new"] == 1 and body["ignored_columns"] == ["Phone"]


def test_advocates_cannot_import_or_read_imports(advocate_client, admin_client, team, db):
    assert send(advocate_client, FILE).status_code == 403
    made = send(admin_client, "email,team\nsam@example.test,Sales\n").get_json()["import"]
    assert advocate_client.get(f"/api/v1/people/imports/{made['id']}").status_code == 403
    assert admin_client.get("/api/v1/people/imports/999").status_code == 404


def test_a_manager_sees_only_their_own_imports(admin_client, manager_client, team, db):
    made = send(admin_client, "email,team\nsam@example.test,Sales\n").get_json()["import"]
    assert manager_client.get(f"/api/v1/people/imports/{made['id']}").status_code == 404
    assert db.session.get(ImportRun, made["id"]).created_by_id is not None


def test_the_file_may_come_as_multipart_or_text_csv(admin_client, team, db):
    data = {"file": (io.BytesIO(b"email,team\nsam@example.test,Sales\n"), "people.csv")}
    multipart = admin_client.post(
        "/api/v1/people/imports",
        data=data,
        content_type="multipart/form-data",
        query_string={"dry_run": "true"},
    )
    assert multipart.status_code == 200, multipart.get_json()
    text = admin_client.open(
        "/api/v1/people/imports?dry_run=true",
        method="POST",
        data=b"email,team\nsam@example.test,Sales\n",
        content_type="text/csv",
        headers={"X-CSRFToken": admin_client.csrf()},
    )
    assert text.status_code == 200 and text.get_json()["counts"]["new"] == 1


def test_invitations_go_out_by_mail_in_chunks_with_progress(app, admin_client, manager, db, monkeypatch):
    from server.accounts.imports import sending
    from tests.support.smtp_server import SmtpServer

    monkeypatch.setattr(sending, "CHUNK", 2)
    with SmtpServer() as smtp:
        for key, value in {
            "MAIL_SERVER": "127.0.0.1",
            "MAIL_PORT": smtp.port,
            "MAIL_SECURITY": "none",
        }.items():
            monkeypatch.setitem(app.config, key, value)
        made = send(admin_client, FILE).get_json()["import"]
        assert admin_client.get(f"/api/v1/people/imports/{made['id']}").get_json()["invitations_sent"] == 0
        app.extensions["tasks"].run_pending()
        received = sorted(smtp.next_message()["To"] for _ in range(3))
    assert received == ["nia@example.test", "omar@example.test", "pia@example.test"]
    progress = admin_client.get(f"/api/v1/people/imports/{made['id']}").get_json()
    assert (progress["invitations_sent"], progress["invitations_total"]) == (3, 3)
    assert progress["finished_at"] is not None
    [listed] = [
        i
        for i in admin_client.get("/api/v1/invitations").get_json()["items"]
        if i["email"] == "nia@example.test"
    ]
    assert listed["mail"]["status"] == "sent" and listed["link_available"] is True
