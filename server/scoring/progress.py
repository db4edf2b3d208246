"""An advocate's level, streak and badge gallery, for the profile screen."""

from gamification import Badge, level_progress
from gamification.clock import LocalClock
from gamification.state import AdvocateState, load_state
from gamification.streaks import period_of
from server.extensions import db
from server.models import AdvocateProgress, BadgeAward, User
from server.models.types import utcnow
from server.rules.rulebook import active_rule_set
from server.scoring.points import points_summary


def progress_for(user: User) -> dict:
    rules = active_rule_set()
    row = db.session.get(AdvocateProgress, user.id)
    state = load_state(row.state) if row and row.state else AdvocateState(user.id, user.team_id)
    # Levels follow the points people see on their leaderboards: the all-time score.
    points = points_summary(user.id)["all_time"]
    return {
        "level": level_progress(rules.levels, points),
        "streak": {
            "days": _current_streak(state, rules),
            "period": rules.streak.period,
            "grace": rules.streak.grace,
        },
        "badges": _gallery(user, state, rules, points),
    }


def _current_streak(state: AdvocateState, rules) -> int:
    """The streak as of today: a streak whose grace has run out reads 0, not its old length."""
    if state.streak_last is None:
        return 0
    local = LocalClock(rules.timezone).at(utcnow())
    current = period_of(local.day, local.week, rules.streak)
    return state.streak_length if current - state.streak_last <= 1 + rules.streak.grace else 0


def _gallery(user: User, state: AdvocateState, rules, points: int) -> list[dict]:
    earned = {
        badge_id: (tier, at)
        for badge_id, tier, at in db.session.execute(
            db.select(BadgeAward.badge_id, db.func.max(BadgeAward.tier), db.func.max(BadgeAward.earned_at))
            .filter(BadgeAward.user_id == user.id)
            .group_by(BadgeAward.badge_id)
        )
    }
    gallery = []
    # A badge an admin switched off stays in the gallery of whoever already earned it.
    for badge in rules.everything("badges"):
        if not badge.enabled and badge.id not in earned:
            continue
        value = points if badge.metric == "lifetime_points" else state.metric(badge.metric)
        held, earned_at = earned.get(badge.id, (0, None))
        tiered = badge.progress(value, held) if badge.enabled else _kept(badge, held)
        gallery.append(
            {
                "id": badge.id,
                "name": badge.name,
                "criteria": badge.criteria,
                "image": badge.image,
                "repeatable": badge.repeatable,
                "tier": tiered["tier"],
                "tier_name": tiered["tier_name"],
                "value": value,
                "next_threshold": tiered["next_threshold"],
                "progress": tiered["progress"],
                "earned_at": earned_at,
            }
        )
    return gallery


def _kept(badge: Badge, held: int) -> dict:
    """A switched-off badge: the tier earned, with nothing further to reach."""
    return {"tier": held, "tier_name": badge.tier_name(held), "next_threshold": None, "progress": 1.0}
