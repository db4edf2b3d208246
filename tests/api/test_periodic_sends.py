"""Periodic work at most once: each scheduled minute's tasks are queued by one scheduler however
many processes have one, and a digest or close reminder reaches a person once per period, which
the database enforces. The processes themselves are in tests/realtime/test_periodic_once.py."""

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from flask import current_app

from server.models import PeriodicSend
from server.prizes import news as prize_news
from server.push.notifications import send_digests

MONDAY_9 = datetime(2031, 3, 3, 9, 0, tzinfo=UTC)  # 09:00 in London, where the advocate is
WEEK = "2031-W10"


@pytest.fixture
def phone(advocate_client, push_service, vapid):
    """The advocate's phone, with the weekly digest turned on."""
    subscription = push_service.subscription()
    added = advocate_client.post("/api/v1/push/devices", json={**subscription.info(), "label": "Phone"})
    assert added.status_code == 201
    body = {"categories": {"digest": True}, "quiet_hours": None, "timezone": "Europe/London"}
    assert advocate_client.put("/api/v1/push/preferences", json=body).status_code == 200
    return subscription


def _digests(push_service, phone) -> list[str]:
    current_app.extensions["tasks"].run_pending()
    titles = [json.loads(body)["title"] for body in push_service.delivered(phone)]
    return [title for title in titles if title.startswith("Your week")]


def test_a_second_scheduler_for_the_same_minute_queues_nothing(app, db, push_service, phone):
    queue = app.extensions["tasks"]
    minute = MONDAY_9.replace(tzinfo=None)
    assert "weekly_digest" in queue.queue_periodic(minute)
    assert queue.queue_periodic(minute) == []  # another process's scheduler, the same minute
    # Run years before the minute it was scheduled for: the digest still takes that Monday's 09:00.
    assert len(_digests(push_service, phone)) == 1
    assert "weekly_digest" in queue.queue_periodic(minute + timedelta(hours=1))  # the next hour's


def test_a_digest_recorded_as_sent_by_another_process_is_not_sent_again(db, advocate, push_service, phone):
    db.session.add(PeriodicSend(kind="digest", user_id=advocate.id, period=WEEK, sent_at=MONDAY_9))
    db.session.commit()
    assert send_digests(MONDAY_9 + timedelta(minutes=1)) == 0
    assert _digests(push_service, phone) == []
    assert send_digests(MONDAY_9 + timedelta(days=7)) == 1  # next week's is due
    assert len(_digests(push_service, phone)) == 1


def test_two_runs_racing_for_the_same_hour_send_one_digest(app, db, push_service, phone):
    """What two processes' workers do when both run the hour's digest at the same moment."""
    start, sent = threading.Barrier(2), []

    def run() -> None:
        with app.app_context():
            start.wait()
            sent.append(send_digests(MONDAY_9))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(sent) == [0, 1]
    assert len(_digests(push_service, phone)) == 1


def test_a_close_reminder_goes_once_per_month_and_scope_to_each_person(
    db, manager, manager_client, team, push_service, vapid
):
    subscription = push_service.subscription()
    added = manager_client.post("/api/v1/push/devices", json={**subscription.info(), "label": "Phone"})
    assert added.status_code == 201
    prize = {"title": "Mug", "method": "top", "month": "2031-02", "team_id": team.id}
    assert manager_client.post("/api/v1/prizes", json=prize).status_code == 201
    morning = MONDAY_9 + timedelta(minutes=5)
    db.session.add(
        PeriodicSend(
            kind="close_reminder", user_id=manager.id, period=f"close-2031-02-{team.id}", sent_at=morning
        )
    )
    db.session.commit()
    assert prize_news.remind_to_close(morning) == 0  # told by another process already
    current_app.extensions["tasks"].run_pending()
    assert push_service.delivered(subscription) == []
