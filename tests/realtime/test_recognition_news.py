"""Recognised advocates are told at once: kudos arrive live on their open app."""


def test_kudos_arrive_live(manager_client, advocate_client, advocate, socket_for, db):
    phone = socket_for(advocate_client)
    body = {"receiver_id": advocate.id, "message": "Brilliant thread", "points": 10}
    assert manager_client.post("/api/v1/kudos", json=body).status_code == 201
    [news] = [e["args"][0] for e in phone.received("kudos:received")]
    assert (news["from"], news["message"]) == ("Max", "Brilliant thread")
