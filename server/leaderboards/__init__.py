"""Leaderboards: periods, boards and the rank store they are read from."""
