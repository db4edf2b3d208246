"""A migrated, demo-seeded database for live servers, built once per test process and copied for
each server group: migrating and seeding take about 9 s in a fresh process, a copy a fraction of
a second. Databases the caller points elsewhere (a private PostgreSQL) are prepared in place."""

import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from server.config import ROOT
from server.push import keys

BIN = Path(sys.executable).parent
# Migrate and seed in one process: each `flask` command would import the app again (about 2 s).
# Disposing of the engine closes SQLite's connections, which folds its WAL file into the copy.
PREPARE = """
from flask_migrate import upgrade
from server import create_app, demo
from server.extensions import db
app = create_app()
with app.app_context():
    upgrade()
    demo.seed()
    db.engine.dispose()
"""

_templates: dict[str, str] = {}  # the run's database URL -> its seeded template's URL


def prepare(env: dict, template_key: str | None) -> None:
    """Give `env`'s empty DATABASE_URL the schema and the demo, and its instance folder VAPID
    keys. With a `template_key`, copy the seeded template made for that key (making it first)."""
    target = env["DATABASE_URL"]
    if template_key is None:
        _migrate_and_seed(env)
    else:
        if template_key not in _templates:
            _migrate_and_seed(env)
            _templates[template_key] = _keep_as_template(target)
        _copy(_templates[template_key], target)
    instance = Path(env["INSTANCE_PATH"])
    if keys.load(instance) is None:
        keys.save(keys.generate("mailto:push@example.com"), instance)


def _migrate_and_seed(env: dict) -> None:
    subprocess.run([BIN / "python", "-c", PREPARE], env=env, cwd=ROOT, check=True, capture_output=True)


def _keep_as_template(url: str) -> str:
    """Copy the freshly seeded database aside, so tests that change theirs never touch it."""
    if url.startswith("sqlite"):
        template = url + ".template"
        shutil.copyfile(_sqlite_path(url), _sqlite_path(template))
        return template
    name = make_url(url).database + "_seeded_template"
    with psycopg.connect(_admin(url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"')
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _copy(template: str, target: str) -> None:
    if target.startswith("sqlite"):
        shutil.copyfile(_sqlite_path(template), _sqlite_path(target))
        return
    name = make_url(target).database
    with psycopg.connect(_admin(target), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template).database}"')


def _sqlite_path(url: str) -> str:
    return make_url(url).database


def _admin(url: str) -> str:
    admin = make_url(url.replace("+psycopg", "")).set(drivername="postgresql", database="postgres")
    return admin.render_as_string(hide_password=False)
