"""Recompute every score from the ledger: the repair path when scores and ledger disagree."""

from collections import defaultdict

from server.extensions import db
from server.leaderboards.periods import score_keys
from server.models import LedgerEntry, Organisation, Score
from server.rules.rulebook import rule_book


def ledger_sums() -> tuple[dict[tuple, int], dict[tuple, object]]:
    """What every score should be: {(user, period, key): points}, and when each was reached."""
    zone, book = Organisation.current().zone, rule_book()
    sums: dict[tuple, int] = defaultdict(int)
    reached: dict[tuple, object] = {}
    rows = db.session.execute(
        db.select(LedgerEntry.user_id, LedgerEntry.points, LedgerEntry.occurred_at).execution_options(
            yield_per=10_000
        )
    )
    for user_id, points, at in rows:
        for period, key in score_keys(at, zone, book.engine_at(at).rules):
            sums[(user_id, period, key)] += points
            reached[(user_id, period, key)] = max(reached.get((user_id, period, key), at), at)
    return dict(sums), reached


def recompute_scores() -> int:
    """Replace all score rows with the ledger's sums per period; returns how many were written.
    Runs in one transaction, so readers see the old scores or the new ones, never a mix."""
    sums, reached = ledger_sums()
    db.session.execute(db.delete(Score))
    if sums:
        db.session.execute(
            db.insert(Score),
            [
                {"user_id": u, "period": p, "period_key": k, "points": n, "reached_at": reached[(u, p, k)]}
                for (u, p, k), n in sums.items()
            ],
        )
    db.session.commit()
    return len(sums)
