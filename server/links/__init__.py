"""Tracked links: a short link per advocate, content and network, and what a click on it does."""
