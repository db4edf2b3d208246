"""Badges with tiers, progress toward the next tier, and their Open Badges 3.0 shape."""

from dataclasses import dataclass
from typing import Any

# Lifetime aggregates a badge may measure; the engine keeps each of them.
METRICS = (
    "shares_total",
    "clicks_total",
    "content_opened_total",
    "quiz_passed_total",
    "suggestion_approved_total",
    "suggestion_shared_total",
    "kudos_total",
    "guidelines_acknowledged_total",
    "shares_linkedin",
    "shares_x",
    "shares_facebook",
    "shares_whatsapp",
    "shares_email",
    "streak_days",
    "lifetime_points",
)
TIER_NAMES = ("bronze", "silver", "gold")


@dataclass(frozen=True, slots=True)
class Badge:
    """Earned when `metric` reaches a tier's threshold. Repeatable badges are earned again
    every time the metric passes another multiple of the first threshold."""

    id: str
    name: str
    criteria: str  # shown to people, and the Open Badges criteria narrative
    metric: str
    thresholds: tuple[int, ...]  # bronze, silver, gold (one or more, strictly increasing)
    repeatable: bool = False
    image: str = ""
    enabled: bool = True

    def tier_for(self, value: int) -> int:
        """How many tiers (or, when repeatable, how many times) `value` has earned."""
        if self.repeatable:
            return value // self.thresholds[0]
        return sum(1 for threshold in self.thresholds if value >= threshold)

    def tier_name(self, tier: int) -> str:
        if self.repeatable:
            return f"x{tier}"
        return TIER_NAMES[tier - 1] if tier <= len(TIER_NAMES) else f"tier {tier}"

    def progress(self, value: int, held: int = 0) -> dict[str, Any]:
        """Where an advocate stands: the tier held, the next threshold, and the fraction there.
        A tier once awarded stays held even if the rules now ask more (`held`)."""
        tier = max(self.tier_for(value), held)
        target: int | None = None  # past the last tier of a badge that is not repeatable
        floor = 0
        if self.repeatable:
            target, floor = (tier + 1) * self.thresholds[0], tier * self.thresholds[0]
        elif tier < len(self.thresholds):
            target, floor = self.thresholds[tier], self.thresholds[tier - 1] if tier else 0
        fraction = 1.0 if target is None else min(max((value - floor) / (target - floor), 0.0), 1.0)
        return {
            "badge": self.id,
            "tier": tier,
            "tier_name": self.tier_name(tier) if tier else None,
            "value": value,
            "next_threshold": target,
            "progress": round(fraction, 4),
        }

    def achievement(self, issuer_url: str) -> dict[str, Any]:
        """This badge as an Open Badges 3.0 Achievement."""
        return {
            "id": f"{issuer_url}/badges/{self.id}",
            "type": ["Achievement"],
            "name": self.name,
            "description": self.criteria,
            "criteria": {"narrative": self.criteria},
            "image": {"id": self.image, "type": "Image"} if self.image else None,
        }


def assertion(
    badge: Badge, tier: int, recipient: str, issued_at: str, evidence: list[str], issuer_url: str
) -> dict[str, Any]:
    """An earned badge as an Open Badges 3.0 credential subject (stable id, time, evidence)."""
    return {
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_url, "type": ["Profile"]},
        "validFrom": issued_at,
        "credentialSubject": {
            "id": recipient,
            "type": ["AchievementSubject"],
            "achievement": badge.achievement(issuer_url),
            "result": [{"type": ["Result"], "value": badge.tier_name(tier)}],
        },
        "evidence": [{"id": item, "type": ["Evidence"]} for item in evidence],
    }
