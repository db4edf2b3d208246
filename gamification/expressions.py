"""Admin-written conditions: parsed and type-checked by rule-engine, then compiled to closures.

rule-engine evaluates its tree node by node with Decimal arithmetic; compiling the checked tree
once per rule-set version into plain Python closures is what makes replay fast.
"""

import operator
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache

import rule_engine
import rule_engine.ast as ast

from gamification.fields import context

MAX_LENGTH = 500
Condition = Callable[[Mapping], bool]

COMPARE = {
    "eq": operator.eq,
    "ne": operator.ne,
    "lt": operator.lt,
    "le": operator.le,
    "gt": operator.gt,
    "ge": operator.ge,
}
ARITHMETIC = {
    "add": operator.add,
    "sub": operator.sub,
    "mul": operator.mul,
    "tdiv": operator.truediv,
    "fdiv": operator.floordiv,
    "mod": operator.mod,
}


class ExpressionError(ValueError):
    """A condition that cannot be saved, with the 0-based position of the problem."""

    def __init__(self, message: str, position: int):
        super().__init__(f"{message} (at position {position})")
        self.message, self.position = message, position


def always(_: Mapping) -> bool:
    return True


@lru_cache(maxsize=4096)
def compile_condition(source: str) -> Condition:
    """Check `source` against the typed context and return it as a closure over a flat dict."""
    if not source.strip():
        return always
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"Conditions are limited to {MAX_LENGTH} characters", MAX_LENGTH)
    rule = _parse(source)
    fn = _compile(rule.statement.expression, source)
    return lambda values: bool(fn(values))


def _parse(source: str) -> rule_engine.Rule:
    try:
        return rule_engine.Rule(source, context=context())
    except rule_engine.RuleSyntaxError as error:
        position = error.token.lexpos if error.token is not None else len(source)
        raise ExpressionError(f"Syntax error: {error.message}", position) from None
    except rule_engine.SymbolResolutionError as error:
        hint = f"; did you mean '{error.suggestion}'?" if error.suggestion else ""
        raise ExpressionError(
            f"Unknown field '{error.symbol_name}'{hint}", _find_word(source, error.symbol_name)
        ) from None
    except rule_engine.EngineError as error:
        raise ExpressionError(f"Type error: {error.message}", _first_bad_clause(source)) from None


def _find_word(source: str, word: str) -> int:
    match = re.search(rf"\b{re.escape(word)}\b", source)
    return match.start() if match else 0


def _first_bad_clause(source: str) -> int:
    """Locate a type error: the first and/or-separated clause that fails on its own."""
    offset = 0
    for clause in re.split(r"(\band\b|\bor\b)", source):
        stripped = clause.strip("() \t")
        if stripped and clause.strip() not in {"and", "or"}:
            try:
                rule_engine.Rule(stripped, context=context())
            except rule_engine.EngineError:
                return offset + clause.find(stripped)
        offset += len(clause)
    return 0


def _literal(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _compile(node, source: str):
    if isinstance(node, ast.SymbolExpression):
        name = node.name
        return lambda values: values[name]
    if isinstance(node, ast.LiteralExpressionBase) and not isinstance(node, ast.ArrayExpression):
        if isinstance(node, (ast.DatetimeExpression, ast.TimedeltaExpression, ast.BytesExpression)):
            _unsupported(type(node).__name__, source)
        constant = _literal(node.value)
        return lambda values: constant
    if isinstance(node, ast.ArrayExpression):
        items = tuple(_compile(item, source) for item in node.value)
        return lambda values: tuple(item(values) for item in items)
    if isinstance(node, ast.LogicExpression):
        return _logic(node, source)
    if isinstance(node, ast.UnaryExpression):
        inner = _compile(node.right, source)
        if node.type == "not":
            return lambda values: not inner(values)
        return lambda values: -inner(values)
    if isinstance(node, ast.ContainsExpression):
        member, container = _compile(node.member, source), _compile(node.container, source)
        return lambda values: member(values) in container(values)
    if isinstance(node, ast.TernaryExpression):
        test = _compile(node.condition, source)
        yes, no = _compile(node.case_true, source), _compile(node.case_false, source)
        return lambda values: yes(values) if test(values) else no(values)
    if isinstance(node, ast.FuzzyComparisonExpression):
        _unsupported("regular expressions (=~, !~)", source)
    if isinstance(
        node, (ast.ComparisonExpression, ast.ArithmeticExpression, ast.AddExpression, ast.SubtractExpression)
    ):
        return _binary(node, source)
    _unsupported(type(node).__name__.replace("Expression", "").lower() + " expressions", source)


def _logic(node, source: str):
    left, right = _compile(node.left, source), _compile(node.right, source)
    if node.type == "and":
        return lambda values: left(values) and right(values)
    return lambda values: left(values) or right(values)


def _binary(node, source: str):
    op = COMPARE.get(node.type) or ARITHMETIC.get(node.type)
    if op is None:
        _unsupported(f"the '{node.type}' operator", source)
    left, right = _compile(node.left, source), _compile(node.right, source)
    if isinstance(node.right, ast.LiteralExpressionBase):
        constant = _literal(node.right.value)
        return lambda values: op(left(values), constant)
    return lambda values: op(left(values), right(values))


def _unsupported(what: str, source: str):
    position = source.find("=~") if "regular" in what else 0
    raise ExpressionError(f"Conditions cannot use {what}", max(position, 0))
