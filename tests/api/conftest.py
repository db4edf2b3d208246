"""Fixtures for the API tests that deliver Web Push."""

from pathlib import Path

import pytest

from server.push import keys
from tests.support.push_service import PushService


@pytest.fixture
def vapid(app):
    """Push configured the way `flask vapid-keys` does it, for this test only."""
    generated = keys.generate("mailto:push@example.test")
    path = keys.save(generated, Path(app.instance_path))
    yield generated
    path.unlink()


@pytest.fixture
def push_service():
    with PushService() as service:
        yield service
