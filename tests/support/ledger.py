"""Read a live server's ledger and shares straight from its database, to compare with what the
API answered: the ledger is the truth the answers must agree with."""

import sqlalchemy
from sqlalchemy import text


def engine_for(database_url: str) -> sqlalchemy.Engine:
    if database_url.startswith("sqlite"):
        return sqlalchemy.create_engine(database_url)
    return sqlalchemy.create_engine("postgresql+psycopg://" + database_url.split("://", 1)[1])


def _rows(database_url: str, query: str, **params) -> list:
    engine = engine_for(database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(query), params))
    finally:
        engine.dispose()


def all_time_sums(database_url: str) -> dict[int, int]:
    """Each advocate's points: the sum of their ledger rows."""
    rows = _rows(database_url, "SELECT user_id, SUM(points) FROM ledger_entries GROUP BY user_id")
    return {user_id: int(points) for user_id, points in rows}


def shares_of(database_url: str, user_id: int) -> list[tuple[int, str]]:
    """(share id, client id) of every share the advocate has."""
    query = "SELECT id, client_id FROM shares WHERE user_id = :user_id ORDER BY id"
    return [tuple(row) for row in _rows(database_url, query, user_id=user_id)]


def share_counts(database_url: str) -> dict[int, int]:
    """How many shares each advocate has."""
    rows = _rows(database_url, "SELECT user_id, COUNT(*) FROM shares GROUP BY user_id")
    return {user_id: int(count) for user_id, count in rows}


def share_awards(database_url: str) -> dict[int, int]:
    """Points per share id, summed over the ledger rows its event wrote (the advocate's own)."""
    query = (
        "SELECT s.id, COALESCE(SUM(l.points), 0) FROM shares s LEFT JOIN ledger_entries l"
        " ON l.event_id = 'share:' || s.id AND l.user_id = s.user_id GROUP BY s.id"
    )
    return {share_id: int(points) for share_id, points in _rows(database_url, query)}


def orphan_share_awards(database_url: str) -> list[str]:
    """Ledger rows naming a share event whose share row does not exist: half of an award."""
    query = (
        "SELECT DISTINCT l.event_id FROM ledger_entries l WHERE l.event_type = 'share' AND NOT EXISTS"
        " (SELECT 1 FROM shares s WHERE 'share:' || s.id = l.event_id)"
    )
    return [event_id for (event_id,) in _rows(database_url, query)]
