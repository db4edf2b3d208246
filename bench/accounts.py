"""Who the scaled-setup benchmarks sign in as."""

import psycopg


def accounts_of(group) -> list[str]:
    """Everyone in a team who may share now: guidelines acknowledged (not the demo's newcomer,
    whose every share would be refused with a 403 and measure nothing)."""
    query = (
        "SELECT email FROM users u WHERE team_id IS NOT NULL"
        " AND EXISTS (SELECT 1 FROM guidelines_acks a WHERE a.user_id = u.id) ORDER BY id"
    )
    with psycopg.connect(group.database_url.replace("+psycopg", "")) as conn:
        return [email for (email,) in conn.execute(query)]
