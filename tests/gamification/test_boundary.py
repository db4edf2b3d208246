"""The engine stays framework-free: it imports nothing from the server, Flask or SQLAlchemy. And
everything the product imports is a declared runtime dependency."""

import ast
import subprocess
import sys
from importlib.metadata import distribution, packages_distributions
from pathlib import Path

from packaging.requirements import Requirement

import gamification

FORBIDDEN = {"server", "flask", "flask_sqlalchemy", "sqlalchemy", "marshmallow", "flask_socketio"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_gamification_imports_no_framework_or_server_code():
    package = Path(gamification.__file__).parent
    offenders = {
        str(path.relative_to(package)): sorted(_imported_modules(path) & FORBIDDEN)
        for path in package.rglob("*.py")
        if _imported_modules(path) & FORBIDDEN
    }
    assert offenders == {}


def test_the_layer_contracts_hold():
    """The import-linter contracts in pyproject.toml (each feature's routes above its service above
    its models, only realtime emits to sockets, the task queue imports no feature), checked by the
    suite as well as by `make lint`."""
    root = Path(gamification.__file__).parent.parent
    command = [str(Path(sys.executable).with_name("lint-imports")), "--no-logo"]
    checked = subprocess.run(command, capture_output=True, text=True, cwd=root, check=False)
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr[-2000:]


def _runtime_distributions() -> set[str]:
    """The project's own dependencies and everything they pull in (no dev extra)."""
    wanted, seen = ["amplify-advocacy"], set()
    while wanted:
        name = wanted.pop().lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        for text in distribution(name).requires or ():
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                wanted.append(requirement.name)
    return seen


def test_every_third_party_import_is_a_declared_runtime_dependency():
    # The dev extra is installed for tests, so a missing runtime dependency would only show on
    # a fresh `make run`: catch it here instead.
    root = Path(gamification.__file__).parent.parent
    imported = set()
    for package in ("server", "gamification"):
        for path in (root / package).rglob("*.py"):
            imported |= _imported_modules(path)
    third_party = imported - set(sys.stdlib_module_names) - {"server", "gamification"}
    provided = _runtime_distributions()
    owners = packages_distributions()
    missing = {m for m in third_party if not {d.lower() for d in owners.get(m, [])} & provided}
    assert not missing, f"imported but not a runtime dependency: {sorted(missing)}"


def test_no_route_touches_the_session():
    """Routes call a use case, which owns the transaction: import-linter sees modules, not names,
    so the session (`db.session`, `db.select`) is checked here."""
    server = Path(gamification.__file__).parent.parent / "server"
    routes = [*server.glob("*/routes.py"), *server.glob("*/routes/*.py")]
    offenders = sorted(str(path.relative_to(server)) for path in routes if _uses_session(path))
    assert len(routes) > 15 and offenders == []


def _uses_session(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "db":
            return True
    return False
