"""Send one push message with pywebpush and say what its answer means.

201 (or any 2xx): delivered to the push service. 404 and 410: the subscription is gone, remove
it. 429 and 5xx, and timeouts or refused connections: try again later, no earlier than any
Retry-After. 400, 401, 403 and 413: our configuration is wrong (keys, payload): keep the
subscription, log it and show it to admins. Anything else raised while sending (a subscription key
the encryption refuses, say) fails that message, with the reason.
"""

import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.request import getproxies

import requests
from pywebpush import WebPushException, webpush

from server.push.connections import PushConnections
from server.push.keys import VapidKeys
from server.push.messages import DELIVERY

GONE = {404, 410}
RETRY = {429, 500, 502, 503, 504}
# A VAPID token is signed once per push service and reused: push services accept up to 24 hours.
TOKEN_LIFETIME = 12 * 3600
RENEW_BEFORE = 3600  # seconds before expiry that a new one is signed
_local = threading.local()
_tokens: dict[tuple[str, str, str], tuple[dict, int]] = {}


@dataclass(frozen=True)
class Answer:
    outcome: str  # delivered | removed | retry | config_error | failed
    status_code: int | None
    detail: str = ""
    retry_after: float | None = None  # seconds the push service asked us to wait


def send(info: dict, data: str, category: str, topic: str | None, keys: VapidKeys, timeout: float) -> Answer:
    delivery = DELIVERY[category]
    headers = {"Urgency": delivery.urgency}
    if topic:
        headers["Topic"] = topic  # a newer message with the same topic replaces an undelivered one
    try:
        headers.update(authorization(keys, info["endpoint"], time.time()))
        response = webpush(
            info,
            data=data,
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
    except Exception as error:  # a key the encryption refuses, say: retrying would not help
        return Answer("failed", None, f"{type(error).__name__}: {error}"[:500])
    return _classify(response)


def authorization(keys: VapidKeys, endpoint: str, now: float) -> dict:
    """The VAPID header for this endpoint's push service: signed once per audience and reused
    until an hour before it expires (signing per message cost as much as encrypting it)."""
    url = urlsplit(endpoint)
    audience = f"{url.scheme}://{url.netloc}"
    key = (keys.private_key, keys.subject, audience)
    cached = _tokens.get(key)
    if cached is None or not now + RENEW_BEFORE < cached[1] <= now + TOKEN_LIFETIME:
        expires = int(now) + TOKEN_LIFETIME
        # A fresh claims dict every time: py_vapid's sign() may add to it.
        cached = _tokens[key] = (
            keys.signer().sign({"sub": keys.subject, "aud": audience, "exp": expires}),
            expires,
        )
    return dict(cached[0])


def _classify(response) -> Answer:
    code = response.status_code
    if 200 <= code < 300:
        return Answer("delivered", code)
    detail = f"{code} {response.reason}: {response.text[:300]}".strip()
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


def _session() -> "requests.Session | PushConnections":
    # Per worker thread, so connections to each push service are kept and reused. requests only
    # when a proxy is configured in the environment: it honours HTTPS_PROXY and NO_PROXY.
    session = getattr(_local, "session", None)
    if session is None:
        session = _local.session = requests.Session() if getproxies() else PushConnections()
    return session
