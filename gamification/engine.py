"""Score events against one compiled rule set. No I/O and no clock: time comes with the event."""

from collections import defaultdict
from collections.abc import Mapping

from gamification.clock import LocalClock, LocalTime
from gamification.events import EVENT_TYPES, Event
from gamification.levels import level_index
from gamification.matcher import Matcher, build_matcher
from gamification.outcome import DUPLICATE, NOTHING, Award, BadgeEarned, Outcome
from gamification.rules import WINDOWS, PointRule, RuleSet
from gamification.scorer import build_scorer, cap_room
from gamification.state import AdvocateState, bump, counter_name
from gamification.streaks import advance, period_of

SLOT = {window: 2 * index for index, window in enumerate(WINDOWS)}


class Trigger:
    """The rules one event type can fire, compiled into one matcher and one scoring function."""

    def __init__(self, event_type: str, rules: list[PointRule], version: int, matcher: Matcher | None = None):
        self.rules = rules
        self.match = matcher or build_matcher(event_type, [rule.condition for rule in rules])
        self.score = build_scorer(event_type, rules, version, _notes, matcher)


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
            grouped[rule.trigger].append(rule)
        matchers = matchers or {}
        self.triggers = {
            t: Trigger(t, rules, rule_set.version, matchers.get(t)) for t, rules in grouped.items()
        }
        self.overall_caps = tuple((SLOT[cap.window], cap.points) for cap in rule_set.overall_caps)
        self.network_multipliers = dict(rule_set.network_multipliers)
        self.level_thresholds = [level.threshold for level in rule_set.levels]
        self.counter_metric = {t: counter_name(t) + "_total" for t in EVENT_TYPES}
        self.streak_events = frozenset(rule_set.streak.events)
        self.challenge_teams = frozenset(challenge.team_id for challenge in rule_set.challenges)
        self.campaign_windows = tuple(
            (c.starts.timestamp(), c.ends.timestamp(), frozenset(c.tags), c.multiplier, f"during {c.name}")
            for c in rule_set.campaigns
        )
        self.badges_by_metric = defaultdict(list)
        for badge in rule_set.badges:
            self.badges_by_metric[badge.metric].append(badge)
        self.badge_metrics = frozenset(self.badges_by_metric)
        self.first_threshold = {
            metric: min(badge.thresholds[0] for badge in badges)
            for metric, badges in self.badges_by_metric.items()
        }
        # Without campaigns or network multipliers every event's factor is 1 and it has no notes.
        self.multiplied = bool(self.campaign_windows or self.network_multipliers)

    def apply(self, state: AdvocateState, event: Event) -> Outcome:
        """Advance `state` by `event` and return what it earned; a repeated event id earns nothing."""
        if event.id in state.seen:
            return DUPLICATE
        state.seen.add(event.id)
        epoch = event.occurred_at.timestamp()
        local = self.clock.at_epoch(epoch)
        changed = self._count(state, event, local.keys)
        streak = self._streak(state, local) if event.type in self.streak_events else None
        if streak is not None:
            changed.append("streak_days")
        trigger = self.triggers.get(event.type)
        if trigger is None or event.attributes.get("own"):
            awards, gained = (), 0
        else:
            awards, gained = self._awards(trigger, state, event, local, epoch)
        level = None
        if gained:
            state.lifetime_points += gained
            changed.append("lifetime_points")
            level = self._level(state)
        badges = self._badges(state, changed) if self.badge_metrics.intersection(changed) else ()
        if not (awards or badges or level or streak):
            return NOTHING  # most clicks and opens: no new Outcome to build
        return Outcome(tuple(awards), badges, level, streak, False, gained)

    def credit(self, state: AdvocateState, award: Award) -> Outcome:
        """Add an award earned elsewhere (a team challenge) to a member's lifetime points."""
        state.lifetime_points += award.points
        badges = self._badges(state, ["lifetime_points"])
        return Outcome((award,), badges, self._level(state), None, False, award.points)

    def _count(self, state: AdvocateState, event: Event, keys: tuple[int, int, int]) -> list[str]:
        counts = state.windows.get(event.type)
        if counts is None:
            counts = state.windows[event.type] = [0, 0, 0, 0, 0, 0]
        bump(counts, keys, 1)
        metric = self.counter_metric[event.type]
        totals, changed = state.totals, [metric]
        totals[metric] = totals.get(metric, 0) + 1
        if event.type == "share" and (network := event.attributes.get("network")):
            metric = "shares_" + network
            changed.append(metric)
            totals[metric] = totals.get(metric, 0) + 1
        return changed

    def _streak(self, state: AdvocateState, local: LocalTime) -> int | None:
        policy = self.rules.streak
        current = local.day if policy.period == "day" else period_of(local.day, local.week, policy)
        if current == state.streak_last:
            return None  # already active this period: most events of an active advocate
        length = advance(state.streak_length, state.streak_last, current, policy)
        changed = length != state.streak_length
        state.streak_length, state.streak_last = length, max(current, state.streak_last or current)
        return length if changed else None

    def _awards(self, trigger: Trigger, state, event: Event, local: LocalTime, epoch: float) -> tuple:
        if self.multiplied:
            factor, campaigns = self._event_factor(event, epoch)
            notes = _notes(campaigns, factor)
        else:
            factor, campaigns, notes = 1.0, [], ""
        awards, total, negative = trigger.score(
            state, event.attributes, local, epoch, factor, notes, campaigns, event.advocate_id, event.id
        )
        if not awards or not self.overall_caps:
            return awards, total
        return self._overall_cap(state, local, awards, total, negative)

    def _event_factor(self, event: Event, epoch: float) -> tuple[float, list[str]]:
        """Network and campaign multipliers (the same for every rule the event fires), and the
        campaigns that apply."""
        factor, campaigns = self.network_multipliers.get(event.attributes.get("network"), 1.0), []
        for starts, ends, tags, multiplier, label in self.campaign_windows:
            if starts <= epoch < ends and (not tags or not tags.isdisjoint(event.attributes.get("tags", ()))):
                factor *= multiplier
                campaigns.append(label)
        return factor, campaigns

    def _overall_cap(self, state, local: LocalTime, awards: list[Award], total: int, negative: bool) -> tuple:
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

    def _level(self, state: AdvocateState) -> str | None:
        thresholds, points, current = self.level_thresholds, state.lifetime_points, state.level
        # A state from a version with more levels than this one holds an index past the end.
        if current < len(thresholds):
            low = thresholds[current] if current >= 0 else float("-inf")
            high = thresholds[current + 1] if current + 1 < len(thresholds) else float("inf")
            if low <= points < high:
                return None  # still between this level and the next
        state.level = index = level_index(self.rules.levels, thresholds, points)
        return self.rules.levels[index].name if index >= 0 else None

    def _badges(self, state: AdvocateState, changed: list[str]) -> tuple[BadgeEarned, ...]:
        earned = []
        for metric in changed:
            badges = self.badges_by_metric.get(metric)
            if not badges:
                continue
            value = state.totals.get(metric, 0) if metric in state.totals else state.metric(metric)
            # One comparison per metric until some badge on it can reach a new tier.
            if value < state.badge_next.get(metric, self.first_threshold[metric]):
                continue
            upcoming = float("inf")
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


def _next_threshold(badge, tier: int) -> float:
    if badge.repeatable:
        return (tier + 1) * badge.thresholds[0]
    return badge.thresholds[tier] if tier < len(badge.thresholds) else float("inf")
