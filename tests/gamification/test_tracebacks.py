"""A failure inside generated code shows the generated line and the rule it belongs to."""

import gc
import linecache
import traceback

import pytest

from gamification import AdvocateState, Engine, Event, PointRule, compile_condition

from .helpers import MONDAY_NOON, rules


def _kudos_engine() -> Engine:
    return Engine(
        rules(PointRule("kudos.manual", "Kudos from a colleague", "kudos", 0, points_from="kudos_points"))
    )


def _formatted(error: BaseException) -> str:
    linecache.checkcache()  # as a long-running process would before printing: our entries stay
    return "".join(traceback.format_exception(error))


def test_a_failing_rule_shows_its_generated_line_and_its_name():
    bad = Event("kudos:1", "kudos", 7, MONDAY_NOON, {"kudos_points": "ten"})  # not a number
    with pytest.raises(TypeError) as caught:
        _kudos_engine().apply(AdvocateState(7, 1), bad)
    shown = _formatted(caught.value)
    assert 'File "<apply kudos v1 #' in shown
    assert "attrs.get('kudos_points', 0) * factor" in shown  # the generated line itself
    assert "# rule 0: 'kudos.manual' 'Kudos from a colleague'" in shown


def test_a_failing_condition_shows_its_generated_line():
    condition = compile_condition("network == 'linkedin'")
    with pytest.raises(KeyError) as caught:
        condition({})  # no fields at all
    shown = _formatted(caught.value)
    assert 'File "<condition #' in shown
    assert "return bool((v['network'] == 'linkedin'))" in shown


def test_the_generated_source_is_forgotten_with_its_engine():
    engine = _kudos_engine()
    filename = engine.appliers["kudos"].__code__.co_filename
    assert filename in linecache.cache
    del engine
    gc.collect()  # the engine and its appliers refer to each other
    assert filename not in linecache.cache
