"""Kept-alive connections to push services (server/push/connections.py), with the real webpush():
one connection carries many messages, one the push service ended while idle is replaced, and TLS
is verified."""

import http.server
import ssl
import threading
from datetime import UTC, datetime, timedelta

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from py_vapid import Vapid
from pywebpush import webpush

from server.push import connections
from server.push.connections import PushConnections
from tests.support.push_service import PushService

SUB = "mailto:push@example.test"


@pytest.fixture
def service():
    with PushService() as running:
        yield running


@pytest.fixture
def session():
    opened = PushConnections()
    yield opened
    opened.close()


@pytest.fixture
def clock(monkeypatch):
    """The monotonic clock the connections read, moved by hand."""
    now = [1000.0]
    monkeypatch.setattr(connections.time, "monotonic", lambda: now[0])
    return now


def push(service: PushService, session: PushConnections) -> int:
    vapid = Vapid()
    vapid.generate_keys()
    info = service.subscription().info()
    claims = {"sub": SUB}
    sent = webpush(info, data="{}", vapid_private_key=vapid, vapid_claims=claims, requests_session=session)
    return sent.status_code


def test_messages_in_quick_succession_share_one_connection(service, session, clock):
    assert [push(service, session) for _ in range(3)] == [201, 201, 201]
    assert len(session._open) == 1
    first = next(iter(session._open.values())).sock
    clock[0] += connections.RECENT / 2
    assert push(service, session) == 201
    assert next(iter(session._open.values())).sock is first


def test_a_connection_the_push_service_ended_while_idle_is_replaced(service, session, clock):
    assert push(service, session) == 201
    first = next(iter(session._open.values())).sock
    service.close_connections()
    clock[0] += connections.RECENT + 1  # idle long enough to be checked before reuse
    assert push(service, session) == 201
    assert next(iter(session._open.values())).sock is not first
    assert len(service.received) == 2


@pytest.fixture
def tls_service(tmp_path, monkeypatch):
    """A push service answering over TLS with a certificate of its own, which the sender trusts."""
    cert, key = _self_signed(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Created)
    served = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    served.load_cert_chain(cert, key)
    server.socket = served.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    trusting = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setattr(connections, "_tls", lambda: trusting)
    yield f"https://localhost:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_push_service_over_tls_is_verified_and_its_connection_kept(tls_service, session):
    answers = [session.post(f"{tls_service}/push/{n}", b"sealed", {"TTL": "60"}) for n in range(3)]
    assert [(a.status_code, a.text) for a in answers] == [(201, "ok")] * 3
    assert len(session._open) == 1


def test_a_push_service_whose_certificate_is_not_trusted_is_not_sent_to(tls_service, session, monkeypatch):
    monkeypatch.setattr(connections, "_tls", ssl.create_default_context)
    with pytest.raises(requests.ConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        session.post(f"{tls_service}/push/1", b"sealed", {})


class _Created(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(201)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format, *args) -> None:
        pass


def _self_signed(folder):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    start = datetime(2020, 1, 1, tzinfo=UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * 30))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path
