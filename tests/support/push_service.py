"""A Web Push *push service* on loopback, so tests can drive the application's real `pywebpush.webpush()`
calls end to end, without mocks.

It plays the protocol a browser vendor's push service plays: RFC 8030 delivery (TTL, Urgency, Topic),
RFC 8292 VAPID (an ES256 JWT whose audience is this service's origin) and RFC 8291 / RFC 8188 aes128gcm
encryption, decrypted with the subscription's private key, as the browser would. Each subscription's
endpoint path names a *behaviour* that decides the answer once a request is valid:

    ok 201 | gone 410 | notfound 404 | busy 429 then 201 | busy2 429, 429 then 201 | error 500
    flaky 500, 503 then 201 | slow 504 after SLOW_SECONDS (a sender's timeout fires first) then 201
    toolarge 413 | unauthorized 401

Requests that fail validation are answered 400, 401, 403, 404 or 413 with a JSON body saying why.
Every request, valid or not, is recorded in `service.received`.

    with PushService() as service:
        device = service.subscription("busy")
        ...  # the application calls webpush(device.info(), ...)
        service.wait_for(lambda s: s.statuses(device) == [429, 201])
"""

import base64
import contextlib
import json
import re
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import http_ece
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

# The answers of each behaviour, one per valid request to the endpoint; the last one repeats.
BEHAVIOURS: dict[str, tuple[int, ...]] = {
    "ok": (201,),
    "gone": (410,),
    "notfound": (404,),
    "busy": (429, 201),
    "busy2": (429, 429, 201),
    "error": (500,),
    "flaky": (500, 503, 201),
    "slow": (504, 201),
    "toolarge": (413,),
    "unauthorized": (401,),
}
RETRY_AFTER = "1"  # seconds, sent with every 429
# A 504 comes only after this long, like a push service's overloaded gateway: longer than the
# timeout the senders under test use, so what they see is their own timeout.
SLOW_SECONDS = 4
MAX_BODY = 4096  # RFC 8030 section 7.2: the payload size every push service must accept
MAX_EXP_AHEAD = 24 * 60 * 60  # RFC 8292 section 2: exp at most 24 hours from the request
URGENCIES = ("very-low", "low", "normal", "high")  # RFC 8030 section 5.3
TOPIC = re.compile(r"[A-Za-z0-9_-]{1,32}")  # RFC 8030 section 5.4: at most 32 base64url characters
BASE64URL = re.compile(r"[A-Za-z0-9_-]*")
SENDER_KEY_LENGTH = 65  # RFC 8291 section 4: the keyid is the sender's uncompressed P-256 point


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict: urlsafe_b64decode would silently skip characters outside the alphabet."""
    if not BASE64URL.fullmatch(text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass(eq=False)
class Subscription:
    """The browser's side of a push subscription: what PushManager.subscribe() would hand the page."""

    endpoint: str
    behaviour: str
    private_key: ec.EllipticCurvePrivateKey
    auth_secret: bytes

    @property
    def p256dh(self) -> str:
        point = self.private_key.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
        return b64url_encode(point)

    @property
    def auth(self) -> str:
        return b64url_encode(self.auth_secret)

    def info(self) -> dict:
        """The subscription as JSON, in the shape pywebpush (and PushSubscription.toJSON()) uses."""
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


@dataclass
class Received:
    """One request as the push service saw it. Fields the request never got to are None / empty."""

    endpoint: str
    at: float  # time.monotonic() when it arrived
    status: int = 0  # what was answered
    problem: str = ""  # why it was refused; empty when the behaviour answered
    plaintext: bytes | None = None  # the decrypted payload
    ttl: int | None = None
    urgency: str | None = None
    topic: str | None = None
    jwt_claims: dict = field(default_factory=dict)  # as sent: verified only if status is not 401/403
    vapid_key: str | None = None  # the `k` of the Authorization header
    headers: dict[str, str] = field(default_factory=dict)


