"""A switched-off rule, badge, campaign or team challenge stays in the document but never counts."""

from datetime import timedelta

from gamification import Engine, RuleBook, replay
from gamification.documents import from_document, to_document
from gamification.why import explain_event
from tests.gamification.helpers import MONDAY_NOON, minutes, run, share

DAY = timedelta(days=1)
WINDOW = {"starts": (MONDAY_NOON - DAY).isoformat(), "ends": (MONDAY_NOON + DAY).isoformat()}


def _document(enabled: bool) -> dict:
    return {
        "rules": [
            {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
            {
                "id": "li",
                "name": "LinkedIn bonus",
                "trigger": "share",
                "points": 5,
                "enabled": enabled,
                "condition": 'network == "linkedin"',
            },
        ],
        "badges": [
            {
                "id": "first",
                "name": "First",
                "criteria": "Share once",
                "metric": "shares_total",
                "thresholds": [1],
                "enabled": enabled,
            }
        ],
        "campaigns": [{"id": "double", "name": "Double", "multiplier": 2.0, "enabled": enabled, **WINDOW}],
        "challenges": [
            {
                "id": "sales-2",
                "name": "Sales twice",
                "team_id": 1,
                "event_type": "share",
                "target": 2,
                "reward_points": 50,
                "enabled": enabled,
                **WINDOW,
            }
        ],
    }


def test_switched_off_items_never_score_award_or_multiply():
    _, outcomes = run(from_document(_document(False), 2, MONDAY_NOON - DAY), [share(0)])
    assert [(a.rule_id, a.points) for a in outcomes[0].awards] == [("base", 10)]
    assert outcomes[0].badges == ()
    _, outcomes = run(from_document(_document(True), 2, MONDAY_NOON - DAY), [share(0)])
    assert [(a.rule_id, a.points) for a in outcomes[0].awards] == [("base", 20), ("li", 10)]
    assert [b.badge_id for b in outcomes[0].badges] == ["first"]


def test_a_switched_off_team_challenge_pays_nobody_in_replay():
    events = [share(n, advocate=1 + n % 2, at=MONDAY_NOON + minutes(n)) for n in range(3)]
    teams = {1: 1, 2: 1}
    for enabled, paid in ((False, []), (True, [1, 2])):
        book = RuleBook([from_document(_document(enabled), 2, MONDAY_NOON - DAY)])
        result = replay(events, book, teams)
        assert sorted(a.advocate_id for a in result.awards if a.rule_id == "sales-2") == paid


def test_the_engine_sees_only_enabled_items_and_the_document_keeps_them_all_in_place():
    document = _document(False)
    document["rules"].append({"id": "late", "name": "Late", "trigger": "share", "points": 1})
    rule_set = from_document(document, 2, MONDAY_NOON)
    assert [r.id for r in rule_set.rules] == ["base", "late"]
    assert rule_set.badges == rule_set.campaigns == rule_set.challenges == ()
    again = to_document(rule_set)
    assert [(r["id"], r["enabled"]) for r in again["rules"]] == [
        ("base", True),
        ("li", False),
        ("late", True),
    ]
    assert again["challenges"][0]["enabled"] is False
    assert to_document(from_document(again, 3, MONDAY_NOON)) == again


def test_team_id_is_a_field_conditions_can_use():
    document = {
        "rules": [
            {"id": "sales", "name": "Sales", "trigger": "share", "points": 4, "condition": "team_id == 1"}
        ]
    }
    rule_set = from_document(document, 2, MONDAY_NOON)
    _, in_team = run(rule_set, [share(0)], team=1)
    _, outside = run(rule_set, [share(0)], team=2)
    _, no_team = run(rule_set, [share(0)], team=None)
    assert [o.points for o in (in_team[0], outside[0], no_team[0])] == [4, 0, 0]


def test_why_says_which_rules_fired_were_capped_or_switched_off():
    document = _document(False)
    document["rules"].append(
        {"id": "x", "name": "X bonus", "trigger": "share", "points": 3, "condition": 'network == "x"'}
    )
    document["rules"].append(
        {
            "id": "capped",
            "name": "Capped",
            "trigger": "share",
            "points": 5,
            "caps": [{"window": "day", "points": 5}],
        }
    )
    document["rules"].append({"id": "clicks", "name": "Clicks", "trigger": "click", "points": 1})
    rule_set = from_document(document, 2, MONDAY_NOON - DAY)
    total, verdicts = explain_event(
        Engine(rule_set), rule_set.everything("rules"), [share(0)], share(1, at=MONDAY_NOON + minutes(1)), 1
    )
    why = {v["id"]: (v["fired"], v["points"], v["why"]) for v in verdicts}
    assert total == 10
    assert why == {
        "base": (True, 10, "no condition: every one counts"),
        "li": (False, 0, "switched off"),
        "x": (False, 0, "condition did not hold: network is linkedin, not x"),
        "capped": (False, 0, "capped: 5 points a day already reached"),
    }
