"""The engine stays framework-free: it imports nothing from the server, Flask or SQLAlchemy. And
everything the product imports is a declared runtime dependency."""

import ast
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


def test_the_server_layers_import_only_downwards():
    """api -> services -> (models, gamification); services never import the api."""
    root = Path(gamification.__file__).parent.parent / "server"
    services = [p for p in (root / "services").rglob("*.py")]
    models = [p for p in (root / "models").rglob("*.py")]
    for path in services:
        assert not any(m.startswith("server.api") for m in _full_imports(path)), path
    for path in models:
        assert not any(m.startswith(("server.services", "server.api")) for m in _full_imports(path)), path


def _full_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


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
