"""factory_boy factories for the models, flushed into the test's session."""

from datetime import timedelta
from functools import cache

import factory
from factory.alchemy import SQLAlchemyModelFactory
from werkzeug.security import generate_password_hash

from server.extensions import db
from server.models import Content, Team, User
from server.models.types import utcnow

PASSWORD = "correct horse battery staple"


@cache
def _password_hash() -> str:
    # Hash once: scrypt is deliberately slow, and every factory user shares the password.
    return generate_password_hash(PASSWORD, method="scrypt")


class Base(SQLAlchemyModelFactory):
    class Meta:
        abstract = True
        sqlalchemy_session_factory = lambda: db.session  # noqa: E731
        sqlalchemy_session_persistence = "commit"


class TeamFactory(Base):
    class Meta:
        model = Team

    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(Base):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person{n}@example.test")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    role = "advocate"
    team = factory.SubFactory(TeamFactory)
    active = True
    password_hash = factory.LazyFunction(_password_hash)


class ContentFactory(Base):
    class Meta:
        model = Content

    title = factory.Sequence(lambda n: f"Story number {n}")
    url = factory.Sequence(lambda n: f"https://news.example.test/story-{n}")
    summary = "Something worth sharing."
    captions = factory.LazyFunction(lambda: {"linkedin": "Have a read", "x": "Read this"})
    status = "published"
    publish_at = factory.LazyFunction(lambda: utcnow() - timedelta(hours=1))
    expires_at = None
