"""What a push message says and when it may ring: payload size limits and quiet hours."""

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from server.push.messages import MAX_PLAINTEXT, payload
from server.push.quiet import quiet_until


@pytest.mark.parametrize("text", ["a" * 10_000, "é" * 5_000, "🎉" * 3_000, 'quote " and \\ backslash ' * 400])
def test_long_text_is_shortened_to_fit_and_the_json_stays_whole(text):
    data = payload(text, text, "/#/feed/1", "content-1", "content")
    assert len(data.encode()) <= MAX_PLAINTEXT
    message = json.loads(data)
    assert message["body"].endswith("…") and text.startswith(message["body"][:-1].rstrip())
    assert message["url"] == "/#/feed/1"


def test_short_text_is_sent_as_written():
    message = json.loads(payload("New story", "Read it", "/#/feed/2", "content-2", "content"))
    assert (message["title"], message["body"]) == ("New story", "Read it")


LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    "now, expected",
    [
        (datetime(2026, 7, 1, 21, 30, tzinfo=UTC), datetime(2026, 7, 2, 6, 0, tzinfo=UTC)),  # 22:30 BST
        (datetime(2026, 7, 2, 5, 0, tzinfo=UTC), datetime(2026, 7, 2, 6, 0, tzinfo=UTC)),  # 06:00 BST
        (datetime(2026, 7, 2, 6, 0, tzinfo=UTC), None),  # 07:00 BST: the window just ended
        (datetime(2026, 1, 15, 12, 0, tzinfo=UTC), None),
        (datetime(2026, 1, 15, 23, 59, tzinfo=UTC), datetime(2026, 1, 16, 7, 0, tzinfo=UTC)),  # GMT
    ],
)
def test_quiet_hours_across_midnight_end_at_the_local_end_time(now, expected):
    assert quiet_until(now, "22:00", "07:00", LONDON) == expected


def test_a_daytime_window_and_no_window():
    noon = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    assert quiet_until(noon, "11:00", "13:30", ZoneInfo("UTC")) == datetime(2026, 3, 3, 13, 30, tzinfo=UTC)
    assert quiet_until(noon, None, None, ZoneInfo("UTC")) is None
