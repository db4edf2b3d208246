"""SQLite under the gevent worker: a writer waits for another greenlet's write in Python, so the
holder can reach its commit, instead of waiting inside SQLite with the whole process held up."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from gevent import monkey

    monkey.patch_all()  # as gunicorn's gevent worker does before loading the app

    import sys

    import gevent
    from sqlalchemy import text

    from server import create_app
    from server.extensions import db

    folder = sys.argv[1]
    app = create_app(
        {"TESTING": True, "SECRET_KEY": "x", "INSTANCE_PATH": folder,
         "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/greenlets.db"}
    )

    def write(value, pause):
        with app.app_context(), db.engine.begin() as connection:
            connection.execute(text("INSERT INTO kept VALUES (:v)"), {"v": value})
            gevent.sleep(pause)  # yields while writing, as a contended lock or a socket emit does

    with app.app_context(), db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE kept (value INTEGER)"))
    first = gevent.spawn(write, 1, 0.3)
    gevent.sleep(0.05)
    second = gevent.spawn(write, 2, 0)
    gevent.joinall([first, second], raise_error=True)
    with app.app_context(), db.engine.connect() as connection:
        print(sorted(connection.execute(text("SELECT value FROM kept")).scalars()))
    """
)


def test_a_second_writer_waits_for_a_greenlet_that_yields_mid_write(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[1, 2]"
