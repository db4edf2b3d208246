"""Levels from lifetime points."""

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Level:
    name: str
    threshold: int  # lifetime points needed


def level_index(levels: tuple[Level, ...], thresholds: list[int], points: int) -> int:
    """Index of the highest level reached, or -1 below the first threshold."""
    return bisect_right(thresholds, points) - 1


def level_progress(levels: tuple[Level, ...], points: int) -> dict[str, Any]:
    """The current level, the next one and how far along the way there the advocate is."""
    thresholds = [level.threshold for level in levels]
    index = level_index(levels, thresholds, points)
    current = levels[index] if index >= 0 else None
    following = levels[index + 1] if index + 1 < len(levels) else None
    floor = current.threshold if current else 0
    fraction = 1.0 if following is None else (points - floor) / (following.threshold - floor)
    return {
        "level": current.name if current else None,
        "next_level": following.name if following else None,
        "points": points,
        "next_threshold": following.threshold if following else None,
        "progress": round(min(max(fraction, 0.0), 1.0), 4),
    }
