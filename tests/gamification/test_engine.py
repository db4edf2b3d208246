"""The engine alone: no app, no database, no clock."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gamification import AdvocateState, Event, PointRule, RuleSet, default_rule_set, score_event

NOON = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)
NETWORKS = ["linkedin", "x", "facebook", "whatsapp", "email"]


def share(network: str, event_id: str = "share:1", advocate_id: int = 7) -> Event:
    return Event(event_id, "share", advocate_id, NOON, {"network": network, "content_id": 3})


def test_a_linkedin_share_earns_base_points_and_the_bonus():
    outcome = score_event(AdvocateState(7), share("linkedin"), default_rule_set())
    assert [(a.rule_id, a.points) for a in outcome.awards] == [("share.base", 10), ("share.linkedin", 5)]
    assert outcome.points == 15
    assert outcome.state.lifetime_points == 15


def test_each_award_names_its_event_rule_version_and_explains_itself():
    award = score_event(AdvocateState(7), share("x", "share:42"), default_rule_set()).awards[-1]
    assert (award.event_id, award.rule_id, award.rule_version) == ("share:42", "share.x", 1)
    assert award.explanation == "+2: X share bonus"


def test_negative_points_explain_themselves_without_a_plus():
    rules = RuleSet(2, (PointRule("penalty", "Deleted share", "share", -5),))
    assert score_event(AdvocateState(1), share("x", advocate_id=1), rules).awards[0].explanation == (
        "-5: Deleted share"
    )


def test_rules_only_fire_for_matching_attributes():
    rules = RuleSet(3, (PointRule("li", "LinkedIn", "share", 4, {"network": "linkedin"}),))
    assert score_event(AdvocateState(7), share("email"), rules).awards == ()


def test_state_must_belong_to_the_events_advocate():
    with pytest.raises(ValueError, match="different advocate"):
        score_event(AdvocateState(8), share("x"), default_rule_set())


@pytest.mark.parametrize(
    "build",
    [
        lambda: Event("e", "teleport", 1, NOON),
        lambda: Event("e", "share", 1, datetime(2026, 1, 1)),
        lambda: PointRule("r", "R", "teleport", 1),
        lambda: RuleSet(1, (PointRule("r", "R", "share", 1), PointRule("r", "R2", "share", 2))),
    ],
)
def test_malformed_events_and_rules_are_rejected(build):
    with pytest.raises(ValueError):
        build()


def test_events_and_rules_are_immutable():
    event = share("x")
    with pytest.raises(TypeError):
        event.attributes["network"] = "linkedin"


@given(st.lists(st.sampled_from(NETWORKS), max_size=40), st.integers(min_value=0, max_value=10_000))
def test_scoring_is_deterministic_and_lifetime_points_add_up(networks, start):
    rules = default_rule_set()

    def replay():
        state, total = AdvocateState(7, start), 0
        for index, network in enumerate(networks):
            outcome = score_event(state, share(network, f"share:{index}"), rules)
            state, total = outcome.state, total + outcome.points
        return state, total

    first, second = replay(), replay()
    assert first == second
    state, total = first
    assert state.lifetime_points == start + total
    assert total == sum(
        10 + {"linkedin": 5, "x": 2, "facebook": 2, "whatsapp": 1}.get(n, 0) for n in networks
    )
