"""Operator commands: seed-demo and create-user."""

from sqlalchemy import func

from server.demo import PASSWORD
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


def test_rebuild_ranks_from_the_ledger_repairs_scores_and_boards(app, db, client):
    runner = app.test_cli_runner()
    runner.invoke(args=["seed-demo"])
    per_user = db.select(LedgerEntry.user_id, func.sum(LedgerEntry.points)).group_by(LedgerEntry.user_id)
    ledger = dict(db.session.execute(per_user).all())
    db.session.execute(db.update(Score).values(points=Score.points + 1000))  # scores drift from the ledger
    db.session.commit()
    result = runner.invoke(args=["rebuild-ranks", "--from-ledger"])
    assert result.exit_code == 0, result.output
    assert "scores from the ledger" in result.output and "board entries" in result.output
    all_time = dict(
        db.session.execute(db.select(Score.user_id, Score.points).filter_by(period="all_time")).all()
    )
    assert all_time == ledger
    client.login("advocate@demo.example", PASSWORD)
    top = client.get("/api/v1/leaderboards/all_time?limit=1").get_json()["entries"][0]
    assert top["points"] == max(points for user, points in ledger.items() if _shown(db, user))


def _shown(db, user_id) -> bool:
    user = db.session.get(User, user_id)
    return user.active and user.public_ranking


def test_create_user_takes_department_and_location_and_checks_them(app, db):
    runner = app.test_cli_runner()
    base = ["create-user", "--email", "dept@example.test", "--name", "D", "--password", "pw-123456"]
    too_long = runner.invoke(args=[*base, "--department", "x" * 81])
    assert too_long.exit_code != 0 and "--department" in too_long.output
    assert runner.invoke(args=[*base, "--department", "Brand", "--location", "Lisbon"]).exit_code == 0
    user = db.session.scalar(db.select(User).filter_by(email="dept@example.test"))
    assert (user.department, user.location) == ("Brand", "Lisbon")
