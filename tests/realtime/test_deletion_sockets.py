"""A deleted account's open apps are told and their sockets closed at once."""

from server.privacy import deletion


def test_carrying_out_a_deletion_ends_the_person_s_sockets(advocate_client, advocate, socket_for, db):
    socket = socket_for(advocate_client)
    assert socket.connected()
    advocate_client.post("/api/v1/me/deletion", json={"password": "correct horse battery staple"})
    deletion.carry_out(advocate)
    assert not socket.connected()
