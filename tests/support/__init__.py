"""Helpers the test tiers share: databases, clients, live server processes."""
