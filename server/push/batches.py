"""Delivering push messages in batches, and the sweep that leaves none waiting past its TTL.

One task delivers a batch of messages. It claims a few at a time (so two tasks holding the same
message never both send it), sends each with pywebpush over a kept-alive connection, and records
the outcomes of the few in one commit. Whatever goes wrong with one message is recorded on it, with
the reason: a message never stays waiting because its task died.
"""

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import current_app
from huey import crontab
from sqlalchemy import bindparam, delete, insert, update

from server import tasks
from server.extensions import db
from server.models import Organisation, PushDevice, PushMessage, PushPreference
from server.models.types import utcnow
from server.push import delivery, quiet
from server.push.keys import VapidKeys, load
from server.push.messages import DELIVERY
from server.push.models import subscription_info

log = logging.getLogger(__name__)
BATCH = 200  # messages per task: one content item to 10,000 devices is 50 tasks
CHUNK = 200  # messages claimed, sent and recorded together: two commits for them all
WAITING = ("queued", "deferred", "retrying")
# A waiting message whose time came this long ago has lost its task (a queue emptied by hand, a
# process killed while queueing): the sweep queues it again. Claims make a second task harmless.
LOST_AFTER = timedelta(minutes=2)
# A message claimed this long ago by a process that then died (a chunk of CHUNK sends, IN_FLIGHT
# at a time, each ending at PUSH_TIMEOUT at most, takes far less): it is tried again.
STUCK_AFTER = timedelta(minutes=15)
GROUP_WITHIN = timedelta(seconds=1)  # retries this close together share one task
IN_FLIGHT = 16  # pushes sent at once by each process, each on its own kept-alive connection
_senders: ThreadPoolExecutor | None = None
_senders_lock = threading.Lock()


def create(
    user_ids: set[int], category: str, data: str, topic: str | None, content_id: int | None
) -> list[int]:
    """One message to each device of these people, stored in bulk and queued; returns their ids."""
    devices = db.session.execute(db.select(PushDevice.id, PushDevice.user_id).order_by(PushDevice.id)).all()
    now = utcnow()
    rows = [
        {"device_id": device_id, "user_id": user_id, "content_id": content_id, "category": category}
        | {"payload": data, "topic": topic, "status": "queued", "attempts": 0, "created_at": now}
        for device_id, user_id in devices
        if user_id in user_ids
    ]
    if not rows:
        db.session.commit()
        return []
    table = PushMessage.__table__  # the table, not the class: ORM bulk inserts cost twice as much
    inserted = db.session.execute(insert(table).returning(table.c.id), rows)
    message_ids = sorted(inserted.scalars())
    db.session.commit()  # the rows first: a worker may pick a task up at once
    queue_batches(message_ids)
    return message_ids


def queue_batches(message_ids: list[int]) -> None:
    """After the commit that stored the messages: one task per batch."""
    queue = tasks.queue()
    for start in range(0, len(message_ids), BATCH):
        queue.send(deliver_batch, list(message_ids[start : start + BATCH]))


@tasks.task("deliver_messages")
def deliver_batch(message_ids: list[int]) -> None:
    """Deliver these messages now, where they are still waiting; returns nothing (nothing reads
    a task's result, so the queue stores none)."""
    keys = load(Path(current_app.instance_path))  # once per batch, not per message
    for start in range(0, len(message_ids), CHUNK):
        _deliver_chunk(message_ids[start : start + CHUNK], keys)


# Push messages past their time to live fail; those whose task was lost are queued again.
@tasks.periodic("sweep_push_messages", crontab(minute="*"))
def sweep(now: datetime | None = None) -> int:
    """Fail what is past its TTL, and queue again what lost its task; returns how many were queued."""
    now = now or utcnow()
    for category, settings in DELIVERY.items():
        too_old = now - timedelta(seconds=settings.ttl)
        db.session.execute(
            update(PushMessage)
            .where(PushMessage.status.in_((*WAITING, "sending")), PushMessage.category == category)
            .where(PushMessage.created_at <= too_old)
            .values(status="failed", finished_at=now, next_attempt_at=None, last_error=_expired(settings.ttl))
        )
    # Claimed by a process that died: waiting again (its claim time is long past LOST_AFTER).
    db.session.execute(
        update(PushMessage)
        .where(PushMessage.status == "sending", PushMessage.next_attempt_at <= now - STUCK_AFTER)
        .values(status="retrying")
    )
    due = db.func.coalesce(PushMessage.next_attempt_at, PushMessage.created_at)
    lost = db.session.scalars(
        db.select(PushMessage.id)
        .filter(PushMessage.status.in_(WAITING), due <= now - LOST_AFTER)
        .order_by(PushMessage.id)
    ).all()
    db.session.commit()
    queue_batches(lost)
    return len(lost)


