"""The rollups beside the daily one (daily totals, monthly per advocate and per content item): kept
in step with every share and click, rebuilt the same by the migration, and a range that cuts
months gives the figures the daily rollup gives."""

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from flask_migrate import downgrade, upgrade

from server.analytics import rollups
from server.analytics.service import overview
from server.models import DailyActivity, DailyTotal, MonthlyAdvocateActivity, MonthlyContentActivity
from tests.api.test_analytics import activity  # noqa: F401 (a fixture)
from tests.factories import ContentFactory, TeamFactory, UserFactory

SUMMARIES = (DailyTotal, MonthlyAdvocateActivity, MonthlyContentActivity)


def _contents(db) -> dict:
    """Every summary row, by table, without ids (a rebuild numbers them afresh)."""
    found = {}
    for model in SUMMARIES:
        columns = [c for c in model.__table__.columns if c.name != "id"]
        found[model.__tablename__] = sorted(db.session.execute(db.select(*columns)).all(), key=repr)
    return found


@pytest.fixture
def months_of_activity(db):
    """Shares and clicks over three months, two teams, an advocate who changes team mid-month."""
    north, south = TeamFactory(name="North"), TeamFactory(name="South")
    cy, di = UserFactory(display_name="Cy", team=north), UserFactory(display_name="Di", team=south)
    story, other = ContentFactory(), ContentFactory()
    day = date(2026, 3, 1)
    for n in range(0, 92, 3):
        at = datetime.combine(day + timedelta(days=n), datetime.min.time(), tzinfo=UTC) + timedelta(hours=9)
        if n == 45:
            cy.team = south  # his later rows count for South; earlier ones stay with North
        person, item = (cy, story) if n % 2 else (di, other)
        network = ("linkedin", "x", "email", "whatsapp")[n % 4]
        rollups.add(at, person, item.id, network, shares=1)
        rollups.add(at + timedelta(hours=2), person, item.id, network, clicks=n % 7 + 1, unique_clickers=1)
    db.session.commit()


@pytest.mark.usefixtures("activity", "months_of_activity")
def test_summaries_keep_step_with_shares_and_clicks(db):
    running = _contents(db)
    rollups.rebuild_summaries()
    assert _contents(db) == running and all(running.values())


@pytest.mark.usefixtures("activity", "months_of_activity")
def test_the_migration_backfills_the_summaries(app, db):
    running = _contents(db)
    db.session.commit()
    db.session.remove()
    downgrade(revision="0007")
    upgrade()
    assert _contents(db) == running


@pytest.mark.parametrize(
    "start, end",
    [
        (date(2026, 3, 1), date(2026, 5, 31)),  # whole months
        (date(2026, 3, 4), date(2026, 5, 9)),  # a few days at each edge
        (date(2026, 3, 2), date(2026, 5, 29)),  # most of each edge month: month less the rest
        (date(2026, 4, 3), date(2026, 4, 28)),  # inside one month, both ends subtracted
        (date(2026, 4, 10), date(2026, 4, 12)),  # a few days
    ],
)
def test_months_and_their_edges_give_the_daily_figures(db, months_of_activity, start, end):
    for team in (None, *{row.team_id for row in db.session.scalars(db.select(DailyActivity))}):
        body = overview(start, end, team, limit=None)
        for table, key in (("by_advocate", "user_id"), ("by_content", "content_id")):
            assert {row[key]: _figures(row) for row in body[table]} == _daily(key, start, end, team)
        days = [_figures(row) for row in body["by_day"]]
        assert _figures(body["totals"]) == tuple(map(sum, zip(*days, strict=True))) or not days


def _figures(row: dict) -> tuple:
    return row["shares"], row["clicks"], row["unique_clickers"]


def _daily(key: str, start: date, end: date, team_id) -> dict:
    from server.extensions import db

    sums = defaultdict(lambda: (0, 0, 0))
    for row in db.session.scalars(db.select(DailyActivity).filter(DailyActivity.day.between(start, end))):
        if team_id is None or row.team_id == team_id:
            old = sums[getattr(row, key)]
            sums[getattr(row, key)] = (old[0] + row.shares, old[1] + row.clicks, old[2] + row.unique_clickers)
    return dict(sums)
