"""Send one push message with pywebpush and say what its answer means.

201 (or any 2xx): delivered to the push service. 404 and 410: the subscription is gone, remove
it. 429 and 5xx, and timeouts or refused connections: try again later, no earlier than any
Retry-After. 400, 401, 403 and 413: our configuration is wrong (keys, payload): keep the
subscription, log it and show it to admins.
"""

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests
from pywebpush import WebPushException, webpush

from server.push.keys import VapidKeys
from server.push.messages import DELIVERY

GONE = {404, 410}
RETRY = {429, 500, 502, 503, 504}
_local = threading.local()


@dataclass(frozen=True)
class Answer:
    outcome: str  # delivered | removed | retry | config_error
    status_code: int | None
    detail: str = ""
    retry_after: float | None = None  # seconds the push service asked us to wait


def send(info: dict, data: str, category: str, topic: str | None, keys: VapidKeys, timeout: float) -> Answer:
    delivery = DELIVERY[category]
    headers = {"Urgency": delivery.urgency}
    if topic:
        headers["Topic"] = topic  # a newer message with the same topic replaces an undelivered one
    try:
        response = webpush(
            info,
            data=data,
            vapid_private_key=keys.signer(),
            vapid_claims={"sub": keys.subject},  # a fresh dict: webpush() adds this endpoint's aud
            ttl=delivery.ttl,
            headers=headers,
            timeout=timeout,
            requests_session=_session(),
        )
    except WebPushException as error:
        if error.response is None:
            return Answer("retry", None, str(error)[:500])
        return _classify(error.response)
    except requests.RequestException as error:  # timeouts, refused connections
        return Answer("retry", None, f"{type(error).__name__}: {error}"[:500])
    return _classify(response)


def _classify(response) -> Answer:
    code = response.status_code
    detail = f"{code} {response.reason}: {response.text[:300]}".strip()
    if 200 <= code < 300:
        return Answer("delivered", code)
    if code in GONE:
        return Answer("removed", code, detail)
    if code in RETRY or code >= 500:
        return Answer("retry", code, detail, _retry_after(response.headers.get("Retry-After")))
    return Answer("config_error", code, detail)


def _retry_after(value: str | None) -> float | None:
    """Retry-After is either seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max((parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds(), 0.0)
    except (TypeError, ValueError):
        return None


def _session() -> requests.Session:
    # One session per worker thread, so connections to each push service are kept and reused.
    session = getattr(_local, "session", None)
    if session is None:
        session = _local.session = requests.Session()
    return session
