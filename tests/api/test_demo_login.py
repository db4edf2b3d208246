"""The login screen's demo hint: the demo's sign-in is offered only while the demo company is
seeded (its advocate signs in with the demo password), never in a real company."""

from werkzeug.security import generate_password_hash

from server.demo import PASSWORD as DEMO_PASSWORD
from tests.factories import UserFactory

NOT_SEEDED = {"seeded": False, "email": None, "password": None}


def test_a_real_company_shows_no_demo_sign_in(client, advocate, admin):
    assert client.get("/api/v1/auth/demo").get_json() == NOT_SEEDED


def test_the_seeded_demo_offers_its_sign_in_and_it_works(client, db):
    UserFactory(email="advocate@demo.example", password_hash=generate_password_hash(DEMO_PASSWORD))
    offered = client.get("/api/v1/auth/demo").get_json()
    assert offered == {"seeded": True, "email": "advocate@demo.example", "password": "demo-password"}
    client.login(offered["email"], offered["password"])


def test_the_hint_goes_once_the_demo_password_is_changed_or_the_account_deactivated(client, db):
    demo = UserFactory(email="advocate@demo.example", password_hash=generate_password_hash(DEMO_PASSWORD))
    demo.set_password("a private passphrase now")
    db.session.commit()
    assert client.get("/api/v1/auth/demo").get_json() == NOT_SEEDED
    demo.set_password(DEMO_PASSWORD)
    demo.active = False
    db.session.commit()
    assert client.get("/api/v1/auth/demo").get_json() == NOT_SEEDED
