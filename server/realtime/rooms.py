"""Room names shared by the socket handlers and the publisher."""


def personal(user_id: int) -> str:
    return f"advocate:{user_id}"


def session(session_id: str) -> str:
    """One signed-in browser's sockets: signing out of it drops them, and only them."""
    return f"session:{session_id}"
