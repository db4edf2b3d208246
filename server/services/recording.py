"""What every recorded event goes through: the engine (with any team challenge it completes) in
the caller's transaction, then, after the commit, the live updates."""

from dataclasses import replace

from gamification import Event
from server.models import User
from server.realtime import publish
from server.services import challenges, notifications, scoring
from server.services.rulebook import active_rule_set


def score_recorded(user: User, event: Event, content_id: int | None) -> scoring.ScoredEvent:
    """Score an event the caller has just added to the session; the caller commits."""
    rules = active_rule_set(event.occurred_at)
    open_challenges = challenges.open_for(rules.challenges, user, event)
    if open_challenges:
        challenges.lock_team(user.team_id)
    scored = scoring.score(user, event, content_id=content_id)
    rewarded = challenges.pay_if_met(open_challenges, rules.version)
    return replace(scored, rewarded=rewarded)


def announce(user: User, scored: scoring.ScoredEvent) -> dict[str, int]:
    """After the commit: move the boards, tell the advocate (and rewarded teammates) what changed.
    Returns the advocate's points."""
    return announce_many([(user, scored)])[user.id]


def announce_many(scored_events) -> dict[int, dict[str, int]]:
    """`announce` for several committed events at once: the boards move once for all of them."""
    news_for = []
    for user, scored in scored_events:
        news_for += [(user.id, scored.progress), *(scored.rewarded or {}).items()]
    points = publish.scores_changed([member for member, _ in news_for])
    for member, news in news_for:
        if any(news.values()):
            publish.progress_changed(member, news)
            notifications.progress(member, news)  # to their phones too, when they want it
    return points
