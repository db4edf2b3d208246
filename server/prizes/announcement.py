"""What a month's award tells each winner (by push and in the app) and shows on the winners'
wall: one place for the words, so the confirmation step shows exactly what will be sent."""

from server.prizes.scope import month_label

METHOD_WORDS = {
    "top": "top of the board",
    "raffle": "drawn in the raffle",
    "most_improved": "most improved",
    "best_team": "best team per member",
}


def told(prize_title: str, method: str, month: str) -> dict:
    """The notification a winner of the prize gets: its title and body."""
    return {"title": f"You won: {prize_title}", "body": f"{month_label(month)} · {METHOD_WORDS[method]}"}


def for_prize(prize_title: str, method: str, month: str) -> dict:
    """What confirming announces for one prize: who is told, what they read, and the wall."""
    to = "every member of the winning team" if method == "best_team" else "each winner"
    return {**told(prize_title, method, month), "to": to, "wall": "Shown on everyone's winners wall."}
