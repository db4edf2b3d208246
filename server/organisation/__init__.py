"""The organisation: its settings and its teams."""
