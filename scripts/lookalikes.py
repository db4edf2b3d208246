"""Write the look-alike fold table (server/guidelines/text_fold.py) for the server and the PWA.

Run after updating confusable-homoglyphs: .venv/bin/python scripts/lookalikes.py
tests/api/test_prohibited_words.py fails while the written files are out of date."""

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.guidelines.text_fold import TABLE_FILE, build_table, is_word_char  # noqa: E402

PWA_DIR = ROOT / "pwa" / "src" / "lib" / "lookalikes"
HEADER = "// Written by scripts/lookalikes.py from server/guidelines/lookalikes.json: do not edit.\n"


def for_pwa(table: dict[str, str]) -> dict[str, dict[str, str]]:
    """The table grouped by fold ({fold: the characters folding to it}), split in two. `latin`
    holds every fold that can change whether a word in Latin letters matches: folds to ASCII or
    to nothing, folds holding any ASCII, and folds that start with a combining mark or differ
    from their character in being a word character at either end. The app loads it only where
    there are prohibited words; `other`, only when a prohibited word folds to something else."""
    split: dict[str, dict[str, str]] = {"latin": {}, "other": {}}
    for char, folded in sorted(table.items()):
        part = split["latin" if _matters_to_latin(char, folded) else "other"]
        part[folded] = part.get(folded, "") + char
    return split


def _matters_to_latin(char: str, folded: str) -> bool:
    if not folded or any(c.isascii() for c in folded):
        return True
    if unicodedata.category(folded[0]).startswith("M"):
        return True
    return not is_word_char(char) == is_word_char(folded[0]) == is_word_char(folded[-1])


def dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def module(data) -> str:
    """A JavaScript module: Node's tests and Vite's build both import it as it is."""
    return f"{HEADER}export default {dump(data)};\n"


def main() -> None:
    table = build_table()
    TABLE_FILE.write_text(dump(table) + "\n", encoding="utf-8")
    for name, part in for_pwa(table).items():
        (PWA_DIR / f"{name}.js").write_text(module(part), encoding="utf-8")


if __name__ == "__main__":
    main()
