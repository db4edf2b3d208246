"""The rule set a new organisation starts with."""

from gamification.rules import PointRule, RuleSet

NETWORK_BONUSES = {
    "linkedin": ("LinkedIn share bonus", 5),
    "x": ("X share bonus", 2),
    "facebook": ("Facebook share bonus", 2),
    "whatsapp": ("WhatsApp share bonus", 1),
}


def default_rule_set() -> RuleSet:
    """Ten points for any share, plus a bonus where a network reaches more people."""
    bonuses = tuple(
        PointRule(f"share.{network}", name, "share", points, {"network": network})
        for network, (name, points) in NETWORK_BONUSES.items()
    )
    base = PointRule("share.base", "Shared content", "share", 10)
    return RuleSet(version=1, rules=(base, *bonuses))
