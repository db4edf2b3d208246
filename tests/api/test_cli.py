"""Operator commands: seed-demo and create-user."""

from sqlalchemy import func

from server.models import Content, LedgerEntry, Score, Share, Team, User


def test_seed_demo_builds_a_believable_company(app, db):
    result = app.test_cli_runner().invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert "advocate@demo.example" in result.output
    count = lambda model: db.session.scalar(db.select(func.count()).select_from(model))  # noqa: E731
    assert count(Team) >= 3
    assert db.session.scalar(db.select(func.count()).select_from(User).filter_by(role="advocate")) >= 30
    assert count(Content) >= 20
    first, last = db.session.execute(db.select(func.min(Share.created_at), func.max(Share.created_at))).one()
    assert (last - first).days >= 25
    ledger = db.session.scalar(db.select(func.sum(LedgerEntry.points)))
    all_time = db.session.scalar(db.select(func.sum(Score.points)).filter_by(period="all_time"))
    assert ledger == all_time > 0


def test_seed_demo_if_empty_keeps_existing_data(app, db):
    runner = app.test_cli_runner()
    runner.invoke(args=["seed-demo"])
    before = db.session.scalar(db.select(func.count()).select_from(Share))
    again = runner.invoke(args=["seed-demo", "--if-empty"])
    assert again.exit_code == 0
    assert "not seeding" in again.output
    assert db.session.scalar(db.select(func.count()).select_from(Share)) == before
    refused = runner.invoke(args=["seed-demo"])
    assert refused.exit_code != 0


def test_create_user_can_log_in(app, db, client):
    result = app.test_cli_runner().invoke(
        args=[
            "create-user",
            "--email",
            "New@Example.test",
            "--name",
            "Newt",
            "--role",
            "manager",
            "--team",
            "Ops",
            "--password",
            "s3cret-pass",
        ],
    )
    assert result.exit_code == 0, result.output
    me = client.login("new@example.test", "s3cret-pass")
    assert (me["role"], me["team"]["name"]) == ("manager", "Ops")
    duplicate = app.test_cli_runner().invoke(
        args=["create-user", "--email", "new@example.test", "--name", "N", "--password", "x"]
    )
    assert duplicate.exit_code != 0
    assert "already exists" in duplicate.output
