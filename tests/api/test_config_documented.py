"""Every setting the server reads from the environment is in docs/configuration.md's table.

An operator learns what can be set from that table only: a setting missing there (as
PUSH_ALLOW_HTTP once was) is one nobody can find without reading the code. The settings are
found by parsing the server's source, so a new one fails this test until it is documented.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "server"
CONFIGURATION = ROOT / "docs" / "configuration.md"
HEADING = "## Every setting"


def _is_os_environ(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _environment_read(call: ast.Call) -> bool:
    """`os.environ.get(...)`, `os.environ.setdefault(...)` or `os.getenv(...)`."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in {"get", "setdefault", "pop"} and _is_os_environ(func.value):
        return True
    return func.attr == "getenv" and isinstance(func.value, ast.Name) and func.value.id == "os"


def _first_argument(node: ast.AST):
    """The name read: a call's first argument or a subscript's key."""
    if isinstance(node, ast.Call):
        return node.args[0] if node.args else None
    return node.slice


def _reading_helpers(tree: ast.Module) -> set[str]:
    """Functions like `_flag(name, default)` that read the variable named by their first parameter."""
    helpers = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or not function.args.args:
            continue
        parameter = function.args.args[0].arg
        for node in ast.walk(function):
            if _reads_environment(node) and _names(_first_argument(node), parameter):
                helpers.add(function.name)
    return helpers


def _names(node, parameter: str) -> bool:
    return isinstance(node, ast.Name) and node.id == parameter


def _reads_environment(node: ast.AST) -> bool:
    if isinstance(node, ast.Call):
        return _environment_read(node)
    return isinstance(node, ast.Subscript) and _is_os_environ(node.value)


def _calls_helper(node: ast.AST, helpers: set[str]) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in helpers


def settings_read(path: Path) -> dict[str, int]:
    """Each environment variable the module reads by a literal name, with the line it is read on."""
    tree = ast.parse(path.read_text(), filename=str(path))
    helpers = _reading_helpers(tree)
    found = {}
    for node in ast.walk(tree):
        if not (_reads_environment(node) or _calls_helper(node, helpers)):
            continue
        name = _first_argument(node)
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            found.setdefault(name.value, node.lineno)
    return found


def server_settings() -> dict[str, str]:
    """Every setting read anywhere in server/ (config.py, and the push keys), with where."""
    found = {}
    for path in sorted(SERVER.rglob("*.py")):
        for name, line in settings_read(path).items():
            found.setdefault(name, f"{path.relative_to(ROOT)}:{line}")
    return found


def documented_settings() -> set[str]:
    """Names in the first column of the table under "## Every setting" in docs/configuration.md."""
    text = CONFIGURATION.read_text()
    assert f"\n{HEADING}\n" in text, f'{CONFIGURATION.relative_to(ROOT)} has no "{HEADING}" section'
    section = text.split(f"\n{HEADING}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    first_cells = [row.split("|")[1] for row in rows]
    return {name for cell in first_cells for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", cell)}


def test_every_setting_the_server_reads_is_in_the_configuration_table():
    settings = server_settings()
    missing = {name: where for name, where in settings.items() if name not in documented_settings()}
    assert not missing, "docs/configuration.md's table does not document: " + ", ".join(
        f"{name} (read in {where})" for name, where in sorted(missing.items())
    )


def test_the_parser_finds_the_settings_read_each_way_in_config_py():
    """Guards the test above against passing because it parsed nothing."""
    settings = settings_read(SERVER / "config.py")
    # os.environ.get, the _flag and _list helpers, and a helper-built mapping (_sso_settings).
    for name in ("DATABASE_URL", "SECRET_KEY", "PUSH_ALLOW_HTTP", "PUSH_SERVICE_HOSTS", "OIDC_ONLY"):
        assert name in settings, f"{name} was not found as read in server/config.py"
    assert "VAPID_SUBJECT" in server_settings(), "settings read outside config.py were not found"
    assert {"DATABASE_URL", "HOST"} <= documented_settings(), "docs/configuration.md's table was not parsed"
