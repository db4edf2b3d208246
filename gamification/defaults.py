"""Rule sets to start from: a plain starter set, and the realistic demo set."""

from datetime import UTC, datetime, timedelta

from gamification.badges import Badge
from gamification.challenges import TeamChallenge
from gamification.levels import Level
from gamification.rules import Campaign, Cap, Diminishing, PointRule, RuleSet
from gamification.streaks import StreakPolicy

EPOCH = datetime(2020, 1, 1, tzinfo=UTC)
DAY = 86_400
NETWORK_BONUSES = {
    "linkedin": ("LinkedIn share bonus", 5),
    "x": ("X share bonus", 2),
    "facebook": ("Facebook share bonus", 2),
    "whatsapp": ("WhatsApp share bonus", 1),
}


def default_rule_set() -> RuleSet:
    """Ten points for any share, plus a bonus where a network reaches more people."""
    bonuses = tuple(
        PointRule(f"share.{network}", name, "share", points, f'network == "{network}"')
        for network, (name, points) in NETWORK_BONUSES.items()
    )
    return RuleSet(1, EPOCH, (PointRule("share.base", "Shared content", "share", 10), *bonuses))


def demo_rule_set(anchor: datetime, challenge_team_id: int, timezone: str = "Europe/London") -> RuleSet:
    """A realistic programme around `anchor`: shaped share points, clicks, learning, badges."""
    return RuleSet(
        version=1,
        effective_from=EPOCH,
        rules=_share_rules() + _other_rules(),
        timezone=timezone,
        campaigns=_campaigns(anchor),
        overall_caps=(Cap("day", 150),),
        badges=_badges(),
        levels=tuple(
            Level(name, points)
            for name, points in [
                ("Newcomer", 0),
                ("Contributor", 100),
                ("Advocate", 300),
                ("Ambassador", 800),
                ("Champion", 2000),
                ("Legend", 5000),
            ]
        ),
        streak=StreakPolicy(period="day", grace=1),
        challenges=(
            TeamChallenge(
                "team.sales-200",
                "Sales shares 200 times this month",
                challenge_team_id,
                "share",
                200,
                anchor - timedelta(days=15),
                anchor + timedelta(days=15),
                50,
            ),
        ),
    )


def _share_rules() -> tuple[PointRule, ...]:
    bonuses = tuple(
        PointRule(
            f"share.{network}", name, "share", points, f'network == "{network}"', min_interval_seconds=DAY
        )
        for network, (name, points) in NETWORK_BONUSES.items()
    )
    return (
        PointRule(
            "share.base",
            "Shared content",
            "share",
            10,
            caps=(Cap("day", 60),),
            diminishing=Diminishing("day", 5, 0.5),
        ),
        *bonuses,
        PointRule(
            "share.email", "Email share bonus", "share", 1, 'network == "email"', min_interval_seconds=DAY
        ),
        PointRule("share.first-today", "First share today", "share", 5, "shares_today == 1"),
        PointRule("share.early", "Early bird share", "share", 3, "hour >= 6 and hour < 9"),
        PointRule("share.evening", "Evening share", "share", 1, "hour >= 18 and hour < 22"),
        PointRule("share.weekend", "Weekend share", "share", 2, "weekday >= 6"),
        PointRule("share.launch", "Launch content", "share", 5, '"launch" in tags'),
        PointRule("share.careers", "Hiring post", "share", 4, '"careers" in tags'),
        PointRule("share.streak", "Week-long streak", "share", 10, "streak_days >= 7 and shares_today == 1"),
        PointRule("share.fifth-week", "Fifth share this week", "share", 15, "shares_this_week == 5"),
        PointRule("share.tenth", "Tenth share ever", "share", 25, "shares_total == 10"),
        PointRule("share.fiftieth", "Fiftieth share", "share", 50, "shares_total == 50"),
        PointRule(
            "share.newcomer", "Welcome bonus", "share", 5, "lifetime_points < 50 and shares_today == 1"
        ),
    )


def _other_rules() -> tuple[PointRule, ...]:
    return (
        PointRule("click.base", "Click on your link", "click", 2, caps=(Cap("day", 40),)),
        PointRule("click.first-today", "First click today", "click", 1, "clicks_today == 1"),
        PointRule("click.tenth-month", "Ten clicks this month", "click", 10, "clicks_this_month == 10"),
        PointRule("click.hundredth", "Hundredth click", "click", 50, "clicks_total == 100"),
        PointRule("click.launch", "Click on launch content", "click", 1, '"launch" in tags'),
        PointRule(
            "opened.base",
            "Read content",
            "content_opened",
            1,
            caps=(Cap("day", 5),),
            min_interval_seconds=DAY,
        ),
        PointRule("guidelines.ack", "Read the guidelines", "guidelines_acknowledged", 20),
        PointRule("quiz.pass", "Passed the training quiz", "quiz_passed", 30),
        PointRule("quiz.perfect", "Perfect quiz score", "quiz_passed", 20, "quiz_score >= 100"),
        PointRule("suggestion.approved", "Suggested content approved", "suggestion_approved", 25),
        PointRule(
            "suggestion.shared",
            "A colleague shared your suggestion",
            "suggestion_shared",
            5,
            caps=(Cap("month", 100),),
        ),
        PointRule("kudos.manual", "Kudos", "kudos", 0, points_from="kudos_points", caps=(Cap("month", 200),)),
    )


def _campaigns(anchor: datetime) -> tuple[Campaign, ...]:
    return (
        Campaign(
            "launch",
            "Product Launch",
            anchor - timedelta(days=14),
            anchor + timedelta(days=14),
            1.5,
            ("launch",),
        ),
        Campaign(
            "green",
            "Sustainability Month",
            anchor - timedelta(days=60),
            anchor - timedelta(days=30),
            2.0,
            ("sustainability",),
        ),
    )


def _badges() -> tuple[Badge, ...]:
    spec = [
        ("sharer", "Sharer", "Share company content", "shares_total", (5, 25, 100), False),
        ("linkedin-pro", "LinkedIn Pro", "Share on LinkedIn", "shares_linkedin", (5, 20, 60), False),
        ("x-voice", "Voice on X", "Share on X", "shares_x", (5, 20, 60), False),
        (
            "conversation",
            "Conversation Starter",
            "Bring clicks to your links",
            "clicks_total",
            (10, 100, 500),
            False,
        ),
        ("on-fire", "On Fire", "Keep a daily sharing streak", "streak_days", (3, 7, 30), False),
        ("collector", "Point Collector", "Earn lifetime points", "lifetime_points", (100, 1000, 5000), False),
        ("scholar", "Scholar", "Pass the training quiz", "quiz_passed_total", (1,), False),
        (
            "idea-maker",
            "Idea Maker",
            "Have suggested content approved",
            "suggestion_approved_total",
            (1, 5, 15),
            False,
        ),
        ("recognised", "Recognised", "Receive kudos from a leader", "kudos_total", (1, 5, 10), False),
        (
            "rulebook",
            "By the Book",
            "Acknowledge the social media guidelines",
            "guidelines_acknowledged_total",
            (1,),
            False,
        ),
        ("regular", "Regular", "Every 50 shares", "shares_total", (50,), True),
    ]
    return tuple(Badge(i, n, c, m, t, r, f"/badges/{i}.svg") for i, n, c, m, t, r in spec)
