"""Marshmallow schemas: <Thing>In to load requests, <Thing>Out to dump responses. Shape only."""
