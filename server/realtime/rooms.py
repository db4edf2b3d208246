"""Room names shared by the socket handlers and the publisher."""


def personal(user_id: int) -> str:
    return f"advocate:{user_id}"
