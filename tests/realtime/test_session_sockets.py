"""Ending a session drops the live sockets it opened, and only those: logging out of one device
leaves the person's other devices connected."""

import threading

import pytest
import socketio

from server.demo import PASSWORD
from tests.factories import PASSWORD as FACTORY_PASSWORD
from tests.support.json_client import JsonClient
from tests.support.live_server import ApiSession, live_server


def _device(app, user) -> JsonClient:
    client = JsonClient(app.test_client())
    client.login(user.email, FACTORY_PASSWORD)
    return client


def test_logging_out_drops_that_devices_sockets_and_no_others(app, advocate, socket_for):
    phone, laptop = _device(app, advocate), _device(app, advocate)
    phone_socket, laptop_socket = socket_for(phone), socket_for(laptop)
    copied = JsonClient(app.test_client())  # someone holding a copy of the phone's cookie
    copied.raw.set_cookie("session", phone.raw.get_cookie("session").value)
    copied_socket = socket_for(copied)
    assert phone_socket.connected() and laptop_socket.connected() and copied_socket.connected()
    assert phone.post("/api/v1/auth/logout").status_code == 204
    assert not phone_socket.connected() and not copied_socket.connected()
    assert laptop_socket.connected()
    assert not socket_for(copied).connected()  # the ended session cannot open a new one


def test_signing_out_other_devices_drops_their_sockets_and_keeps_this_ones(app, advocate, socket_for):
    phone, laptop = _device(app, advocate), _device(app, advocate)
    phone_socket, laptop_socket = socket_for(phone), socket_for(laptop)
    assert laptop.delete("/api/v1/me/sessions").get_json() == {"ended": 1}
    assert not phone_socket.connected()
    assert laptop_socket.connected()


def test_an_admin_signing_a_person_out_drops_all_their_sockets(
    app, advocate, admin_client, manager_client, socket_for
):
    phone, laptop = _device(app, advocate), _device(app, advocate)
    sockets = [socket_for(phone), socket_for(laptop)]
    colleague = socket_for(manager_client)
    assert admin_client.delete(f"/api/v1/people/{advocate.id}/sessions").status_code == 204
    assert not any(socket.connected() for socket in sockets)
    assert colleague.connected()


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    with live_server(tmp_path_factory.mktemp("sessions"), "sessions") as url:
        yield url


def _watch(url: str, session: ApiSession) -> tuple[socketio.Client, threading.Event]:
    gone = threading.Event()
    client = socketio.Client(reconnection=False)
    client.on("disconnect", lambda *reason: gone.set())
    client.connect(url, headers={"Cookie": session.cookie_header}, transports=["websocket"], wait_timeout=5)
    return client, gone


def test_a_real_server_drops_the_socket_of_a_device_that_logged_out(server_url):
    phone = ApiSession(server_url, "advocate@demo.example", PASSWORD)
    laptop = ApiSession(server_url, "advocate@demo.example", PASSWORD)
    phone_socket, phone_gone = _watch(server_url, phone)
    laptop_socket, laptop_gone = _watch(server_url, laptop)
    try:
        assert phone.post("/api/v1/auth/logout", {}).status_code == 204
        assert phone_gone.wait(timeout=3), "the logged-out device's socket is still open"
        assert laptop_socket.connected and not laptop_gone.is_set()
        assert laptop.get("/api/v1/me").status_code == 200
    finally:
        for client in (phone_socket, laptop_socket):
            client.disconnect()
        for session in (phone, laptop):
            session.close()
