"""Fold text to the form prohibited words are matched in, so look-alikes cannot get round them:
a right-to-left override read in the order it shows, then NFKC (fullwidth and styled letters
become plain), lower case, and each character replaced by its fold (casefold and the Unicode
TR39 confusable skeleton, e.g. Cyrillic U+043E "o" -> Latin "o"; invisible and bidi controls -> nothing).

The table is built from Unicode's confusables data (the confusable-homoglyphs package) by
scripts/lookalikes.py, which writes it beside this module and, for the PWA's pre-check
(pwa/src/lib/textFold.js), into pwa/src/lib/lookalikes/: the browser and the server fold with the
same table, so they agree on every share. Building it takes seconds; loading it, milliseconds."""

import json
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

TABLE_FILE = Path(__file__).with_name("lookalikes.json")

# The data file shows right-to-left characters between LEFT-TO-RIGHT MARKs; they are not part of
# the characters.
DISPLAY_MARKS = str.maketrans("", "", "\u200e\u200f")
# Shown as nothing, so they can split a word unseen (Default_Ignorable_Code_Point, roughly):
# format characters (zero-width, bidi controls, soft hyphen), controls, variation selectors,
# the combining grapheme joiner and Hangul fillers.
IGNORABLE = (0x34F, 0x115F, 0x1160, 0x3164, 0xFFA0)
IGNORABLE_RANGES = ((0x180B, 0x180F), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))
# U+202E RIGHT-TO-LEFT OVERRIDE shows what follows backwards, up to U+202C POP DIRECTIONAL
# FORMATTING (or another control, or the line's end): "\u202elaitnedifnoc" reads "confidential".
OVERRIDE = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)")


def fold(text: str) -> str:
    """The form `text` is matched in."""
    table = fold_table()
    plain = unicodedata.normalize("NFKC", OVERRIDE.sub(lambda m: m.group(1)[::-1], text)).lower()
    return unicodedata.normalize("NFKC", "".join(table.get(char, char) for char in plain))


def contains_word(text: str, word: str) -> bool:
    """Whether `text` holds `word` as a whole word once both are folded."""
    folded, haystack = fold(word).strip(), fold(text)
    if not folded:
        return False
    start = haystack.find(folded)
    while start != -1:
        end = start + len(folded)
        if not _word_at(haystack, start - 1) and not _word_at(haystack, end):
            return True
        start = haystack.find(folded, start + 1)
    return False


def is_word_char(char: str) -> bool:
    """A letter, digit, combining mark or "_": what the PWA's [\\p{L}\\p{N}\\p{M}_] matches.
    Marks count, so "c" does not end a word inside "ç" (folded to "c" and a cedilla)."""
    return char == "_" or unicodedata.category(char)[0] in "LNM"


def _word_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and is_word_char(text[index])


@lru_cache(maxsize=1)
def fold_table() -> dict[str, str]:
    return json.loads(TABLE_FILE.read_text(encoding="utf-8"))


def build_table() -> dict[str, str]:
    """{character: its fold} for every character NFKC and lower case leave as they are whose
    fold differs from it."""
    prototypes = _prototypes()
    table = {}
    for char in _candidates(prototypes):
        if unicodedata.normalize("NFKC", char) != char or char.lower() != char:
            continue
        folded = "" if _ignorable(char) else _skeleton(char, prototypes)
        if folded != char:
            table[char] = folded
    return table


def _candidates(prototypes: dict[str, str]) -> set[str]:
    """The characters whose fold can differ from them: confusable sources, those casefolding
    differently from lower case (German "ß" -> "ss"), and the ignorable ones."""
    found = set(prototypes)
    for code in range(0x110000):
        char = chr(code)
        if char.casefold() != char or (not 0xD800 <= code <= 0xDFFF and _ignorable(char)):
            found.add(char)
    return found


def _ignorable(char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) in ("Cf", "Cc") and char not in "\t\n\r":
        return True
    return code in IGNORABLE or any(low <= code <= high for low, high in IGNORABLE_RANGES)


def _skeleton(char: str, prototypes: dict[str, str]) -> str:
    """Casefold and map to prototypes until nothing changes ("0" -> "O" -> "o")."""
    text = char.casefold()
    for _ in range(4):
        mapped = "".join(prototypes.get(c, c) for c in text)
        mapped = unicodedata.normalize("NFKC", mapped).casefold()
        if mapped == text:
            break
        text = mapped
    return text


def _prototypes() -> dict[str, str]:
    """TR39's confusables.txt as {source character: prototype}, from confusable-homoglyphs' copy.

    That copy lists each pair both ways. A source has one line, so one partner; a prototype with
    several sources has several. In a pair of two single characters that are each other's only
    partner, either may stand for both: the lower code point does."""
    path = files("confusable_homoglyphs").joinpath("confusables.json")
    pairs: dict[str, set[str]] = {}
    for key, entries in json.loads(path.read_text(encoding="utf-8")).items():
        partners = {entry["c"].translate(DISPLAY_MARKS) for entry in entries}
        pairs.setdefault(key.translate(DISPLAY_MARKS), set()).update(partners)
    prototypes = {}
    for char, partners in pairs.items():
        if len(char) != 1 or len(partners) != 1:
            continue
        (partner,) = partners
        if len(partner) == 1 and len(pairs.get(partner, ())) == 1 and partner > char:
            continue  # a lone pair: `char` is the prototype
        prototypes[char] = partner
    return prototypes
