"""What every recorded event goes through: the engine in the caller's transaction, then, after the
commit, any team challenge it completed and the live updates."""

from dataclasses import replace

from huey import crontab

from gamification import Event
from server import tasks
from server.challenges import live
from server.models import User
from server.push import notifications
from server.realtime import publish
from server.rules.rulebook import active_rule_set
from server.scoring import challenges
from server.scoring import service as scoring


def score_recorded(user: User, event: Event, content_id: int | None) -> scoring.ScoredEvent:
    """Score an event the caller has just added to the session; the caller commits."""
    rules = active_rule_set(event.occurred_at)
    open_challenges = tuple(challenges.open_for(rules.challenges, user, event))
    scored = scoring.score(user, event, content_id=content_id)
    return replace(scored, challenges=open_challenges, rules_version=rules.version)


def after_commit(user: User, scored: scoring.ScoredEvent) -> dict[str, int]:
    """After the commit: settle team challenges, move the boards, tell the advocate (and rewarded
    teammates) what changed. Returns the advocate's points."""
    return after_commit_many([(user, scored)])[user.id]


def after_commit_many(scored_events) -> dict[int, dict[str, int]]:
    """`after_commit` for several committed events at once: the boards move once for all of them."""
    news_for = [(user.id, scored.progress) for user, scored in scored_events]
    # Several of the events (a batch of clicks) may count toward one challenge: settle it once.
    pending = {c.id: (c, scored.rules_version) for _, scored in scored_events for c in scored.challenges}
    for challenge, version in pending.values():
        rewarded = challenges.settle([challenge], version)
        news_for += rewarded.items()
        live.counted(challenge, reached=bool(rewarded))  # the team's card, and once its celebration
    return _tell(news_for)


# Pays a team challenge whose last event's process died between its commit and settling.
@tasks.periodic("settle_challenges", crontab(minute="*"))
def settle_due() -> int:
    """The minute's task: pay any team challenge met but not settled (its event's process died
    first), and tell the rewarded members; returns how many were rewarded."""
    rewarded = challenges.settle_running(on_reached=lambda challenge: live.counted(challenge, reached=True))
    if rewarded:
        _tell(list(rewarded.items()))
    return len(rewarded)


def _tell(news_for: list[tuple[int, dict]]) -> dict[int, dict[str, int]]:
    points = publish.scores_changed([member for member, _ in news_for])
    for member, news in news_for:
        if any(news.values()):
            publish.progress_changed(member, news)
            notifications.progress(member, news)  # to their phones too, when they want it
    return points
