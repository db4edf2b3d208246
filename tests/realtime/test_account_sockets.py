"""Ending a person's sessions drops their live sockets at once, in process and in a real server."""

import threading

import pytest
import socketio

from server.demo import PASSWORD
from tests.factories import PASSWORD as FACTORY_PASSWORD
from tests.support.json_client import JsonClient
from tests.support.live_server import ApiSession, live_server


def test_deactivation_disconnects_every_socket_of_that_person_and_no_one_elses(
    app, admin_client, advocate, advocate_client, manager_client, socket_for
):
    phone = socket_for(advocate_client)
    second_device = JsonClient(app.test_client())
    second_device.login(advocate.email, FACTORY_PASSWORD)
    laptop = socket_for(second_device)
    colleague = socket_for(manager_client)
    assert phone.connected() and laptop.connected() and colleague.connected()
    admin_client.patch(f"/api/v1/people/{advocate.id}", json={"active": False})
    assert not phone.connected() and not laptop.connected()
    assert colleague.connected()


def test_a_password_reset_disconnects_the_persons_sockets(
    app, admin_client, advocate, advocate_client, socket_for
):
    phone = socket_for(advocate_client)
    link = admin_client.post(f"/api/v1/people/{advocate.id}/reset-link").get_json()["link"]
    body = {"token": link.rsplit("/", 1)[1], "password": "a brand new passphrase"}
    assert (
        JsonClient(app.test_client()).post("/api/v1/auth/password-reset/complete", json=body).status_code
        == 204
    )
    assert not phone.connected()
    assert not socket_for(advocate_client).connected()  # the old session cannot open a new one


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("accounts"), "accounts") as url:
        yield url


def _watch(url: str, session: ApiSession) -> tuple[socketio.Client, threading.Event]:
    gone = threading.Event()
    client = socketio.Client(reconnection=False)
    client.on("disconnect", lambda *reason: gone.set())
    client.connect(url, headers={"Cookie": session.cookie_header}, transports=["websocket"], wait_timeout=5)
    return client, gone


def test_a_deactivated_advocates_socket_is_dropped_by_the_real_server(server_url):
    admin = ApiSession(server_url, "admin@demo.example", PASSWORD)
    advocate = ApiSession(server_url, "advocate2@demo.example", PASSWORD)
    colleague = ApiSession(server_url, "advocate@demo.example", PASSWORD)
    socket, gone = _watch(server_url, advocate)
    other, other_gone = _watch(server_url, colleague)
    try:
        advocate_id = advocate.get("/api/v1/me").json()["id"]
        response = admin.http.patch(
            f"{server_url}/api/v1/people/{advocate_id}", json={"active": False}, timeout=5
        )
        assert response.status_code == 200
        assert gone.wait(timeout=3), "the deactivated advocate's socket is still open"
        assert advocate.get("/api/v1/me").status_code == 401
        assert other.connected and not other_gone.is_set()
    finally:
        for client in (socket, other):
            client.disconnect()
        for session in (admin, advocate, colleague):
            session.close()
