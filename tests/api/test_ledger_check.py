"""`flask check-ledger`: finds every way ledger, scores, rank store and badge awards can disagree,
and `--repair` rebuilds scores and ranks from the ledger."""

from server.leaderboards.ranks import rank_store, sync
from server.leaderboards.ranks.store import Put
from server.models import BadgeAward, Score
from server.scoring import ledger_check


def _seeded(app):
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed-demo"]).exit_code == 0
    sync.rebuild()  # as a server process does when it starts
    return runner


def test_a_fresh_demo_agrees_everywhere(app, db):
    runner = _seeded(app)
    assert ledger_check.check() == []
    result = runner.invoke(args=["check-ledger"])
    assert result.exit_code == 0, result.output
    assert "Ledger, scores, ranks, badges and balances agree." in result.output


def test_drifted_scores_a_lost_rank_and_a_missing_badge_are_each_found(app, db):
    runner = _seeded(app)
    score = db.session.scalar(db.select(Score).filter_by(period="all_time").order_by(Score.id))
    score.points += 7
    award = db.session.scalar(db.select(BadgeAward).order_by(BadgeAward.tier.desc()))  # the top tier
    lost_badge = (award.user_id, award.badge_id)
    db.session.delete(award)
    db.session.commit()
    boards, _ = sync.expected_boards()
    board, puts = next((name, puts) for name, puts in sorted(boards.items()) if puts)
    rank_store().apply([Put(board, puts[0].member, 0, 0.0)])  # 0 removes them from the board

    kinds = {(f.kind, f.subject) for f in ledger_check.check()}
    assert ("score", f"advocate {score.user_id} all_time {score.period_key}") in kinds
    assert ("rank", f"board {board} member {puts[0].member}") in kinds
    assert any(kind == "badge" and f"advocate {lost_badge[0]} badge" in s for kind, s in kinds)

    result = runner.invoke(args=["check-ledger"])
    assert result.exit_code == 1 and "Disagreements:" in result.output


def test_repair_rebuilds_scores_and_ranks_from_the_ledger(app, db):
    runner = _seeded(app)
    db.session.execute(db.update(Score).values(points=Score.points + 1000))
    db.session.commit()
    board, puts = next((name, puts) for name, puts in sorted(sync.expected_boards()[0].items()) if puts)
    rank_store().apply([Put(board, puts[0].member, 0, 0.0)])
    assert {f.kind for f in ledger_check.check()} == {"score", "rank"}

    result = runner.invoke(args=["check-ledger", "--repair"])
    assert "Repaired:" in result.output
    assert result.exit_code == 0, result.output
    assert ledger_check.check() == []


def test_the_demo_s_redemptions_balance_and_a_broken_one_is_reported(app, db):
    from server.models import Redemption, SpendingEntry

    runner = _seeded(app)
    statuses = set(db.session.scalars(db.select(Redemption.status)))
    assert {"requested", "approved", "rejected", "sent", "received"} <= statuses
    assert ledger_check.balance_findings() == []
    refund = db.session.scalar(db.select(SpendingEntry).filter_by(kind="refund"))
    db.session.delete(refund)  # as a bad hand edit would
    db.session.commit()
    [finding] = ledger_check.check(ranks=False)
    assert finding.kind == "spending" and finding.found == "no row"
    result = runner.invoke(args=["check-ledger"])
    assert result.exit_code == 1 and "refund row: expected +" in result.output
    assert "Disagreements: 1 spending." in result.output