def _expired(ttl: int) -> str:
    return f"Not delivered within its time to live ({ttl // 3600} h): the push service would drop it now."


def _deliver_chunk(message_ids: list[int], keys: VapidKeys | None) -> None:
    now = utcnow()
    # Before the claim commits: on a blank database this creates the organisation, and a write
    # left open while sending would hold SQLite's lock for the whole chunk.
    zone = Organisation.current().zone
    claimed = _claim(message_ids, now)
    if not claimed:
        return
    try:
        outcomes, devices = _send_each(claimed, keys, zone, now)
        groups = _grouped([o for o in outcomes if o["status"] in WAITING])
        _store(outcomes, devices, now)
    except Exception as error:  # a fault outside one message's sending: recorded on each, never lost
        log.exception("push delivery failed for messages %s", claimed)
        db.session.rollback()
        _fail(claimed, now, f"{type(error).__name__}: {error}")
        return
    db.session.commit()
    _schedule(groups)


def _claim(message_ids: list[int], now: datetime) -> list[int]:
    """Mark the still-waiting ones as being sent, atomically: a message another task has claimed
    or finished is left alone."""
    claimed = db.session.scalars(
        update(PushMessage)
        .where(PushMessage.id.in_(message_ids), PushMessage.status.in_(WAITING))
        .values(status="sending", next_attempt_at=now)
        .returning(PushMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    db.session.commit()
    return sorted(claimed)


def _send_each(
    message_ids: list[int], keys: VapidKeys | None, zone: ZoneInfo, now: datetime
) -> tuple[list[dict], dict[str, set[int]]]:
    """Send each claimed message; returns every message's outcome, and the devices that were
    delivered to and that the push service says are gone. Plain rows, not ORM objects: at
    thousands of messages a second, tracking objects cost more than encrypting them."""
    messages = db.session.execute(db.select(*_MESSAGE_COLUMNS).filter(PushMessage.id.in_(message_ids))).all()
    devices = _subscriptions({m.device_id for m in messages})
    preferences = _by_id(PushPreference, PushPreference.user_id, {m.user_id for m in messages})
    outcomes, sending = [], []
    for message in messages:
        outcome = _outcome(message)
        outcomes.append(outcome)
        info, preference = devices.get(message.device_id), preferences.get(message.user_id)
        if not _held(outcome, info, preference, zone, keys, now):
            sending.append((message, info, outcome))
    timeout = current_app.config["PUSH_TIMEOUT"]
    posts = [(info, m.payload, m.category, m.topic, keys, timeout) for m, info, _ in sending]
    gone: dict[str, set[int]] = {"delivered": set(), "removed": set()}
    for (message, _, outcome), answer in zip(sending, _send_all(posts), strict=True):
        _record(outcome, answer, now)
        if answer.outcome in gone:
            gone[answer.outcome].add(message.device_id)
    return outcomes, gone


_MESSAGE_COLUMNS = (
    PushMessage.id,
    PushMessage.device_id,
    PushMessage.user_id,
    PushMessage.payload,
    PushMessage.category,
    PushMessage.topic,
    PushMessage.attempts,
    PushMessage.last_status_code,
    PushMessage.last_error,
)


def _outcome(message) -> dict:
    """What will be written back to one message: its row as it is, until sending changes it."""
    return {
        "message_id": message.id,
        "status": "sending",
        "attempts": message.attempts,
        "last_status_code": message.last_status_code,
        "last_error": message.last_error,
        "finished_at": None,
        "next_attempt_at": None,
    }


def _subscriptions(device_ids: set[int]) -> dict[int, dict]:
    rows = db.session.execute(
        db.select(PushDevice.id, PushDevice.endpoint, PushDevice.p256dh, PushDevice.auth).filter(
            PushDevice.id.in_(device_ids)
        )
    )
    return {id_: subscription_info(url, key, auth) for id_, url, key, auth in rows}


def _held(outcome: dict, info, preference, zone, keys, now) -> bool:
    """Whether the message is not to be sent now; if so, its outcome is set."""
    if info is None:
        _finish(outcome, "removed", now, "the device was removed")
    elif (until := _quiet_until(preference, zone, now)) is not None:
        outcome["status"], outcome["next_attempt_at"] = "deferred", until
    elif keys is None:
        _finish(outcome, "config_error", now, "push is not configured: run `flask vapid-keys`")
    else:
        return False
    return True


def _send_all(posts: list[tuple]) -> list[delivery.Answer]:
    """Several in flight, each thread sending its own run of them one after another: a push
    service's answer takes a round trip, and one thread would idle through it."""
    size = -(-len(posts) // IN_FLIGHT)
    runs = [posts[start : start + size] for start in range(0, len(posts), size or 1)]
    return [answer for answers in _pool().map(_send_run, runs) for answer in answers]


def _send_run(posts: list[tuple]) -> list[delivery.Answer]:
    return [delivery.send(*post) for post in posts]


def _record(outcome: dict, answer: delivery.Answer, now: datetime) -> None:
    """Set a sent message's outcome from the push service's answer."""
    outcome["attempts"] += 1
    outcome["last_status_code"], outcome["last_error"] = answer.status_code, answer.detail or None
    if answer.outcome in ("delivered", "removed"):
        return _finish(outcome, answer.outcome, now, answer.detail)
    if answer.outcome == "config_error":
        log.warning("push configuration fault for message %s: %s", outcome["message_id"], answer.detail)
    final = answer.outcome in ("config_error", "failed")
    if final or outcome["attempts"] >= current_app.config["PUSH_MAX_ATTEMPTS"]:
        return _finish(outcome, answer.outcome if final else "failed", now, answer.detail)
    at = now + timedelta(seconds=_backoff(outcome["attempts"], answer.retry_after))
    outcome["status"], outcome["next_attempt_at"] = "retrying", at


def _finish(outcome: dict, status: str, now: datetime, detail: str | None = None) -> None:
    outcome["status"], outcome["finished_at"], outcome["next_attempt_at"] = status, now, None
    if detail:
        outcome["last_error"] = detail[:500]


def _store(outcomes: list[dict], devices: dict[str, set[int]], now: datetime) -> None:
    """Every outcome in one statement, and the devices' news in one each."""
    table = PushMessage.__table__
    db.session.execute(update(table).where(table.c.id == bindparam("message_id")), outcomes)
    if devices["delivered"]:
        db.session.execute(
            update(PushDevice).where(PushDevice.id.in_(devices["delivered"])).values(last_delivered_at=now)
        )
    if devices["removed"]:
        db.session.execute(delete(PushDevice).where(PushDevice.id.in_(devices["removed"])))


def _fail(message_ids: list[int], now: datetime, reason: str) -> None:
    try:
        db.session.execute(
            update(PushMessage)
            .where(PushMessage.id.in_(message_ids), PushMessage.status == "sending")
            .values(status="failed", finished_at=now, next_attempt_at=None, last_error=reason[:500])
        )
        db.session.commit()
    except Exception:  # the database itself is away: the sweep finds these later
        log.exception("could not record the failure of messages %s", message_ids)
        db.session.rollback()


def _grouped(later: list[dict]) -> list[tuple[datetime, list[int]]]:
    """Messages due within a second of each other share one task, at the latest of their times
    (so none goes before its Retry-After or quiet hours' end), which each then shows."""
    groups: list[list[dict]] = []
    for outcome in sorted(later, key=lambda o: o["next_attempt_at"]):
        if groups and outcome["next_attempt_at"] <= groups[-1][0]["next_attempt_at"] + GROUP_WITHIN:
            groups[-1].append(outcome)
        else:
            groups.append([outcome])
    for group in groups:
        for outcome in group:
            outcome["next_attempt_at"] = group[-1]["next_attempt_at"]
    return [(group[-1]["next_attempt_at"], [o["message_id"] for o in group]) for group in groups]


def _schedule(groups: list[tuple[datetime, list[int]]]) -> None:
    queue = tasks.queue()
    for at, message_ids in groups:
        queue.at(deliver_batch, at, message_ids)


def _by_id(model, column, ids: set) -> dict:
    return {
        getattr(row, column.key): row for row in db.session.scalars(db.select(model).filter(column.in_(ids)))
    }


def _quiet_until(preference: PushPreference | None, zone: ZoneInfo, now: datetime) -> datetime | None:
    if preference is None or not preference.quiet_start:
        return None
    zone = ZoneInfo(preference.timezone) if preference.timezone else zone
    return quiet.quiet_until(now, preference.quiet_start, preference.quiet_end, zone)


def _backoff(attempts: int, retry_after: float | None) -> float:
    base = current_app.config["PUSH_RETRY_BASE_SECONDS"]
    return max(min(base * 2 ** (attempts - 1), 3600.0), retry_after or 0.0)


def _pool() -> ThreadPoolExecutor:
    global _senders
    with _senders_lock:
        if _senders is None:  # made on first use: after gunicorn's gevent worker has patched threads
            _senders = ThreadPoolExecutor(max_workers=IN_FLIGHT, thread_name_prefix="push-send")
        return _senders