class Refusal(Exception):
    """A request the push service refuses, with the status and the reason it answers."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Answer(NamedTuple):
    status: int
    headers: dict[str, str]
    body: dict | None


class VapidToken(NamedTuple):
    header: dict
    claims: dict
    signing_input: bytes
    signature: bytes
    key: str


class PushService:
    """The push service. Use it as a context manager, or call start() and stop()."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._received: list[Received] = []
        self._subscriptions: dict[str, Subscription] = {}  # by endpoint path
        self._attempts: dict[str, int] = {}  # valid requests per endpoint path, for busy / busy2
        self._keys: dict[str, bytes] = {}  # the VAPID key each endpoint path first saw
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "PushService":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> "PushService":
        self._server = _Server(self)
        # A short poll interval: shutdown() waits for it, and every test stops a service.
        serve = {"poll_interval": 0.02}
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs=serve, name="push-service", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def close_connections(self) -> None:
        """End every kept-alive connection, as a push service does to idle ones, and keep serving."""
        if self._server is not None:
            self._server.close_connections()

    @property
    def url(self) -> str:
        """The origin, e.g. http://127.0.0.1:54321: also the `aud` VAPID tokens must carry."""
        if self._server is None:
            raise RuntimeError("the push service is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def received(self) -> list[Received]:
        """Every request so far, oldest first: a snapshot, safe to read while requests arrive."""
        with self._lock:
            return list(self._received)

    def subscription(self, behaviour: str = "ok", name: str | None = None) -> Subscription:
        """A new subscription whose endpoint answers as `behaviour` says. `name`, when given, is the
        last path segment (it must be unique in this service); otherwise a random one is used."""
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}; known: {', '.join(BEHAVIOURS)}")
        ident = name or uuid.uuid4().hex
        if not TOPIC.fullmatch(ident):  # keeps the endpoint a plain URL
            raise ValueError(f"name {ident!r}: use 1 to 32 letters, digits, '-' or '_'")
        path = f"/push/{behaviour}/{ident}"
        subscription = Subscription(
            f"{self.url}{path}", behaviour, ec.generate_private_key(ec.SECP256R1()), secrets.token_bytes(16)
        )
        with self._lock:
            if path in self._subscriptions:
                raise ValueError(f"a subscription named {ident!r} already exists")
            self._subscriptions[path] = subscription
        return subscription

    def requests_to(self, endpoint: "str | Subscription") -> list[Received]:
        endpoint = _endpoint(endpoint)
        return [r for r in self.received if r.endpoint == endpoint]

    def statuses(self, endpoint: "str | Subscription") -> list[int]:
        """The statuses answered to an endpoint, oldest first."""
        return [r.status for r in self.requests_to(endpoint)]

    def delivered(self, endpoint: "str | Subscription") -> list[bytes]:
        """The plaintexts accepted (201) for an endpoint, oldest first; b"" for a push without payload."""
        return [r.plaintext or b"" for r in self.requests_to(endpoint) if r.status == HTTPStatus.CREATED]

    def wait_for(
        self, predicate: Callable[["PushService"], bool], timeout: float = 5.0, description: str = ""
    ) -> None:
        """Poll until predicate(service) is true: deliveries happen on the application's threads."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"push service: {description or 'condition'} not met within {timeout}s; "
                    f"received: {self._summary()}"
                )
            time.sleep(0.01)

    def handle(self, path: str, headers: Mapping[str, str], body: bytes) -> Answer:
        """Validate one POST like a real push service, record it and say what to answer."""
        path = urlsplit(path).path
        record = Received(endpoint=f"{self.url}{path}", at=time.monotonic(), headers=dict(headers.items()))
        try:
            status = self._accept(path, headers, body, record)
        except Refusal as refusal:
            status, record.problem = refusal.status, refusal.message
        record.status = status
        with self._lock:
            self._received.append(record)
        return _answer(status, record, self.url)

    def _accept(self, path: str, headers: Mapping[str, str], body: bytes, record: Received) -> int:
        """Run every check, filling in the record as it goes; return the behaviour's status."""
        with self._lock:
            subscription = self._subscriptions.get(path)
        if subscription is None:
            raise Refusal(404, "no such subscription")
        token = read_vapid(headers.get("Authorization"))
        record.jwt_claims, record.vapid_key = token.claims, token.key
        verify_vapid(token, self.url, time.time())
        self._check_same_key(path, b64url_decode(token.key))
        record.ttl = read_ttl(headers.get("TTL"))
        record.urgency = read_urgency(headers.get("Urgency"))
        record.topic = read_topic(headers.get("Topic"))
        record.plaintext = decrypt(headers.get("Content-Encoding"), body, subscription)
        return self._next_status(path, subscription.behaviour)

    def _check_same_key(self, path: str, key: bytes) -> None:
        # A browser binds a subscription to one applicationServerKey (RFC 8292 section 4.2).
        with self._lock:
            known = self._keys.setdefault(path, key)
        if known != key:
            raise Refusal(403, "the VAPID key differs from the one this subscription was used with")

    def _next_status(self, path: str, behaviour: str) -> int:
        with self._lock:
            attempt = self._attempts.get(path, 0)
            self._attempts[path] = attempt + 1
        answers = BEHAVIOURS[behaviour]
        return answers[min(attempt, len(answers) - 1)]

    def _summary(self) -> str:
        lines = [f"{r.status} {r.endpoint} {r.problem}".rstrip() for r in self.received]
        return "\n  " + "\n  ".join(lines) if lines else "nothing"


