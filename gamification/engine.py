"""Score events against one compiled rule set. No I/O and no clock: time comes with the event."""

from collections import defaultdict
from collections.abc import Mapping

from gamification.clock import LocalClock, LocalTime
from gamification.events import EVENT_TYPES, Event
from gamification.levels import level_index
from gamification.matcher import Matcher, build_matcher
from gamification.outcome import DUPLICATE, Award, BadgeEarned, Outcome
from gamification.rules import WINDOWS, PointRule, RuleSet
from gamification.state import AdvocateState, bump, counter_name, in_window
from gamification.streaks import advance, period_of

SLOT = {window: 2 * index for index, window in enumerate(WINDOWS)}


class Trigger:
    """The rules one event type can fire, with their conditions compiled into one matcher."""

    def __init__(self, event_type: str, rules: list[PointRule], matcher: Matcher | None = None):
        self.rules = rules
        self.match = matcher or build_matcher(event_type, [rule.condition for rule in rules])
        # Rules without caps, intervals, shaping or event-supplied points take the fast path.
        self.plain = [not (r.caps or r.min_interval_seconds or r.diminishing or r.points_from) for r in rules]
        self.caps = [tuple((SLOT[c.window], c.points) for c in rule.caps) for rule in rules]
        # State keys per rule, built once: (rule, 0) counts awards, (rule, 1) sums capped points.
        self.counts_key = [(rule.id, 0) for rule in rules]
        self.points_key = [(rule.id, 1) for rule in rules]


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
        self.triggers = {t: Trigger(t, rules, matchers.get(t)) for t, rules in grouped.items()}
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

    def apply(self, state: AdvocateState, event: Event) -> Outcome:
        """Advance `state` by `event` and return what it earned; a repeated event id earns nothing."""
        if event.id in state.seen:
            return DUPLICATE
        state.seen.add(event.id)
        epoch = event.occurred_at.timestamp()
        local = self.clock.at_epoch(epoch)
        changed = self._count(state, event, local)
        streak = self._streak(state, local) if event.type in self.streak_events else None
        if streak is not None:
            changed.append("streak_days")
        trigger = self.triggers.get(event.type)
        awards = (
            ()
            if trigger is None or event.attributes.get("own")
            else (self._awards(trigger, state, event, local, epoch))
        )
        level = None
        if awards:
            gained = sum(award.points for award in awards)
            if gained:
                state.lifetime_points += gained
                changed.append("lifetime_points")
                level = self._level(state)
        return Outcome(awards, self._badges(state, changed), level, streak)

    def credit(self, state: AdvocateState, award: Award) -> Outcome:
        """Add an award earned elsewhere (a team challenge) to a member's lifetime points."""
        state.lifetime_points += award.points
        return Outcome((award,), self._badges(state, ["lifetime_points"]), self._level(state))

    def _count(self, state: AdvocateState, event: Event, local: LocalTime) -> list[str]:
        counts = state.windows.get(event.type)
        if counts is None:
            counts = state.windows[event.type] = [0, 0, 0, 0, 0, 0]
        bump(counts, local.keys, 1)
        metric = self.counter_metric[event.type]
        totals, changed = state.totals, [metric]
        totals[metric] = totals.get(metric, 0) + 1
        network = event.attributes.get("network")
        if network and event.type == "share":
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
        matched = trigger.match(event.attributes, state, local)
        if not matched:
            return ()
        factor, campaigns = self._event_factor(event, epoch)
        notes = _notes(campaigns, factor)
        version, awards, total, negative = self.rules.version, [], 0, False
        advocate, event_id, plain, rules = event.advocate_id, event.id, trigger.plain, trigger.rules
        for index in matched:
            rule = rules[index]
            if plain[index]:
                points = rule.points if factor == 1.0 else _round(rule.points * factor)
                capped, award_notes = False, notes
            else:
                points, capped, shaping = self._shaped(trigger, index, state, event, local, epoch, factor)
                award_notes = notes if shaping == 1.0 else _notes(campaigns, factor * shaping, True)
            if points:
                awards.append(
                    Award(advocate, event_id, rule.id, version, points, rule.name, award_notes, capped)
                )
                total += points
                negative = negative or points < 0
        if not self.overall_caps:
            return tuple(awards)
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

    def _shaped(self, trigger, index, state, event, local, epoch, factor) -> tuple[int, bool, float]:
        """Points for a rule with an interval, diminishing returns, caps or event-supplied points,
        whether a cap clipped them, and the diminishing factor applied (1.0 for none)."""
        rule, attrs = trigger.rules[index], event.attributes
        if rule.min_interval_seconds:
            key = (rule.id, attrs.get("content_id"))
            last = state.last_award.get(key)
            if last is not None and epoch - last < rule.min_interval_seconds:
                return 0, False, 1.0
            state.last_award[key] = epoch
        keys = local.keys
        base = attrs.get(rule.points_from, 0) if rule.points_from else rule.points
        shaping = 1.0
        if rule.diminishing is not None:
            counts = state.rule_windows.get(trigger.counts_key[index])
            if counts is None:
                counts = state.rule_windows[trigger.counts_key[index]] = [0, 0, 0, 0, 0, 0]
            slot = SLOT[rule.diminishing.window]
            done = in_window(counts, slot, keys[slot // 2])
            if done >= rule.diminishing.after:
                shaping = rule.diminishing.factor ** (done - rule.diminishing.after + 1)
            bump(counts, keys, 1)
        points = _round(base * factor * shaping)
        if not trigger.caps[index] or points <= 0:
            return points, False, shaping
        earned = state.rule_windows.get(trigger.points_key[index])
        if earned is None:
            earned = state.rule_windows[trigger.points_key[index]] = [0, 0, 0, 0, 0, 0]
        allowed = _room(earned, trigger.caps[index], keys)
        granted = max(min(points, allowed), 0)
        bump(earned, keys, granted)
        return granted, granted < points, shaping

    def _overall_cap(self, state, local: LocalTime, awards: list[Award], total: int, negative: bool) -> tuple:
        """Clip the event's awards, in rule order, to what the overall caps still allow."""
        keys = local.keys
        room = _room(state.overall, self.overall_caps, keys)
        if not negative and total <= room:
            bump(state.overall, keys, total)
            return tuple(awards)
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
        return tuple(kept)

    def _level(self, state: AdvocateState) -> str | None:
        thresholds, points, current = self.level_thresholds, state.lifetime_points, state.level
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
            for badge in badges:
                # Only compute tiers when the value reaches the next threshold.
                if value < state.badge_next.get(badge.id, badge.thresholds[0]):
                    continue
                tier = badge.tier_for(value)
                state.badge_next[badge.id] = _next_threshold(badge, tier)
                if tier > state.badges.get(badge.id, 0):
                    state.badges[badge.id] = tier
                    earned.append(BadgeEarned(badge.id, badge.name, tier, badge.tier_name(tier)))
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


def _room(counts: list[int], caps: tuple[tuple[int, int], ...], keys: tuple[int, int, int]) -> int:
    """Points still allowed under every (window slot, limit) cap for the current periods."""
    room = None
    for slot, limit in caps:
        used = counts[slot + 1] if counts[slot] == keys[slot // 2] else 0
        if room is None or limit - used < room:
            room = limit - used
    return room


def _round(points: float) -> int:
    """Round half away from zero, so +7.5 and -7.5 both move by 8."""
    return int(points + 0.5) if points >= 0 else int(points - 0.5)
