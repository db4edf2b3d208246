"""Score events against one compiled rule set. No I/O and no clock: time comes with the event."""

from collections import defaultdict
from dataclasses import dataclass

from gamification.clock import LocalClock, LocalTime
from gamification.events import Event
from gamification.expressions import Condition, compile_condition
from gamification.levels import level_index
from gamification.outcome import DUPLICATE, Award, BadgeEarned, Outcome
from gamification.rules import WINDOWS, PointRule, RuleSet
from gamification.state import AdvocateState, bump, counter_name, in_window
from gamification.streaks import advance, period_of

SLOT = {window: 2 * index for index, window in enumerate(WINDOWS)}


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: PointRule
    condition: Condition
    caps: tuple[tuple[int, int], ...]  # (window slot, points)


class Engine:
    """A rule set compiled once: conditions to closures, rules indexed by trigger."""

    def __init__(self, rule_set: RuleSet, clock: LocalClock | None = None):
        self.rules = rule_set
        self.clock = clock or LocalClock(rule_set.timezone)
        self.by_trigger: dict[str, list[CompiledRule]] = defaultdict(list)
        for rule in rule_set.rules:
            caps = tuple((SLOT[cap.window], cap.points) for cap in rule.caps)
            self.by_trigger[rule.trigger].append(CompiledRule(rule, compile_condition(rule.condition), caps))
        self.overall_caps = tuple((SLOT[cap.window], cap.points) for cap in rule_set.overall_caps)
        self.network_multipliers = dict(rule_set.network_multipliers)
        self.level_thresholds = [level.threshold for level in rule_set.levels]
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
        streak = self._streak(state, event.type, local)
        if streak is not None:
            changed.append("streak_days")
        awards = () if event.attributes.get("own") else self._awards(state, event, local, epoch)
        gained = sum(award.points for award in awards)
        level = None
        if gained:
            state.lifetime_points += gained
            changed.append("lifetime_points")
            level = self._level(state)
        return Outcome(tuple(awards), self._badges(state, changed), level, streak)

    def credit(self, state: AdvocateState, award: Award) -> Outcome:
        """Add an award earned elsewhere (a team challenge) to a member's lifetime points."""
        state.lifetime_points += award.points
        return Outcome((award,), self._badges(state, ["lifetime_points"]), self._level(state))

    def _count(self, state: AdvocateState, event: Event, local: LocalTime) -> list[str]:
        name = counter_name(event.type)
        counts = state.windows.get(event.type)
        if counts is None:
            counts = state.windows[event.type] = [0, 0, 0, 0, 0, 0]
        bump(counts, (local.day, local.week, local.month), 1)
        totals, changed = state.totals, [f"{name}_total"]
        totals[changed[0]] = totals.get(changed[0], 0) + 1
        network = event.attributes.get("network")
        if network and event.type == "share":
            changed.append(f"shares_{network}")
            totals[changed[1]] = totals.get(changed[1], 0) + 1
        return changed

    def _streak(self, state: AdvocateState, event_type: str, local: LocalTime) -> int | None:
        policy = self.rules.streak
        if event_type not in policy.events:
            return None
        current = period_of(local.day, local.week, policy)
        length = advance(state.streak_length, state.streak_last, current, policy)
        changed = length != state.streak_length
        state.streak_length, state.streak_last = length, max(current, state.streak_last or current)
        return length if changed else None

    def _awards(self, state: AdvocateState, event: Event, local: LocalTime, epoch: float) -> list[Award]:
        rules = self.by_trigger.get(event.type)
        if not rules:
            return []
        values = self.context(state, event, local)
        awards = []
        for compiled in rules:
            if compiled.condition(values):
                award = self._award(state, compiled, event, local, epoch)
                if award is not None:
                    awards.append(award)
        return awards

    def context(self, state: AdvocateState, event: Event, local: LocalTime) -> dict:
        """The flat dict of primitives conditions see: event fields plus running aggregates."""
        attrs = event.attributes
        shares, clicks = state.window_counts("share"), state.window_counts("click")
        day, week, month = local.day, local.week, local.month
        return {
            "event_type": event.type,
            "network": attrs.get("network", ""),
            "content_id": attrs.get("content_id", 0),
            "tags": attrs.get("tags", ()),
            "own": bool(attrs.get("own", False)),
            "quiz_score": attrs.get("quiz_score", 0),
            "kudos_points": attrs.get("kudos_points", 0),
            "hour": local.hour,
            "weekday": local.weekday,
            "shares_today": in_window(shares, 0, day),
            "shares_this_week": in_window(shares, 2, week),
            "shares_this_month": in_window(shares, 4, month),
            "shares_total": state.totals.get("shares_total", 0),
            "clicks_today": in_window(clicks, 0, day),
            "clicks_this_week": in_window(clicks, 2, week),
            "clicks_this_month": in_window(clicks, 4, month),
            "clicks_total": state.totals.get("clicks_total", 0),
            "streak_days": state.streak_length,
            "lifetime_points": state.lifetime_points,
        }

    def _award(self, state, compiled: CompiledRule, event: Event, local: LocalTime, epoch: float):
        rule, attrs = compiled.rule, event.attributes
        base = attrs.get(rule.points_from, 0) if rule.points_from else rule.points
        if rule.min_interval_seconds:
            key = (rule.id, attrs.get("content_id"))
            last = state.last_award.get(key)
            if last is not None and epoch - last < rule.min_interval_seconds:
                return None
            state.last_award[key] = epoch
        keys = (local.day, local.week, local.month)
        counts = state.rule_windows.get((rule.id, 0))
        if counts is None:
            counts = state.rule_windows[(rule.id, 0)] = [0, 0, 0, 0, 0, 0]
        factor, notes = self._multiplier(rule, counts, keys, event)
        points = int(base * factor + 0.5) if base >= 0 else int(base * factor - 0.5)
        points, capped = self._cap(state, compiled, keys, points)
        bump(counts, keys, 1)
        if not points:
            return None
        return Award(
            event.advocate_id,
            event.id,
            rule.id,
            self.rules.version,
            points,
            _explain(points, rule.name, notes, capped),
        )

    def _multiplier(self, rule: PointRule, counts, keys, event: Event) -> tuple[float, list[str]]:
        factor, notes = 1.0, []
        network = event.attributes.get("network")
        if network in self.network_multipliers:
            factor *= self.network_multipliers[network]
        for campaign in self.rules.campaigns:
            if campaign.applies(event.occurred_at, event.attributes.get("tags", ())):
                factor *= campaign.multiplier
                notes.append(f"during {campaign.name}")
        shaping = rule.diminishing
        if shaping is not None:
            slot = SLOT[shaping.window]
            done = in_window(counts, slot, keys[slot // 2])
            if done >= shaping.after:
                factor *= shaping.factor ** (done - shaping.after + 1)
                notes.append("diminishing")
        if factor != 1.0:
            notes.append(f"x{factor:g}")
        return factor, notes

    def _cap(self, state: AdvocateState, compiled: CompiledRule, keys, points: int) -> tuple[int, bool]:
        """Clip positive points to what the rule's and the overall caps still allow."""
        if points <= 0:
            return points, False
        wanted = points
        rule_points = state.rule_windows.get((compiled.rule.id, 1))
        if rule_points is None:
            rule_points = state.rule_windows[(compiled.rule.id, 1)] = [0, 0, 0, 0, 0, 0]
        for slot, limit in compiled.caps:
            points = min(points, limit - in_window(rule_points, slot, keys[slot // 2]))
        for slot, limit in self.overall_caps:
            points = min(points, limit - in_window(state.overall, slot, keys[slot // 2]))
        points = max(points, 0)
        if points:
            bump(rule_points, keys, points)
            bump(state.overall, keys, points)
        return points, points < wanted

    def _level(self, state: AdvocateState) -> str | None:
        index = level_index(self.rules.levels, self.level_thresholds, state.lifetime_points)
        if index == state.level:
            return None
        state.level = index
        return self.rules.levels[index].name if index >= 0 else None

    def _badges(self, state: AdvocateState, changed: list[str]) -> tuple[BadgeEarned, ...]:
        earned = []
        for metric in changed:
            for badge in self.badges_by_metric.get(metric, ()):
                tier = badge.tier_for(state.metric(metric))
                if tier > state.badges.get(badge.id, 0):
                    state.badges[badge.id] = tier
                    earned.append(BadgeEarned(badge.id, badge.name, tier, badge.tier_name(tier)))
        return tuple(earned)


def _explain(points: int, name: str, notes: list[str], capped: bool) -> str:
    sign = "+" if points >= 0 else ""
    text = f"{sign}{points}: {name}"
    if notes:
        text += " " + ", ".join(notes)
    return text + (" (capped)" if capped else "")