def read_vapid(value: str | None) -> VapidToken:
    """Parse `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292 section 3)."""
    if not value:
        raise Refusal(401, "missing Authorization header (VAPID, RFC 8292)")
    scheme, _, rest = value.strip().partition(" ")
    if scheme.lower() != "vapid":
        raise Refusal(401, f"Authorization scheme must be 'vapid', got {scheme!r}")
    params = dict(_param(part) for part in rest.split(","))
    if not params.get("t") or not params.get("k"):
        raise Refusal(401, "Authorization needs both t= (the JWT) and k= (the public key)")
    pieces = params["t"].split(".")
    if len(pieces) != 3:
        raise Refusal(401, "the VAPID token is not a JWS in compact form")
    try:
        header, claims = json.loads(b64url_decode(pieces[0])), json.loads(b64url_decode(pieces[1]))
        signature = b64url_decode(pieces[2])
    except ValueError as error:  # bad base64url or JSON
        raise Refusal(401, f"the VAPID token cannot be decoded: {error}") from None
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise Refusal(401, "the VAPID token's header and claims must be JSON objects")
    return VapidToken(header, claims, f"{pieces[0]}.{pieces[1]}".encode(), signature, params["k"])


def _param(part: str) -> tuple[str, str]:
    name, _, value = part.strip().partition("=")
    return name.strip().lower(), value.strip()


