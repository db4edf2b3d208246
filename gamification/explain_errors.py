"""Why a condition cannot be saved, in the words of the person who wrote it.

rule-engine reports "syntax error at: EOF"; the editor shows these sentences instead, under the
condition, with the character where it went wrong.
"""

import re

import rule_engine

from gamification.fields import FIELDS, KIND_WORDS

TAIL = 40  # how much of the text before a problem a message quotes


def syntax(source: str, error: rule_engine.RuleSyntaxError) -> tuple[str, int]:
    """A parse error: where the text stops making sense, and what is likely missing there."""
    if error.token is None:  # the text ended while more was expected
        if source.count("(") > source.count(")"):
            return "The condition stops before it is finished: a `(` is never closed.", len(source)
        before = source.rstrip()[-TAIL:].lstrip()
        if not before:
            return "The condition stops before it is finished.", len(source)
        return (
            f"The condition stops before it is finished: something is missing after `{before}`.",
            len(source),
        )
    position = error.token.lexpos
    found = source[position]
    if "illegal character" in error.message:
        if found in "\"'":
            return f"The text starting at character {position + 1} has no closing quote ({found}).", position
        if found == "=":
            return "A single `=` is not a comparison: use `==` to compare.", position
        return f"`{found}` cannot be used in a condition.", position
    word = str(error.token.value)
    return (
        f"The condition cannot be read at `{word}`: something is missing or out of place before it.",
        position,
    )


def unknown(name: str, suggestion: str | None) -> str:
    if suggestion:
        return f"`{name}` is not a field; did you mean `{suggestion}`?"
    return f"`{name}` is not a field a condition can use."


def mismatch(clause: str) -> str:
    """A type error in `clause`: say what kind of value its first field holds."""
    for name in sorted(FIELDS, key=len, reverse=True):
        if re.search(rf"\b{name}\b", clause):
            return f"`{clause}` does not fit: `{name}` is {KIND_WORDS[name]}."
    return f"`{clause}` mixes kinds of value (text, numbers, true or false, tags) that cannot be compared."
