"""A private PostgreSQL cluster on a free loopback port that a test may stop and start again,
leaving the run's shared one alone. It is started by scripts/services.sh, as CI's is, so it
needs what CI has: root and the postgresql package (which .ci/run installs for both runs)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from server.config import ROOT
from tests.support.live_server import free_port

SERVICES = ROOT / "scripts" / "services.sh"


# What start_postgres passes, again for a start after a stop (pg_ctl start does not reuse them).
OPTIONS = "-p $PG_PORT -k $WORK/pgsock -c listen_addresses=127.0.0.1 -c fsync=off"


class PrivatePostgres:
    def __init__(self):
        # Under /tmp itself: the postgres user must reach its data folder, and pytest's are root's alone.
        self.work, self.port = Path(tempfile.mkdtemp(prefix="amplify-pg-")), free_port()

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def __enter__(self) -> "PrivatePostgres":
        self._services("start_postgres && create_database amplify >/dev/null")
        return self

    def __exit__(self, *exc_info) -> None:
        self._services("stop_services")
        shutil.rmtree(self.work, ignore_errors=True)

    def stop(self) -> None:
        """A fast shutdown, as `systemctl stop postgresql` does: open sessions are cut off."""
        self._pg_ctl("stop", "-m", "fast")

    def start(self) -> None:
        self._pg_ctl("start", "-w", "-l", "$WORK/pgsock/postgres.log", "-o", f"'{OPTIONS}'")

    def _pg_ctl(self, *args: str) -> None:
        self._services(f'runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" {" ".join(args)} >/dev/null')

    def _services(self, script: str) -> None:
        # services.sh finds PG_BIN when it starts PostgreSQL; later calls find it the same way.
        setup = f'set -euo pipefail; source "{SERVICES}"; '
        setup += "PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); "
        env = {**os.environ, "WORK": str(self.work), "PG_PORT": str(self.port), "REDIS_PORT": "0"}
        done = subprocess.run(["bash", "-c", setup + script], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
