"""Do the ledger, the scores, the rank store and the badge awards agree? The ledger is the
truth: every score must be the ledger's sum for its period, every live board must hold exactly
what the scores say, every advocate's badge tiers must match their award rows, and the spending
ledger must match the reward store's redemptions with no balance below zero. Scores and
ranks can be rebuilt from the ledger; badges are reported (an engine replay re-derives them).
Run it when the app is quiet: a share committing mid-check shows up as a passing difference."""

from typing import NamedTuple

from server.extensions import db
from server.leaderboards.ranks import rank_store, sync
from server.models import AdvocateProgress, BadgeAward, Score
from server.rewards import balances
from server.scoring import ledger_totals


class Finding(NamedTuple):
    kind: str  # "score", "rank", "badge", "spending" or "balance"
    subject: str  # what disagrees, e.g. "advocate 7 week 2026-W48"
    expected: object
    found: object

    def __str__(self) -> str:
        return f"{self.kind}: {self.subject}: expected {self.expected}, found {self.found}"


def check(ranks: bool = True) -> list[Finding]:
    """Everything that disagrees. `ranks=False` skips the rank store (when it lives inside each
    server process, another process has nothing to compare)."""
    return score_findings() + (rank_findings() if ranks else []) + badge_findings() + balance_findings()


def repair() -> tuple[int, int]:
    """Scores from the ledger, then every board from the scores: (scores, board entries)."""
    return ledger_totals.recompute_scores(), sync.rebuild()


def score_findings() -> list[Finding]:
    expected, _ = ledger_totals.ledger_sums()
    found = {
        (s.user_id, s.period, s.period_key): s.points
        for s in db.session.execute(db.select(Score.user_id, Score.period, Score.period_key, Score.points))
    }
    keys = sorted(set(expected) | {k for k, points in found.items() if points})
    return [
        Finding("score", f"advocate {user} {period} {key}", expected.get(k, 0), found.get(k, 0))
        for k in keys
        if expected.get(k, 0) != found.get(k, 0)
        for user, period, key in [k]
    ]


def rank_findings() -> list[Finding]:
    store, findings = rank_store(), []
    if not store.is_built():
        return []  # built from the scores when first asked for: nothing to disagree yet
    boards, _ = sync.expected_boards()
    for board, puts in sorted(boards.items()):
        expected = {put.member: put.points for put in puts}
        found = dict(store.window(board, 0, max(store.size(board), len(puts))))
        for member in sorted(set(expected) | set(found)):
            if expected.get(member) != found.get(member):
                findings.append(
                    Finding("rank", f"board {board} member {member}", expected.get(member), found.get(member))
                )
    return findings


def badge_findings() -> list[Finding]:
    awarded: dict[tuple[int, str], int] = {}
    for user_id, badge_id, tier in db.session.execute(
        db.select(BadgeAward.user_id, BadgeAward.badge_id, BadgeAward.tier)
    ):
        awarded[(user_id, badge_id)] = max(tier, awarded.get((user_id, badge_id), 0))
    held: dict[tuple[int, str], int] = {}
    for progress in db.session.scalars(db.select(AdvocateProgress)):
        for badge_id, tier in (progress.state.get("badges") or {}).items():
            held[(progress.user_id, badge_id)] = tier
    return [
        Finding("badge", f"advocate {user} badge {badge}", held.get(k, 0), awarded.get(k, 0))
        for k in sorted(set(held) | set(awarded))
        if held.get(k, 0) != awarded.get(k, 0)
        for user, badge in [k]
    ]


def balance_findings() -> list[Finding]:
    """The spending ledger against the redemptions (a charge for each, a refund for each rejected
    or cancelled one), and nobody's spendable balance below zero. Reported, never repaired: a
    missing refund needs a person to decide."""
    return [Finding(*problem) for problem in balances.problems()]
