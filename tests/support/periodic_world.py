"""People with phones for the periodic tasks, written straight into a live server's database
before it starts (the scheduler fires as soon as a server is up, before any API call could):
advocates who asked for the weekly digest, admins who run a company prize of the month before.

    python -m tests.support.periodic_world MONTH PHONES_JSON   (with the servers' environment)
"""

import json
import subprocess
import sys

from server.config import ROOT
from tests.support.live_server import BIN
from tests.support.push_service import Subscription

DOMAIN = "periodic.example.test"


def add_world(env: dict, month: str, advocates: list[Subscription], admins: list[Subscription]) -> None:
    """One new advocate with the digest turned on per phone in `advocates`, one new admin per
    phone in `admins`, and a company prize in `month` ("2031-02") that nobody has closed."""
    phones = {"advocate": [p.info() for p in advocates], "admin": [p.info() for p in admins]}
    command = [BIN / "python", "-m", "tests.support.periodic_world", month, json.dumps(phones)]
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)


def _create(month: str, phones: dict) -> None:
    from server import create_app
    from server.extensions import db
    from server.models import Prize, PushDevice, PushPreference, Team, User

    with create_app().app_context():
        team = db.session.scalars(db.select(Team).order_by(Team.id)).first()
        for role, infos in phones.items():
            for n, info in enumerate(infos):
                user = User(email=f"{role}{n}@{DOMAIN}", display_name=f"Periodic {role} {n}", role=role)
                user.team = team if role == "advocate" else None
                user.set_password("periodic-password")
                db.session.add(user)
                db.session.flush()
                keys = info["keys"]
                device = PushDevice(user_id=user.id, endpoint=info["endpoint"], label="Phone")
                device.p256dh, device.auth = keys["p256dh"], keys["auth"]
                db.session.add(device)
                categories = {"content": False, "prizes": True, "progress": False, "digest": True}
                db.session.add(
                    PushPreference(user_id=user.id, categories=categories, timezone="Europe/London")
                )
        prize = Prize(month=month, team_id=None, scope_key="company", title="Periodic prize", method="top")
        db.session.add(prize)
        db.session.commit()


if __name__ == "__main__":
    _create(sys.argv[1], json.loads(sys.argv[2]))
