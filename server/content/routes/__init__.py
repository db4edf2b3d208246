"""Content's blueprints: the items, advocates' suggestions, and ratings."""
