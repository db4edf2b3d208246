"""Sharing a content item: recorded once, scored, and told to the leaderboards."""
