"""Score events against one compiled rule set. No I/O and no clock: time comes with the event."""

from collections import defaultdict
from collections.abc import Mapping

from gamification.applier import build_applier
from gamification.badges import Badge
from gamification.clock import LocalClock, LocalTime
from gamification.events import EVENT_TYPES, Event
from gamification.levels import level_index
from gamification.matcher import Matcher, build_matcher
from gamification.outcome import Award, BadgeEarned, Outcome
from gamification.rules import WINDOWS, PointRule, RuleSet
from gamification.scorer import cap_room
from gamification.state import AdvocateState, bump
from gamification.streaks import advance

SLOT = {window: 2 * index for index, window in enumerate(WINDOWS)}


class Engine:
    """A rule set compiled once per version: conditions into matchers, rules indexed by trigger."""

    def __init__(
        self,
        rule_set: RuleSet,
        clock: LocalClock | None = None,
        matchers: Mapping[str, Matcher] | None = None,
    ):
        self.rules = rule_set
        self.clock = clock or LocalClock(rule_set.timezone)
        grouped: dict[str, list[PointRule]] = defaultdict(list)
        for rule in rule_set.rules:
            if rule.enabled:  # a rule set built by hand may hold switched-off items too
                grouped[rule.trigger].append(rule)
        self.rules_by_trigger = dict(grouped)
        self.overall_caps = tuple((SLOT[cap.window], cap.points) for cap in rule_set.overall_caps)
        self.network_multipliers = dict(rule_set.network_multipliers)
        self.level_thresholds = [level.threshold for level in rule_set.levels]
        # The level everyone holds before their first points (a first level at 0 points).
        self.starting_level = level_index(rule_set.levels, self.level_thresholds, 0)
        self.streak_events = frozenset(rule_set.streak.events)
        self.challenge_teams = frozenset(c.team_id for c in rule_set.challenges if c.enabled)
        self.campaign_windows = tuple(
            (c.starts.timestamp(), c.ends.timestamp(), frozenset(c.tags), c.multiplier, f"during {c.name}")
            for c in rule_set.campaigns
            if c.enabled
        )
        # For the campaign_ids field: (starts, ends, tags, id) of each campaign that is on.
        self.campaign_spans = tuple(
            (c.starts.timestamp(), c.ends.timestamp(), frozenset(c.tags), c.id)
            for c in rule_set.campaigns
            if c.enabled
        )
        self.badges_by_metric = defaultdict(list)
        for badge in rule_set.badges:
            if badge.enabled:
                self.badges_by_metric[badge.metric].append(badge)
        self.badge_metrics = frozenset(self.badges_by_metric)
        self.first_threshold = {
            metric: min(badge.thresholds[0] for badge in badges)
            for metric, badges in self.badges_by_metric.items()
        }
        # Without campaigns or network multipliers every event's factor is 1 and it has no notes.
        self.multiplied = bool(self.campaign_windows or self.network_multipliers)
        self.notes_for = _notes
        matchers = matchers or {}
        self.appliers = {t: build_applier(self, t, grouped.get(t, []), matchers.get(t)) for t in EVENT_TYPES}

    def matcher(self, trigger: str) -> Matcher:
        """The compiled conditions of `trigger`'s rules alone (benchmarks time them)."""
        conditions = [rule.condition for rule in self.rules_by_trigger[trigger]]
        return build_matcher(trigger, conditions, self.campaigns_in_force)

    def campaigns_in_force(self, tags: tuple[str, ...], epoch: float) -> tuple[str, ...]:
        """The ids of the switched-on campaigns covering content with `tags` at `epoch`, as
        Campaign.applies decides; only conditions on campaign_ids ask."""
        return tuple(
            campaign_id
            for starts, ends, wanted, campaign_id in self.campaign_spans
            if starts <= epoch < ends and (not wanted or not wanted.isdisjoint(tags))
        )

    def apply(self, state: AdvocateState, event: Event) -> Outcome:
        """Advance `state` by `event` and return what it earned; a repeated event id earns nothing."""
        return self.appliers[event.type](state, event)

    def credit(self, state: AdvocateState, award: Award) -> Outcome:
        """Add an award earned elsewhere (a team challenge) to a member's lifetime points."""
        state.lifetime_points += award.points
        badges = self.badge_tiers(state, "lifetime_points", state.lifetime_points)
        return Outcome((award,), badges, self.level_of(state), None, False, award.points)

    # What the generated appliers call back for (see applier.py): the less frequent paths.

    def advance_streak(self, state: AdvocateState, current: int) -> int | None:
        """Activity in a period other than the last active one: the new length if it changed."""
        length = advance(state.streak_length, state.streak_last, current, self.rules.streak)
        changed = length != state.streak_length
        state.streak_length, state.streak_last = length, max(current, state.streak_last or current)
        return length if changed else None

    def overall_cap(
        self, state: AdvocateState, local: LocalTime, awards: list[Award], total: int, negative: bool
    ) -> tuple[list[Award], int]:
        """Clip the event's awards, in rule order, to what the overall caps still allow."""
        keys = local.keys
        room = cap_room(state.overall, self.overall_caps, keys)
        if not negative and total <= room:
            bump(state.overall, keys, total)
            return awards, total
        kept = []
        for award in awards:
            if award.points > room:
                if room > 0:
                    kept.append(award._replace(points=room, capped=True))
                room = 0
                continue
            room -= max(award.points, 0)
            kept.append(award)
        bump(state.overall, keys, sum(a.points for a in kept if a.points > 0))
        return kept, sum(a.points for a in kept)

    def level_of(self, state: AdvocateState) -> str | None:
        thresholds, points, current = self.level_thresholds, state.lifetime_points, state.level
        # A state from a version with more levels than this one holds an index past the end.
        if current < len(thresholds):
            low = thresholds[current] if current >= 0 else float("-inf")
            high = thresholds[current + 1] if current + 1 < len(thresholds) else float("inf")
            if low <= points < high:
                return None  # still between this level and the next
        state.level = index = level_index(self.rules.levels, thresholds, points)
        # A new state's -1 means "no points yet", which is the starting level: reaching it with
        # the first points is no level-up.
        held = current if current >= 0 else self.starting_level
        return self.rules.levels[index].name if index >= 0 and index != held else None

    def badge_tiers(self, state: AdvocateState, metric: str, value: int) -> tuple[BadgeEarned, ...]:
        """Tiers newly reached on `metric`'s badges at `value`; remembers the next threshold."""
        badges = self.badges_by_metric.get(metric)
        if not badges or value < state.badge_next.get(metric, self.first_threshold[metric]):
            return ()
        earned, upcoming = [], float("inf")
        for badge in badges:
            tier = badge.tier_for(value)
            upcoming = min(upcoming, _next_threshold(badge, tier))
            if tier > state.badges.get(badge.id, 0):
                state.badges[badge.id] = tier
                earned.append(BadgeEarned(badge.id, badge.name, tier, badge.tier_name(tier)))
        state.badge_next[metric] = upcoming
        return tuple(earned)


def _notes(campaigns: list[str], factor: float, diminishing: bool = False) -> str:
    """What follows the rule name in an explanation: ' during Product Launch, x1.5'."""
    parts = [
        *campaigns,
        *(["diminishing"] if diminishing else []),
        *([f"x{factor:g}"] if factor != 1.0 else []),
    ]
    return " " + ", ".join(parts) if parts else ""


def _next_threshold(badge: Badge, tier: int) -> float:
    if badge.repeatable:
        return (tier + 1) * badge.thresholds[0]
    return badge.thresholds[tier] if tier < len(badge.thresholds) else float("inf")
