"""The demo's history reaches the moment it is seeded: a demo started in the first minutes of a
week, month, quarter or year shows live boards for it, and nothing in it has happened yet."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func

from server.demo import PASSWORD
from server.models import Click, LedgerEntry, Share

LONDON = ZoneInfo("Europe/London")  # the demo organisation's timezone
SEEDED_AT = {
    "monday-00:30": datetime(2026, 12, 7, 0, 30, tzinfo=LONDON),
    # Summer time: in UTC it is still 30 September, the last day of Q3.
    "1-october-00:05": datetime(2026, 10, 1, 0, 5, tzinfo=LONDON),
    "1-january-00:30": datetime(2027, 1, 1, 0, 30, tzinfo=LONDON),
}
BOARDS = {
    "monday-00:30": {"week": "2026-W50", "month": "2026-12", "quarter": "2026-Q4"},
    "1-october-00:05": {"week": "2026-W40", "month": "2026-10", "quarter": "2026-Q4"},
    "1-january-00:30": {"week": "2026-W53", "month": "2027-01", "quarter": "2027-Q1"},
}


@pytest.mark.parametrize("case", list(SEEDED_AT))
def test_a_demo_seeded_on_the_first_day_of_a_period_shows_live_boards(app, db, client, case):
    with time_machine.travel(SEEDED_AT[case], tick=False):
        _seed(app)
        client.login("advocate2@demo.example", PASSWORD)
        for period, key in BOARDS[case].items():
            board = client.get(f"/api/v1/leaderboards/{period}").get_json()
            assert board["period_key"] == key
            assert board["total_ranked"] >= 3, f"{period} board empty when seeded at {case}"
            assert board["entries"][0]["points"] > 0
    latest = [  # and nothing in it has happened yet
        db.session.scalar(db.select(func.max(Share.created_at))),
        db.session.scalar(db.select(func.max(Click.clicked_at))),
        db.session.scalar(db.select(func.max(LedgerEntry.occurred_at))),
    ]
    assert all(moment < SEEDED_AT[case] for moment in latest), latest


def _seed(app) -> None:
    """`flask seed-demo`, then the boards built from it as a server starting on it builds them."""
    for command in ("seed-demo", "rebuild-ranks"):
        result = app.test_cli_runner().invoke(args=[command])
        assert result.exit_code == 0, result.output
