"""Every item of a rule set in one sentence, and the diff between two documents built from them."""

from datetime import UTC, datetime

import pytest

from gamification import PointRule
from gamification.describe import describe, rule_sentence
from gamification.diff import diff
from gamification.rules import Cap

DEC_1, DEC_15 = datetime(2026, 12, 1, tzinfo=UTC), datetime(2026, 12, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        (
            PointRule("li", "LinkedIn", "share", 5, 'network == "linkedin"', caps=(Cap("day", 15),)),
            "+5 when someone shares to LinkedIn, at most 3 times a day",
        ),
        (
            PointRule("launch", "Launch", "share", 10, '"launch" in tags', caps=(Cap("week", 50),)),
            "+10 when someone shares content tagged launch, at most 5 times a week",
        ),
        (
            PointRule("odd", "Odd", "share", 10, '"launch" in tags', caps=(Cap("week", 55),)),
            "+10 when someone shares content tagged launch, at most 55 points a week",
        ),
        (
            PointRule("early", "Early", "share", 3, "hour >= 6 and hour < 9"),
            "+3 when someone shares between 06:00 and 09:00",
        ),
        (
            PointRule("week", "Weekdays", "share", 1, "weekday <= 5"),
            "+1 when someone shares from Monday to Friday",
        ),
        (PointRule("sales", "Sales", "share", 2, "team_id == 4"), "+2 when someone shares in Sales"),
        (
            PointRule("first", "First", "share", 5, "shares_today == 1"),
            "+5 for someone's first share of the day",
        ),
        (
            PointRule("tenth", "Tenth", "click", 9, "clicks_this_month == 10"),
            "+9 for someone's 10th click of the month",
        ),
        (
            PointRule("either", "Either", "click", 1, 'network in ["x", "email"] and not "hr" in tags'),
            "+1 when someone's shared link is clicked on X or Email for content not tagged hr",
        ),
        (
            PointRule("or", "Or", "share", 1, 'network == "x" or network == "facebook"'),
            "+1 when someone shares to X or to Facebook",
        ),
        (
            PointRule("neg", "Penalty", "share", -2, "shares_today > 10"),
            "\u22122 when someone shares while shares today is over 10",
        ),
        (
            PointRule("odd", "Odd", "share", 1, "shares_total % 10 == 0"),
            "+1 when someone shares and `shares_total % 10 == 0` holds",
        ),
    ],
)
def test_a_rule_reads_as_a_sentence(rule, said):
    assert rule_sentence(rule, {4: "Sales"}) == said


def test_every_section_is_described_and_unreadable_items_are_left_out():
    document = {
        "rules": [
            {"id": "off", "name": "Off", "trigger": "share", "points": 1, "enabled": False},
            {"id": "broken", "name": "Broken", "points": "many"},
        ],
        "badges": [
            {
                "id": "sharer",
                "name": "Sharer",
                "criteria": "c",
                "metric": "shares_total",
                "thresholds": [5, 25, 100],
            },
            {
                "id": "regular",
                "name": "Regular",
                "criteria": "c",
                "metric": "shares_total",
                "thresholds": [50],
                "repeatable": True,
            },
        ],
        "campaigns": [
            {
                "id": "launch",
                "name": "Launch",
                "starts": DEC_1.isoformat(),
                "ends": DEC_15.isoformat(),
                "multiplier": 2,
                "tags": ["launch"],
            }
        ],
        "challenges": [
            {
                "id": "sales",
                "name": "Sales 200",
                "team_id": 4,
                "event_type": "share",
                "target": 200,
                "starts": DEC_1.isoformat(),
                "ends": "2027-01-01T00:00:00+00:00",
                "reward_points": 50,
            }
        ],
        "levels": [{"name": "Newcomer", "threshold": 0}, {"name": "Advocate", "threshold": 300}],
    }
    said = describe(document, {4: "Sales"})
    assert said["rules"] == {"off": "+1 when someone shares (switched off)"}
    assert said["badges"] == {
        "sharer": "Bronze at 5 shares, silver at 25 and gold at 100",
        "regular": "Earned again every 50 shares",
    }
    assert said["campaigns"] == {"launch": "Points \u00d72 for content tagged launch, 1 Dec \u2013 14 Dec"}
    assert said["challenges"] == {"sales": "Sales: 200 shares between 1 Dec and 31 Dec; each member gets +50"}
    assert said["levels"] == {"Newcomer": "Where everyone starts", "Advocate": "From 300 points"}


def test_a_diff_names_what_was_added_removed_changed_and_switched():
    before = {
        "rules": [
            {"id": "base", "name": "Shared", "trigger": "share", "points": 5},
            {
                "id": "li",
                "name": "LinkedIn",
                "trigger": "share",
                "points": 5,
                "condition": 'network == "linkedin"',
            },
            {"id": "gone", "name": "Gone", "trigger": "click", "points": 1},
        ],
        "levels": [{"name": "Newcomer", "threshold": 0}],
        "network_multipliers": {"x": 1.5},
    }
    after = {
        "rules": [
            {"id": "base", "name": "Shared", "trigger": "share", "points": 10},
            {
                "id": "li",
                "name": "LinkedIn",
                "trigger": "share",
                "points": 5,
                "condition": 'network == "linkedin"',
                "enabled": False,
            },
            {"id": "new", "name": "New", "trigger": "share", "points": 2, "condition": "weekday >= 6"},
        ],
        "levels": [{"name": "Newcomer", "threshold": 0}],
        "overall_caps": [{"window": "day", "points": 100}],
    }
    changes = {(c["section"], c["id"]): c for c in diff(before, after)}
    base = changes["rules", "base"]
    assert (base["change"], base["before"], base["after"]) == (
        "changed",
        "+5 when someone shares",
        "+10 when someone shares",
    )
    assert base["fields"] == [{"field": "points", "label": "Points", "before": 5, "after": 10}]
    assert changes["rules", "li"]["change"] == "disabled"
    assert changes["rules", "new"]["change"] == "added"
    assert changes["rules", "new"]["after"] == "+2 when someone shares on Saturday or Sunday"
    assert (changes["rules", "gone"]["change"], changes["rules", "gone"]["after"]) == ("removed", None)
    assert changes["limits", "overall_caps"]["after"] == "At most 100 points a day in all"
    assert changes["network_multipliers", "x"]["change"] == "removed"
    assert len(changes) == 6
