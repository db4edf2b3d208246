"""The organisation's blueprints: its settings and its teams."""
