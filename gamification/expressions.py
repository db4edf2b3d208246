"""Admin-written conditions: parsed and type-checked by rule-engine, then translated to Python.

rule-engine evaluates its tree node by node with Decimal arithmetic. We let it parse and
type-check (so unknown fields and mixed types are refused when a rule is saved), then translate
the checked tree into a Python expression once per rule-set version. Only the node types below
are translated; symbols are checked against the typed context and literals are emitted with
repr(), so the generated code can only read fields and compare values.
"""

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache

import rule_engine
import rule_engine.ast as ast

from gamification import explain_errors
from gamification.fields import EVENT_WORDS, FIELDS, LABELS, context, missing_on, triggers
from gamification.generated import define

MAX_LENGTH = 500
Condition = Callable[[Mapping[str, object]], bool]
OPERATORS = {
    "eq": "==",
    "ne": "!=",
    "lt": "<",
    "le": "<=",
    "gt": ">",
    "ge": ">=",
    "add": "+",
    "sub": "-",
    "mul": "*",
    "tdiv": "/",
    "fdiv": "//",
    "mod": "%",
    "and": "and",
    "or": "or",
}


class ExpressionError(ValueError):
    """A condition that cannot be saved, with the 0-based position of the problem."""

    def __init__(self, message: str, position: int):
        super().__init__(f"{message} (at position {position})")
        self.message, self.position = message, position


@lru_cache(maxsize=4096)
def translate(source: str) -> tuple[str, frozenset[str]]:
    """Check `source` and return it as a Python expression over field names, with the names used."""
    if not source.strip():
        return "True", frozenset()
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"A condition can be at most {MAX_LENGTH} characters long.", MAX_LENGTH)
    used: set[str] = set()
    python = _python(_parse(source).statement.expression, source, used)
    return python, frozenset(used)


def compile_condition(source: str) -> Condition:
    """One condition as a function of a flat dict of field values."""
    python, used = translate(source)
    body = re.sub(r"\b(" + "|".join(sorted(used)) + r")\b", r"v['\1']", python) if used else python
    generated = f"def condition(v):\n    return bool({body})"
    return define("condition", generated, "condition", {"__builtins__": {"bool": bool}})


def translate_for(source: str, trigger: str) -> tuple[str, frozenset[str]]:
    """`translate`, refusing a field that events of `trigger` never carry (a share has no quiz
    score: such a condition could never hold)."""
    python, used = translate(source)
    missing = missing_on(trigger, used)
    if missing:
        carriers = ", ".join(triggers(missing))
        message = (
            f"{EVENT_WORDS[trigger]} has no {LABELS[missing].lower()}: "
            f"`{missing}` is only on {carriers} events."
        )
        raise ExpressionError(message, _find_word(source, missing))
    return python, used


def _parse(source: str) -> rule_engine.Rule:
    try:
        return rule_engine.Rule(source, context=context())
    except rule_engine.RuleSyntaxError as error:
        raise ExpressionError(*explain_errors.syntax(source, error)) from None
    except rule_engine.SymbolResolutionError as error:
        message = explain_errors.unknown(error.symbol_name, error.suggestion)
        raise ExpressionError(message, _find_word(source, error.symbol_name)) from None
    except rule_engine.EngineError:
        position, clause = _first_bad_clause(source)
        raise ExpressionError(explain_errors.mismatch(clause), position) from None


def _find_word(source: str, word: str) -> int:
    match = re.search(rf"\b{re.escape(word)}\b", source)
    return match.start() if match else 0


def _first_bad_clause(source: str) -> tuple[int, str]:
    """Locate a type error: the first and/or-separated clause that fails on its own."""
    offset = 0
    for clause in re.split(r"(\band\b|\bor\b)", source):
        stripped = clause.strip("() \t")
        if stripped and clause.strip() not in {"and", "or"}:
            try:
                rule_engine.Rule(stripped, context=context())
            except rule_engine.EngineError:
                return offset + clause.find(stripped), stripped
        offset += len(clause)
    return 0, source.strip()


def _literal(value: object) -> str:
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    raise TypeError(type(value))


def _python(node: ast.ExpressionBase, source: str, used: set[str]) -> str:
    if isinstance(node, ast.SymbolExpression):
        if node.name not in FIELDS:  # the typed context already refused it; never emit a stray name
            raise ExpressionError(explain_errors.unknown(node.name, None), _find_word(source, node.name))
        used.add(node.name)
        return node.name
    if isinstance(node, ast.ArrayExpression):
        return "(" + "".join(_python(item, source, used) + ", " for item in node.value) + ")"
    if isinstance(
        node, ast.StringExpression | ast.FloatExpression | ast.BooleanExpression | ast.NullExpression
    ):
        return _literal(node.value)
    if isinstance(node, ast.UnaryExpression):
        operator = "not " if node.type == "not" else "-"
        return f"({operator}{_python(node.right, source, used)})"
    if isinstance(node, ast.ContainsExpression):
        return f"({_python(node.member, source, used)} in {_python(node.container, source, used)})"
    if isinstance(node, ast.TernaryExpression):
        parts = (_python(n, source, used) for n in (node.case_true, node.condition, node.case_false))
        return "({} if {} else {})".format(*parts)
    if isinstance(node, ast.FuzzyComparisonExpression):
        message = "Conditions cannot use regular expressions (`=~`, `!~`); compare with `==` or `in`."
        raise ExpressionError(message, max(source.find("=~"), source.find("!~"), 0))
    supported = (
        ast.LogicExpression,
        ast.ComparisonExpression,
        ast.ArithmeticExpression,
        ast.AddExpression,
        ast.SubtractExpression,
    )
    if isinstance(node, supported) and node.type in OPERATORS:
        left, right = _python(node.left, source, used), _python(node.right, source, used)
        return f"({left} {OPERATORS[node.type]} {right})"
    what = getattr(node, "type", None) or type(node).__name__.replace("Expression", "").lower()
    raise ExpressionError(f"Conditions cannot use {what} expressions.", 0)
