"""Team challenge cards: the goal, how far the team has got, days left and who is contributing.

A running challenge is counted live (one grouped query each); an ended one is read from the
result kept when it ended (scoring/challenges.py), so it outlives its removal from the rules.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from gamification import TeamChallenge
from server.errors import Refused
from server.extensions import db
from server.models import ChallengeResult, Team, User
from server.models.types import utcnow
from server.organisation.models import settings as org_settings
from server.organisation.service import managed_team_ids
from server.rules.rulebook import active_rule_set
from server.scoring import challenges as counting

EVENT_LABELS = {"share": "shares", "click": "clicks", "content_opened": "content opened"}
TOP = 10  # contributors named on a card; the rest are summed as "others"
HISTORY = timedelta(days=365)  # how far back ended challenges are listed


def cards_for(viewer: User, team_id: int | None = None) -> dict:
    """The running and ended challenges of the teams the viewer may see (or of `team_id`)."""
    teams = _teams_in_view(viewer, team_id)
    now = utcnow()
    shown = [c for c in active_rule_set(now).challenges if teams is None or c.team_id in teams]
    running = sorted((c for c in shown if c.starts <= now < c.ends), key=lambda c: c.ends)
    # A goal met keeps its result at once; the rules' copy of a running challenge is the truth.
    live = {(c.id, c.team_id) for c in running}
    results = [r for r in _results(teams, now - HISTORY, now) if (r.challenge_id, r.team_id) not in live]
    kept = {(r.challenge_id, r.team_id) for r in results}
    unkept = [c for c in shown if now - HISTORY <= c.ends <= now and (c.id, c.team_id) not in kept]
    ended = [_counted(c) for c in unkept] + [_from_result(r) for r in results]
    ended.sort(key=lambda facts: facts["ends"], reverse=True)
    running_facts = [_counted(c) for c in running]
    cards = _cards(running_facts + ended, now, viewer.id)
    return {"running": cards[: len(running_facts)], "ended": cards[len(running_facts) :]}


def live_card(challenge: TeamChallenge) -> tuple[dict, list[int]]:
    """One card for the whole team (without `mine`) and the active members it goes to."""
    card = _cards([_counted(challenge)], utcnow(), None)[0]
    members = db.session.scalars(
        db.select(User.id).filter(User.team_id == challenge.team_id, User.active.is_(True))
    ).all()
    return card, list(members)


def _teams_in_view(viewer: User, team_id: int | None) -> set[int] | None:
    """The team ids whose challenges the viewer asks for and may see; None for every team."""
    if viewer.role == "advocate":
        allowed = {viewer.team_id} if viewer.team_id is not None else set()
    else:
        allowed = managed_team_ids(viewer)
    if team_id is None:
        return allowed
    if db.session.get(Team, team_id) is None:
        raise Refused(404, "not_found", f"There is no team {team_id}.")
    if allowed is not None and team_id not in allowed:
        whose = "your own team" if viewer.role == "advocate" else "your own team and the teams you manage"
        raise Refused(403, "forbidden", f"You can see the challenges of {whose} only.")
    return {team_id}


def _results(teams: set[int] | None, since: datetime, now: datetime) -> list[ChallengeResult]:
    query = db.select(ChallengeResult).filter(ChallengeResult.ends >= since, ChallengeResult.ends <= now)
    if teams is not None:
        query = query.filter(ChallengeResult.team_id.in_(teams))
    return list(db.session.scalars(query))


def _counted(challenge: TeamChallenge) -> dict:
    """A challenge's facts with its counts as they stand."""
    counts = counting.tally(challenge)
    met = sum(count for _, count in counts) >= challenge.target
    return {
        **_described(challenge),
        "counts": counts,
        "reached_at": counting.reached_at(challenge) if met else None,
    }


def _described(item) -> dict:
    names = ("name", "team_id", "event_type", "target", "reward_points", "starts", "ends")
    return {"id": getattr(item, "challenge_id", None) or item.id} | {n: getattr(item, n) for n in names}


def _from_result(row: ChallengeResult) -> dict:
    counts = [(entry["user_id"], entry["count"]) for entry in row.contributors or ()]
    return {**_described(row), "counts": counts, "reached_at": row.reached_at}


def _cards(facts: list[dict], now: datetime, viewer_id: int | None) -> list[dict]:
    """Cards for several challenges' facts, naming teams and contributors in two queries."""
    team_ids = {f["team_id"] for f in facts}
    user_ids = {user_id for f in facts for user_id, _ in f["counts"][:TOP]}
    teams = dict(db.session.execute(db.select(Team.id, Team.name).filter(Team.id.in_(team_ids))).all())
    names = dict(
        db.session.execute(db.select(User.id, User.display_name).filter(User.id.in_(user_ids))).all()
    )
    zone = org_settings().zone
    return [_card(f, now, zone, teams, names, viewer_id) for f in facts]


def _card(facts: dict, now: datetime, zone: ZoneInfo, teams: dict, names: dict, viewer_id) -> dict:
    counts, target = facts["counts"], facts["target"]
    count = sum(n for _, n in counts)
    rest = counts[TOP:]
    return {
        "id": facts["id"],
        "name": facts["name"],
        "team": {"id": facts["team_id"], "name": teams.get(facts["team_id"], "Former team")},
        "event_type": facts["event_type"],
        "event_label": EVENT_LABELS.get(facts["event_type"], facts["event_type"].replace("_", " ")),
        "target": target,
        "count": count,
        "percent": min(100, count * 100 // target) if target > 0 else 100,
        "starts": facts["starts"],
        "ends": facts["ends"],
        "days_left": days_left(facts["ends"], now, zone),
        "state": state(count, target, facts["ends"], now),
        "reached_at": facts["reached_at"],
        "reward_points": facts["reward_points"],
        "contributors": [
            {"user_id": user_id, "display_name": names.get(user_id, "Former advocate"), "count": n}
            for user_id, n in counts[:TOP]
        ],
        "others": {"people": len(rest), "count": sum(n for _, n in rest)},
        "mine": None if viewer_id is None else dict(counts).get(viewer_id, 0),
    }


def state(count: int, target: int, ends: datetime, now: datetime) -> str:
    met = count >= target
    if now >= ends:
        return "won" if met else "missed"
    return "reached" if met else "running"


def days_left(ends: datetime, now: datetime, zone: ZoneInfo) -> int:
    """Whole days after today until the window's last day, on the organisation's calendar: 0 on
    the last day (and once it has ended). `ends` is the first moment after the window."""
    if now >= ends:
        return 0
    last_day = (ends - timedelta(microseconds=1)).astimezone(zone).date()
    return max(0, (last_day - now.astimezone(zone).date()).days)
