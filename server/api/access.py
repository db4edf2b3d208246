"""Who may call what: 401 when nobody is signed in, 403 when the role is wrong."""

from functools import wraps

from flask_login import current_user

from server.errors import Refused

LEADERS = ("manager", "admin")  # who may recognise people and review suggestions


def signed_in(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not current_user.is_authenticated:
            raise Refused(401, "unauthorized", "Please log in first.")
        return view(*args, **kwargs)

    return wrapper


def role_required(*roles: str):
    """Allow only signed-in users with one of `roles`."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                raise Refused(401, "unauthorized", "Please log in first.")
            if current_user.role not in roles:
                raise Refused(403, "forbidden", f"Only {' or '.join(roles)} users may do this.")
            return view(*args, **kwargs)

        return wrapper

    return decorate
