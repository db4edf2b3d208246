"""Move a Python module (or package) to a new home and rewrite every import of it, behaviour unchanged.

    .venv/bin/python scripts/move_module.py server.services.prize_scope server.prizes.scope

It `git mv`s the file, then in every .py file of the repository (and the `server.x.y` strings
tests give to monkeypatch) rewrites:

- `from old.package import name1, old, name2` -> the other names stay; `from new.package import
  new as old` is added, so the code that reads `old.` is untouched (no alias when the names match);
- `from old.module import a, b` -> `from new.module import a, b`;
- `import old.module` and the dotted name anywhere in code or strings -> the new dotted name.

Used for issue 20's moves into feature packages: a move is mechanical, so a script does it.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "pwa", "migrations"}
SELF = Path(__file__).resolve()


def main(old: str, new: str) -> None:
    old_path = _path(old)
    new_path = ROOT / new.replace(".", "/") if old_path.is_dir() else _path(new)
    if not old_path.exists() or new_path.exists():
        sys.exit(f"cannot move {old_path} to {new_path}")
    new_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "mv", str(old_path), str(new_path)], check=True, cwd=ROOT)
    changed = [path for path in _sources() if _rewrite(path, old, new)]
    print(f"moved {old} -> {new}; rewrote:", *(path.relative_to(ROOT) for path in changed))


def _path(module: str) -> Path:
    """The module's file, or its folder when it is a package."""
    folder = ROOT / module.replace(".", "/")
    return folder if folder.is_dir() else folder.with_suffix(".py")


def _sources():
    for path in ROOT.rglob("*.py"):
        if not SKIP & set(path.relative_to(ROOT).parts) and path != SELF:
            yield path


def _rewrite(path: Path, old: str, new: str) -> bool:
    text = path.read_text()
    updated = _from_package_imports(text, old, new)
    updated = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w])", new, updated)
    if updated != text:
        path.write_text(updated)
    return updated != text


def _from_package_imports(text: str, old: str, new: str) -> str:
    """`from server.services import a, prize_scope, b` (one line or parenthesised)."""
    old_package, old_name = old.rsplit(".", 1)
    new_package, new_name = new.rsplit(".", 1)
    pattern = re.compile(
        rf"^(?P<indent>[ \t]*)from {re.escape(old_package)} import "
        rf"(?:\((?P<many>[^)]*)\)|(?P<one>[^\n(]+))(?P<comment>[ \t]*#[^\n]*)?$",
        re.MULTILINE,
    )

    def replace(match: re.Match) -> str:
        names = [n.strip() for n in (match["many"] or match["one"]).replace("\n", ",").split(",")]
        names = [n for n in names if n and not n.startswith("#")]
        moved = [n for n in names if n.split()[0] == old_name]
        if not moved:
            return match[0]
        rest = [n for n in names if n not in moved]
        indent = match["indent"]
        local = moved[0].split()[-1]  # `prize_scope` or the `x` of `prize_scope as x`
        alias = "" if new_name == local else f" as {local}"
        lines = [f"{indent}from {new_package} import {new_name}{alias}"]
        if rest:
            lines.insert(0, f"{indent}from {old_package} import {', '.join(rest)}{match['comment'] or ''}")
        return "\n".join(lines)

    return pattern.sub(replace, text)


if __name__ == "__main__":
    main(*sys.argv[1:3])
