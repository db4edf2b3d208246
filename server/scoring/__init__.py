"""Scoring: every recorded event through the engine (gamification/) into the ledger, scores, badges and
challenges; the ledger's checks and repairs; an advocate's points and progress."""
