"""The accounts blueprints: one module per resource."""
