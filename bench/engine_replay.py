"""Replay speed of the rules engine, side by side with the same rules evaluated by hand-written
Python and by the rule-engine library itself, plus the latency of scoring one live event.

    .venv/bin/python bench/engine_replay.py [--advocates 10000] [--per-advocate 200]
"""

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import rule_engine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.handwritten import MATCHERS
from gamification import AdvocateState, Event, RuleBook, demo_rule_set, replay, synthetic
from gamification.fields import context
from gamification.matcher import build_context

ANCHOR = datetime(2026, 3, 15, tzinfo=UTC)


def library_matchers(rule_set) -> dict:
    """Each trigger's rules evaluated per event by rule-engine's own Rule.matches."""
    typed = context()
    matchers = {}
    for trigger in {rule.trigger for rule in rule_set.rules}:
        conditions = [r.condition or "true" for r in rule_set.rules if r.trigger == trigger]
        rules = [rule_engine.Rule(condition, context=typed) for condition in conditions]
        matchers[trigger] = _library_matcher(rules, build_context(trigger))
    return matchers


def _library_matcher(rules, values):
    def match(attrs, state, local):
        flat = values(attrs, state, local)
        return [index for index, rule in enumerate(rules) if rule.matches(flat)]

    return match


def timed_replay(events, book, teams, repeat: int) -> tuple[float, dict]:
    runs, totals = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = replay(events, book, teams, keep_awards=False)
        runs.append(time.perf_counter() - started)
        totals = dict(result.totals)
    return statistics.median(runs), totals


def condition_speed(rule_set, events, repeat: int) -> dict:
    """Only the condition evaluation, on identical (event, state, local time) inputs."""
    book = RuleBook([rule_set])
    states = replay(events, book, keep_awards=False).states
    engine = book.latest
    inputs = [(e.type, e.attributes, states[e.advocate_id], engine.clock.at(e.occurred_at)) for e in events]
    evaluators = {
        "compiled (ours)": {t: engine.matcher(t) for t in engine.rules_by_trigger},
        "hand-written Python": MATCHERS,
        "rule-engine per event": library_matchers(rule_set),
    }
    timings = {}
    for name, matchers in evaluators.items():
        runs = []
        for _ in range(repeat):
            started = time.perf_counter()
            for kind, attrs, state, local in inputs:
                matchers[kind](attrs, state, local)
            runs.append(time.perf_counter() - started)
        timings[name] = statistics.median(runs)
    return timings


def live_latency(book, events, count: int) -> list[float]:
    """Score `count` single events on warmed states, one call each, in microseconds."""
    warmed = replay(events, book, synthetic.teams_for(10_000), keep_awards=False).states
    engine, advocates = book.latest, sorted(warmed)
    samples = []
    last = max(e.occurred_at for e in events)
    for n in range(count):
        advocate = advocates[n % len(advocates)]
        event = Event(
            f"live:{n}",
            "share",
            advocate,
            last + timedelta(seconds=n),
            {"network": "linkedin", "content_id": n % 50, "tags": ("launch",)},
        )
        started = time.perf_counter_ns()
        engine.apply(warmed.get(advocate) or AdvocateState(advocate), event)
        samples.append((time.perf_counter_ns() - started) / 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--advocates", type=int, default=10_000)
    parser.add_argument("--per-advocate", type=int, default=200)
    parser.add_argument("--sample-advocates", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    rule_set = demo_rule_set(ANCHOR, challenge_team_id=1)
    teams = synthetic.teams_for(args.advocates)
    events = synthetic.events(args.advocates, args.per_advocate)
    print(
        f"demo rule set: {len(rule_set.rules)} rules, {len(rule_set.badges)} badges, "
        f"{len(rule_set.campaigns)} campaigns, {len(rule_set.challenges)} team challenge"
    )
    print(f"synthetic year: {args.advocates:,} advocates, {len(events):,} events")

    ours = RuleBook([rule_set])
    seconds, _ = timed_replay(events, ours, teams, args.repeat)
    print(
        f"\nfull replay, compiled matchers: median {seconds:.2f} s = {len(events) / seconds:,.0f} events/s "
        f"(median of {args.repeat}, one core)"
    )

    sample = [e for e in events if e.advocate_id <= args.sample_advocates]
    print(
        f"\nside by side on {len(sample):,} events of {args.sample_advocates} advocates, the same engine "
        "with three condition evaluators:"
    )
    results = {}
    for name, book in [
        ("compiled (ours)", ours),
        ("hand-written Python", RuleBook([rule_set], matchers=MATCHERS)),
        ("rule-engine per event", RuleBook([rule_set], matchers=library_matchers(rule_set))),
    ]:
        results[name] = timed_replay(sample, book, teams, args.repeat)
        print(
            f"  {name:<24} median {results[name][0]:.3f} s = {len(sample) / results[name][0]:,.0f} events/s"
        )
    ours_s = results["compiled (ours)"][0]
    print(f"  ours vs rule-engine: {results['rule-engine per event'][0] / ours_s:.1f}x faster")
    print(f"  ours vs hand-written: {ours_s / results['hand-written Python'][0]:.2f}x the time")
    same = len({tuple(sorted(totals.items())) for _, totals in results.values()}) == 1
    print(f"  identical totals from all three: {same}")

    timings = condition_speed(rule_set, sample, args.repeat)
    print(f"\nconditions alone, {len(sample):,} events (each evaluates every rule of its trigger):")
    for name, seconds in timings.items():
        print(f"  {name:<24} median {seconds:.3f} s = {len(sample) / seconds:,.0f} events/s")
    ours_s = timings["compiled (ours)"]
    print(f"  ours vs rule-engine: {timings['rule-engine per event'] / ours_s:.1f}x faster")
    print(f"  ours vs hand-written: {ours_s / timings['hand-written Python']:.2f}x the time")

    samples = live_latency(ours, sample, 20_000)
    cuts = statistics.quantiles(samples, n=100)
    print(f"\nscoring one live event (20,000 calls): p50 {cuts[49]:.1f} us, p99 {cuts[98]:.1f} us")
    if not same:
        sys.exit("evaluators disagree: the comparison is void")


if __name__ == "__main__":
    main()
