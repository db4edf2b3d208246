"""The caption_edited and campaign_ids fields: what they hold live, in replay and in explanations,
and that rules not using campaigns never compute them."""

from datetime import timedelta

import pytest

from gamification import Campaign, Engine, Event, PointRule, RuleBook, replay
from gamification.conditions import in_words
from gamification.expressions import ExpressionError, translate_for
from gamification.matcher import build_matcher
from gamification.why import explain_event
from tests.gamification.helpers import MONDAY_NOON, minutes, rules, run, share

SPRING = Campaign("spring", "Spring launch", MONDAY_NOON, MONDAY_NOON + timedelta(days=7), 1.0, ("launch",))
OFF = Campaign("off", "Switched off", MONDAY_NOON, MONDAY_NOON + timedelta(days=7), 1.0, enabled=False)
OWN_WORDS = PointRule("own-words", "Own words", "share", 5, condition="caption_edited")
IN_SPRING = PointRule("spring", "Spring", "share", 3, condition='"spring" in campaign_ids')


def test_a_rule_on_caption_edited_pays_only_for_an_edited_caption():
    _, outcomes = run(
        rules(OWN_WORDS), [share(0, caption_edited=True), share(1, caption_edited=False), share(2)]
    )
    assert [outcome.points for outcome in outcomes] == [5, 0, 0]


def test_caption_edited_is_a_share_field_only():
    with pytest.raises(ExpressionError, match="caption"):
        translate_for("caption_edited", "click")
    translate_for("caption_edited", "share")


def test_campaign_ids_holds_the_switched_on_campaigns_for_the_content_at_that_moment():
    rule_set = rules(IN_SPRING, campaigns=(SPRING, OFF))
    events = [
        share(0, at=MONDAY_NOON - minutes(1), tags=("launch",)),  # before it starts
        share(1, at=MONDAY_NOON, tags=("launch",)),
        share(2, at=MONDAY_NOON + minutes(5), tags=("culture",)),  # not its content
        share(3, at=MONDAY_NOON + timedelta(days=7), tags=("launch",)),  # it has ended
    ]
    _, outcomes = run(rule_set, events)
    assert [outcome.points for outcome in outcomes] == [0, 3, 0, 0]
    assert Engine(rule_set).campaigns_in_force(("launch",), MONDAY_NOON.timestamp()) == ("spring",)


def test_replay_scores_both_fields_as_live_scoring_does():
    rule_set = rules(OWN_WORDS, IN_SPRING, campaigns=(SPRING,))
    events = [
        share(n, at=MONDAY_NOON + minutes(n - 2), tags=("launch",), caption_edited=n % 2 == 0)
        for n in range(6)
    ]
    _, outcomes = run(rule_set, events)
    live = [(a.event_id, a.rule_id, a.points) for outcome in outcomes for a in outcome.awards]
    replayed = [(a.event_id, a.rule_id, a.points) for a in replay(events, RuleBook([rule_set])).awards]
    assert replayed == live
    assert ("share:7:3", "spring", 3) in live and ("share:7:1", "spring", 3) not in live


def test_the_matcher_computes_campaigns_only_for_conditions_that_use_them():
    def in_force(tags, epoch):
        raise AssertionError("campaigns were computed for a rule that does not use them")

    plain = build_matcher("share", ["caption_edited", 'network == "x"'], in_force)
    assert plain({"caption_edited": True, "network": "x"}, None, None, 0.0) == [0, 1]
    asks = build_matcher("share", ['"spring" in campaign_ids'], lambda tags, epoch: ("spring",))
    assert asks({"tags": ("launch",)}, None, None, MONDAY_NOON.timestamp()) == [0]


def test_explain_reads_both_fields_as_scoring_did():
    rule_set = rules(OWN_WORDS, IN_SPRING, campaigns=(SPRING,))
    event = share(0, tags=("launch",), caption_edited=True)
    total, verdicts = explain_event(Engine(rule_set), rule_set.rules, [], event, 1)
    assert total == 8 and all(verdict["fired"] for verdict in verdicts)
    quiet = share(1, at=MONDAY_NOON - minutes(1), tags=("launch",), caption_edited=False)
    total, verdicts = explain_event(Engine(rule_set), rule_set.rules, [], quiet, 1)
    assert total == 0 and not any(verdict["fired"] for verdict in verdicts)


@pytest.mark.parametrize(
    ("condition", "words"),
    [
        ("caption_edited", "with a caption of their own"),
        ("not caption_edited", "with a suggested caption"),
        ("caption_edited == false", "with a suggested caption"),
        ('"spring" in campaign_ids', "during the spring campaign"),
        ('not "spring" in campaign_ids', "outside the spring campaign"),
    ],
)
def test_both_fields_read_as_words(condition, words):
    assert in_words(condition, "share") == words


def test_clicks_know_the_campaigns_of_the_content_clicked():
    click = Event("click:1", "click", 7, MONDAY_NOON, {"tags": ("launch",)})
    rule_set = rules(
        PointRule("c", "Click in spring", "click", 2, condition='"spring" in campaign_ids'),
        campaigns=(SPRING,),
    )
    _, outcomes = run(rule_set, [click])
    assert outcomes[0].points == 2


def test_a_campaign_is_named_when_the_rule_set_has_it():
    named = {"spring": "Spring launch"}
    assert in_words('"spring" in campaign_ids', "share", campaigns=named) == "during Spring launch"
    assert in_words('not "spring" in campaign_ids', "share", campaigns=named) == "outside Spring launch"
