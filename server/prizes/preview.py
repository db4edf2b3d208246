"""What a closed month would award: each prize's winners from the frozen standings, with who is
excluded and why, and the problems that stop the award (a prize nobody can win)."""

from server.extensions import db
from server.models import MonthClose, Prize, PrizeExclusion, PrizeWinner, Standing, Team, User
from server.prizes import announcement, exclusions
from server.prizes.scope import month_label, scope_label
from server.prizes.selection import Entry, Rules, choose


def preview(record: MonthClose) -> dict:
    """Confirmed months show what was awarded; open ones what confirming would award now."""
    prizes = _prizes(record)
    entries = [_entry(s) for s in record.standings]
    names = _names([e.user_id for e in entries])
    teams = {t.id: t.name for t in db.session.scalars(db.select(Team))}
    titles = {prize.id: prize.title for prize in prizes}
    everyone = [_excluded(row, names, teams, titles) for row in exclusions.of_close(record)]
    won = _won_elsewhere(record)
    items = []
    for prize in prizes:
        applying = {row.id for row in exclusions.applying(record, prize)}
        excluded = [row for row in everyone if row["id"] in applying]
        winners, eligible = _winners(record, prize, entries, {x["member_id"] for x in excluded}, won)
        items.append(_item(prize, winners, eligible, excluded, names, teams, record.month))
    return {
        "id": record.id,
        "month": record.month,
        "month_label": month_label(record.month),
        "team_id": record.team_id,
        "scope": scope_label(record.team_id),
        "seed": record.seed,
        "closed_at": record.closed_at,
        "confirmed_at": record.confirmed_at,
        "advocates": len(entries),
        "prizes": items,
        "exclusions": everyone,
        "problems": [_problem(item) for item in items if not item["winners"]],
    }


def _winners(record: MonthClose, prize: Prize, entries: list[Entry], excluded: set[int], won: set[int]):
    """What was awarded, or what confirming now would award (its winners join `won`), and how
    many could have won (None once awarded)."""
    if record.confirmed_at is not None:
        return _awarded(prize.id), None
    rules = Rules(
        prize.id,
        prize.method,
        prize.quantity,
        prize.min_points,
        prize.min_active_days,
        prize.ticket_cap,
        prize.allow_repeat,
    )
    choice = choose(rules, entries, record.seed, excluded, won)
    if not choice.by_team:
        won |= {member for member, _ in choice.winners}
    return [{"id": member, "figure": figure} for member, figure in choice.winners], choice.eligible


def _problem(item: dict) -> str:
    who = "teams" if item["method"] == "best_team" else "advocates"
    return f"'{item['title']}' has no eligible {who}: lower its minimum or remove it."


def _item(
    prize: Prize, winners: list[dict], eligible, excluded: list[dict], names: dict, teams: dict, month: str
) -> dict:
    by_team = prize.method == "best_team"
    for winner in winners:
        member = winner.pop("id")
        if by_team:
            winner.update(team_id=member, name=teams.get(member, f"Team {member}"))
        else:
            winner.update(user_id=member, **names.get(member, {"name": f"Advocate {member}", "team": None}))
    return {
        "id": prize.id,
        "title": prize.title,
        "method": prize.method,
        "quantity": prize.quantity,
        "eligible": eligible,
        "winners": winners,
        "shortfall": max(prize.quantity - len(winners), 0),
        "excluded": excluded,
        "announcement": announcement.for_prize(prize.title, prize.method, month),
    }


def _prizes(record: MonthClose) -> list[Prize]:
    query = db.select(Prize).filter_by(month=record.month, scope_key=record.scope_key).order_by(Prize.id)
    return list(db.session.scalars(query))


def _entry(s: Standing) -> Entry:
    return Entry(s.user_id, s.team_id, s.points, s.previous_points, s.active_days, s.reached_at)


def _names(user_ids: list[int]) -> dict:
    rows = db.session.execute(
        db.select(User.id, User.display_name, Team.name)
        .outerjoin(Team, Team.id == User.team_id)
        .filter(User.id.in_(user_ids))
    )
    return {uid: {"name": name, "team": team} for uid, name, team in rows}


def _excluded(row: PrizeExclusion, names: dict, teams: dict, titles: dict) -> dict:
    by_team = row.team_id is not None
    member = row.team_id if by_team else row.user_id
    by = db.session.get(User, row.excluded_by_id) if row.excluded_by_id else None
    return {
        "id": row.id,
        "scope": row.scope,
        "prize_id": row.prize_id,
        "prize": titles.get(row.prize_id),
        "member_id": member,
        "user_id": row.user_id,
        "team_id": row.team_id,
        "name": teams.get(member) if by_team else names.get(member, {}).get("name"),
        "reason": row.reason,
        "by": by.display_name if by else None,
        "at": row.created_at,
    }


def _awarded(prize_id: int) -> list[dict]:
    rows = db.session.scalars(db.select(PrizeWinner).filter_by(prize_id=prize_id).order_by(PrizeWinner.place))
    return [
        {
            "id": w.team_id if w.team_id is not None else w.user_id,
            "figure": w.figure,
            "status": w.status,
            "winner_id": w.id,
        }
        for w in rows
    ]


def _won_elsewhere(record: MonthClose) -> set[int]:
    """People who already won a prize this month in another scope's confirmed close."""
    query = (
        db.select(PrizeWinner.user_id)
        .join(MonthClose, MonthClose.id == PrizeWinner.close_id)
        .filter(MonthClose.month == record.month, MonthClose.id != record.id, PrizeWinner.user_id.isnot(None))
    )
    return set(db.session.scalars(query))
