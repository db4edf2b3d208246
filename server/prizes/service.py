"""The prize catalogue (what can be won each month, company-wide or in a team), the winners'
wall, each advocate's own wins, and fulfilment of awarded prizes."""

from datetime import datetime

from server.errors import Refused
from server.extensions import db
from server.leaderboards.periods import period_key, previous_month
from server.models import AuditEntry, MonthClose, Organisation, Prize, PrizeExclusion, PrizeWinner, Team, User
from server.models.types import utcnow
from server.prizes.models import scope_key
from server.prizes.scope import check_scope, may_manage, month_label, scope_label

PRIVATE_NAME = "A colleague who keeps their ranking private"


def catalogue(viewer: User, month: str) -> list[Prize]:
    """The month's prizes the viewer can win or runs: the company's and their team's (admins: all)."""
    query = db.select(Prize).filter(Prize.month == month)
    if viewer.role != "admin":
        query = query.filter((Prize.team_id.is_(None)) | (Prize.team_id == viewer.team_id))
    return list(db.session.scalars(query.order_by(Prize.scope_key, Prize.id)))


def create(actor: User, fields: dict) -> Prize:
    check_scope(actor, fields.get("team_id"))
    _check_team(fields)
    _not_awarded(fields["month"], fields.get("team_id"))
    prize = Prize(**fields, created_by_id=actor.id)
    db.session.add(prize)
    db.session.commit()
    return prize


def update(actor: User, prize_id: int, fields: dict) -> Prize:
    prize = get_managed(actor, prize_id)
    merged = {"month": prize.month, "team_id": prize.team_id, "method": prize.method, **fields}
    check_scope(actor, merged["team_id"])
    _check_team(merged)
    _not_awarded(merged["month"], merged["team_id"])
    for name, value in fields.items():
        setattr(prize, name, value)
    db.session.commit()
    return prize


def delete(actor: User, prize_id: int) -> None:
    prize = get_managed(actor, prize_id)
    # Exclusions belong to the prize (the audit log keeps who was excluded and why); left behind
    # they blocked the delete with a baffling 409.
    db.session.execute(db.delete(PrizeExclusion).filter_by(prize_id=prize.id))
    db.session.delete(prize)
    db.session.commit()


def get_managed(actor: User, prize_id: int) -> Prize:
    prize = db.session.get(Prize, prize_id)
    if prize is None:
        raise Refused(404, "not_found", f"No prize with id {prize_id}.")
    check_scope(actor, prize.team_id)
    _not_awarded(prize.month, prize.team_id)
    return prize


def _check_team(fields: dict) -> None:
    team_id = fields.get("team_id")
    if team_id is not None and db.session.get(Team, team_id) is None:
        raise Refused(422, "validation_error", f"No team with id {team_id}.", {"team_id": ["Unknown team."]})
    if fields.get("method") == "best_team" and team_id is not None:
        message = "A best team prize is for the whole company: teams compete with each other."
        raise Refused(422, "validation_error", message, {"method": [message]})


def _not_awarded(month: str, team_id: int | None) -> None:
    close = db.session.scalar(db.select(MonthClose).filter_by(month=month, scope_key=scope_key(team_id)))
    if close is not None and close.confirmed_at is not None:
        message = (
            f"{month_label(month)} prizes for {scope_label(team_id)} are already awarded: they are final."
        )
        raise Refused(409, "already_awarded", message)


def ready_to_close(viewer: User | None, now: datetime | None = None) -> list[dict]:
    """Scopes the viewer runs (None: every scope) whose last month has ended, with prizes, and
    is not yet closed."""
    month = previous_month(period_key("month", now or utcnow(), Organisation.current().zone))
    scopes = db.session.execute(
        db.select(Prize.team_id, db.func.count()).filter(Prize.month == month).group_by(Prize.team_id)
    ).all()
    closed = set(db.session.scalars(db.select(MonthClose.scope_key).filter_by(month=month)))
    return [
        {
            "month": month,
            "month_label": month_label(month),
            "team_id": team,
            "scope": scope_label(team),
            "prizes": n,
        }
        # The company's first, then teams by id: the prize manager opens on the first.
        for team, n in sorted(scopes, key=lambda row: (row[0] is not None, row[0] or 0))
        if (viewer is None or may_manage(viewer, team)) and scope_key(team) not in closed
    ]


def wall(month: str | None) -> dict:
    """Every awarded month's winners, for everyone: the latest month unless one is asked for."""
    months = list(
        db.session.scalars(
            db.select(MonthClose.month)
            .filter(MonthClose.confirmed_at.isnot(None))
            .distinct()
            .order_by(MonthClose.month.desc())
        )
    )
    month = month or (months[0] if months else None)
    rows = [] if month is None else _wall_rows(month)
    return {
        "month": month,
        "month_label": month_label(month) if month else None,
        "months": months,
        "winners": rows,
    }


def _wall_rows(month: str) -> list[dict]:
    query = (
        db.select(PrizeWinner)
        .join(MonthClose, MonthClose.id == PrizeWinner.close_id)
        .filter(MonthClose.month == month, MonthClose.confirmed_at.isnot(None))
        .order_by(MonthClose.scope_key, PrizeWinner.prize_id, PrizeWinner.place)
    )
    return [winner_out(w) for w in db.session.scalars(query)]


def winner_out(winner: PrizeWinner) -> dict:
    prize = winner.prize
    return {
        "id": winner.id,
        "prize": {
            "id": prize.id,
            "title": prize.title,
            "description": prize.description,
            "image_url": prize.image_url,
            "method": prize.method,
        },
        "month": prize.month,
        "scope": scope_label(prize.team_id),
        "place": winner.place,
        "figure": winner.figure,
        "status": winner.status,
        "user_id": winner.user_id,
        "team_id": winner.team_id,
        "name": _winner_name(winner),
    }


def _winner_name(winner: PrizeWinner) -> str:
    if winner.user_id is None:
        team = db.session.get(Team, winner.team_id)
        return team.name if team else f"Team {winner.team_id}"
    user = db.session.get(User, winner.user_id)
    return user.display_name if user.public_ranking else PRIVATE_NAME


def mine(user: User) -> list[dict]:
    """The advocate's wins, their team's included, newest first, each with its fulfilment."""
    query = db.select(PrizeWinner).filter(
        (PrizeWinner.user_id == user.id)
        | ((PrizeWinner.team_id == user.team_id) & PrizeWinner.team_id.isnot(None))
    )
    wins = db.session.scalars(query.order_by(PrizeWinner.awarded_at.desc(), PrizeWinner.id.desc()))
    rows = [winner_out(w) for w in wins]
    # Their own name even when they keep their ranking private.
    return [{**row, "name": user.display_name} if row["user_id"] else row for row in rows]


def fulfil(actor: User, winner_id: int, status: str) -> PrizeWinner:
    """Managers of the prize's scope move fulfilment on; a winner may say they received it."""
    winner = db.session.get(PrizeWinner, winner_id)
    if winner is None:
        raise Refused(404, "not_found", f"No awarded prize with id {winner_id}.")
    own = winner.user_id == actor.id
    if not may_manage(actor, winner.prize.team_id) and not (own and status == "received"):
        raise Refused(
            403, "forbidden", "Only the prize's managers can change this; winners can mark it received."
        )
    before = winner.status
    winner.status, winner.status_changed_at = status, utcnow()
    detail = {"winner_id": winner.id, "from": before, "to": status}
    db.session.add(AuditEntry(actor_id=actor.id, action="prizes.fulfilment", detail=detail))
    db.session.commit()
    return winner
