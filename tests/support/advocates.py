"""Many advocates at once, written straight into a live server's database before it starts:
`flask create-user` once per person would spend minutes hashing the same password.

    python -m tests.support.advocates COUNT PREFIX   (with the servers' environment)
"""

import subprocess
import sys

from server.config import ROOT
from tests.support.live_server import BIN

DOMAIN = "load.example.test"


def add_advocates(env: dict, count: int, prefix: str = "load") -> list[str]:
    """Create `count` advocates (spread over the demo's teams, guidelines already acknowledged, so
    they can share at once) with the demo password; return their emails."""
    command = [BIN / "python", "-m", "tests.support.advocates", str(count), prefix]
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return emails(count, prefix)


def emails(count: int, prefix: str) -> list[str]:
    return [f"{prefix}{n:04d}@{DOMAIN}" for n in range(count)]


def _create(count: int, prefix: str) -> None:
    from server import create_app
    from server.demo import PASSWORD
    from server.extensions import db
    from server.guidelines import service as guidelines
    from server.models import GuidelinesAck, Team, User

    with create_app().app_context():
        teams = db.session.scalars(db.select(Team).order_by(Team.id)).all()
        version = guidelines.current()
        template = User(email="template@" + DOMAIN, display_name="", role="advocate")
        template.set_password(PASSWORD)  # one scrypt hash, shared: a login checks it all the same
        for n, email in enumerate(emails(count, prefix)):
            user = User(email=email, display_name=f"Load {prefix} {n}", role="advocate")
            user.team, user.password_hash = teams[n % len(teams)], template.password_hash
            db.session.add(user)
            if version is not None:
                db.session.flush()
                db.session.add(GuidelinesAck(user_id=user.id, version_id=version.id))
        db.session.commit()


if __name__ == "__main__":
    _create(int(sys.argv[1]), sys.argv[2])