def verify_vapid(token: VapidToken, audience: str, now: float) -> None:
    """Check the ES256 signature against k, then the claims (RFC 8292 section 2)."""
    if token.header.get("alg") != "ES256":
        raise Refusal(401, f"the VAPID token's alg must be ES256, got {token.header.get('alg')!r}")
    if len(token.signature) != 64:  # JWS ES256 signatures are raw r || s, 32 bytes each
        raise Refusal(401, "the VAPID signature must be 64 bytes (r || s)")
    try:
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64url_decode(token.key))
    except ValueError:
        raise Refusal(401, "k is not a base64url uncompressed P-256 public key") from None
    r, s = int.from_bytes(token.signature[:32], "big"), int.from_bytes(token.signature[32:], "big")
    try:
        key.verify(encode_dss_signature(r, s), token.signing_input, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise Refusal(401, "the VAPID signature does not match k") from None
    check_claims(token.claims, audience, now)


def check_claims(claims: dict, audience: str, now: float) -> None:
    if claims.get("aud") != audience:
        raise Refusal(401, f"aud must be the push service's origin {audience!r}, got {claims.get('aud')!r}")
    exp = claims.get("exp")
    if not isinstance(exp, int) or isinstance(exp, bool):
        raise Refusal(401, f"exp must be an integer, got {exp!r}")
    if exp <= now:
        raise Refusal(401, f"the VAPID token expired {now - exp:.0f}s ago")
    if exp > now + MAX_EXP_AHEAD:
        raise Refusal(401, f"exp is {exp - now:.0f}s ahead; at most {MAX_EXP_AHEAD}s is allowed")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.startswith(("mailto:", "https:")):
        raise Refusal(401, f"sub must be a mailto: or https: URI, got {sub!r}")


def read_ttl(value: str | None) -> int:
    if value is None:
        raise Refusal(400, "missing TTL header (RFC 8030 section 5.2)")
    if not value.strip().isdigit():
        raise Refusal(400, f"TTL must be a non-negative integer, got {value!r}")
    return int(value)


def read_urgency(value: str | None) -> str | None:
    if value is not None and value not in URGENCIES:
        raise Refusal(400, f"Urgency must be one of {', '.join(URGENCIES)}; got {value!r}")
    return value


def read_topic(value: str | None) -> str | None:
    if value is not None and not TOPIC.fullmatch(value):
        raise Refusal(400, f"Topic must be 1 to 32 base64url characters, got {value!r}")
    return value


def decrypt(encoding: str | None, body: bytes, subscription: Subscription) -> bytes | None:
    """Decrypt an aes128gcm body with the subscription's keys, as the browser would (RFC 8291)."""
    if len(body) > MAX_BODY:
        raise Refusal(413, f"the body is {len(body)} bytes; at most {MAX_BODY} are accepted")
    if not body:
        return None  # RFC 8030 allows a push without payload
    if (encoding or "").lower() != "aes128gcm":
        raise Refusal(400, f"Content-Encoding must be aes128gcm (RFC 8291), got {encoding!r}")
    check_single_record(body)
    try:
        key, secret = subscription.private_key, subscription.auth_secret
        # No dh or keyid: for aes128gcm, http_ece reads the sender's public key from the header.
        return http_ece.decrypt(body, private_key=key, auth_secret=secret, version="aes128gcm")
    except (http_ece.ECEException, ValueError) as error:
        raise Refusal(400, f"cannot decrypt the payload: {error}") from None


def check_single_record(body: bytes) -> None:
    """RFC 8291 section 4: one record, whose keyid is the sender's public key."""
    if len(body) < 21:
        raise Refusal(400, "the body is too short for an aes128gcm header (RFC 8188)")
    record_size, key_length = int.from_bytes(body[16:20], "big"), body[20]
    if key_length != SENDER_KEY_LENGTH:
        raise Refusal(400, f"the aes128gcm keyid must be a {SENDER_KEY_LENGTH}-byte P-256 point")
    if len(body) - 21 - key_length > record_size:
        raise Refusal(400, "the payload must be encrypted as a single record")


def _answer(status: int, record: Received, origin: str) -> Answer:
    headers: dict[str, str] = {}
    if status == HTTPStatus.CREATED:
        # What RFC 8030 section 5 asks for: the message's URI and the TTL actually granted.
        headers = {"Location": f"{origin}/message/{uuid.uuid4().hex}", "TTL": str(record.ttl)}
        return Answer(status, headers, None)
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        headers["Retry-After"] = RETRY_AFTER
    message = record.problem or f"behaviour of this endpoint answers {status}"
    return Answer(status, headers, {"code": status, "error": HTTPStatus(status).phrase, "message": message})


def _endpoint(endpoint: "str | Subscription") -> str:
    return endpoint.endpoint if isinstance(endpoint, Subscription) else endpoint


class _Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keeps connections open, as real push services do, so pooled sessions get exercised.
    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections end on their own
    server: "_Server"

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        self.server.track(self.connection, False)
        super().finish()

    def do_POST(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            return self._send(Answer(411, {}, {"code": 411, "message": "send a Content-Length"}))
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            return self._send(Answer(400, {}, {"code": 400, "message": "bad Content-Length"}))
        body = self.rfile.read(length)  # read it all, even to refuse it, so the connection stays usable
        answer = self.server.service.handle(self.path, self.headers, body)
        if answer.status != HTTPStatus.GATEWAY_TIMEOUT:
            return self._send(answer)
        time.sleep(SLOW_SECONDS)
        self.close_connection = True
        with contextlib.suppress(OSError):  # the sender has given up and gone, as it should
            self._send(answer)

    def _send(self, answer: Answer) -> None:
        data = json.dumps(answer.body).encode() if answer.body is not None else b""
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if data:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # one stderr line per push would bury the test output; `received` has it all


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, service: PushService) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.service = service
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """End kept-alive connections too, so a stopped service really stops answering."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)


__all__ = ["BEHAVIOURS", "PushService", "Received", "Subscription", "b64url_decode", "b64url_encode"]
