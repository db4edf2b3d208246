"""People as SCIM Users: userName is their email, displayName their name, the
enterprise extension their department and manager, groups their team (read-only: a Group's
members move people between teams). A directory never hard-deletes anyone: deprovisioning
deactivates them, and their ledger, badges and history stay."""

from scim2_models import InvalidValueException, NotFoundException, Resource, UniquenessException
from sqlalchemy import func
from sqlalchemy.sql import Select

from server.accounts import service as accounts
from server.directory import records
from server.directory.provider import ENTERPRISE, USER, provider
from server.extensions import db
from server.models import User
from server.models.types import utcnow
from server.sso.accounts import NO_PASSWORD

NAME_MAX, EMAIL_MAX, DEPARTMENT_MAX, EXTERNAL_ID_MAX = 80, 254, 80, 200


def visible() -> Select:
    """Everyone the directory may see: not deprovisioned, not deleted at their own request."""
    # A deprovisioned person keeps their row (and ledger) but leaves the directory's view: a
    # DELETE must answer 404 afterwards (RFC 7644 §3.6).
    return db.select(User).filter(User.deleted_at.is_(None), User.deprovisioned_at.is_(None))


def find(user_id: str) -> User:
    user = db.session.scalar(visible().filter(User.id == records.number(user_id)))
    if user is None:
        raise NotFoundException(detail=f"There is no person with id {user_id!r}.")
    return user


def resource(model: type[Resource], user: User) -> Resource:
    """The person as the directory sees them."""
    body = {
        "schemas": [USER, ENTERPRISE],
        "id": str(user.id),
        "externalId": user.external_id,
        "userName": user.email,
        "displayName": user.display_name,
        "active": user.active,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        ENTERPRISE: _enterprise(user),
    }
    if user.team is not None and user.team.archived_at is None:
        body["groups"] = [
            {
                "value": str(user.team.id),
                "$ref": f"Groups/{user.team.id}",
                "display": user.team.name,
                "type": "direct",
            }
        ]
    return records.finish(model, body, "User", user.created_at)


def _enterprise(user: User) -> dict:
    extension: dict = {"department": user.department}
    if user.manager_id is not None:
        extension["manager"] = {"value": str(user.manager_id), "$ref": f"Users/{user.manager_id}"}
    return extension


def create(sent: Resource) -> User:
    """A new advocate, in no team until a group adds them, who signs in by single sign-on or a
    password reset link. Someone deprovisioned before, with the same email, comes back instead:
    with their points and history."""
    email = _email(sent)
    user = db.session.scalar(db.select(User).filter(User.email == email))
    if user is not None and user.deprovisioned_at is None:
        raise UniquenessException(detail=f"There is already a person with the userName {email!r}.")
    if user is None:
        user = User(email=email, role="advocate", team_id=None, password_hash=NO_PASSWORD, active=True)
        db.session.add(user)
    user.external_id, user.deprovisioned_at = None, None
    user.display_name = _display_name(sent)
    _write(user, sent)
    user.active = True if sent.active is None else sent.active
    return user


def replace(user: User, sent: Resource) -> bool | None:
    """Apply the person's new state; return the activity to set when it changed (else None)."""
    user.email = _email(sent)
    records.unique(User, User.email, user.email, user.id, "userName")
    user.display_name = _display_name(sent)
    _write(user, sent)
    active = user.active if sent.active is None else sent.active
    return active if active != user.active else None


def deprovision(user: User) -> None:
    """Deactivate the person, ending their sessions, and hide them from the directory."""
    _not_the_last_admin(user)
    # The directory has given its id up: free it for whoever it names next.
    user.external_id, user.deprovisioned_at = None, utcnow()
    accounts.set_active(user, False)


def set_active(user: User, active: bool) -> None:
    if not active:
        _not_the_last_admin(user)
    accounts.set_active(user, active)  # ends sessions and moves the boards; commits


def _not_the_last_admin(user: User) -> None:
    """A directory that drops the only admin would lock everyone out of running the programme."""
    if user.role != "admin":
        return
    others = (
        db.select(func.count())
        .select_from(User)
        .filter(User.role == "admin", User.active.is_(True), User.id != user.id)
    )
    if not db.session.scalar(others):
        raise InvalidValueException(
            detail=f"{user.email} is Amplify's only active admin: make someone else an admin in Amplify "
            "before the directory deactivates them."
        )


def _write(user: User, sent: Resource) -> None:
    external_id = records.text(sent.external_id, "externalId", EXTERNAL_ID_MAX)
    records.unique(User, User.external_id, external_id, user.id, "externalId")
    user.external_id = external_id
    extension = _extension(sent)
    user.department = records.text(extension.department if extension else None, "department", DEPARTMENT_MAX)
    user.manager_id = _manager(user, extension)


def _email(sent: Resource) -> str:
    email = records.text(sent.user_name, "userName", EMAIL_MAX)
    if not email:
        raise InvalidValueException(detail="Give the person's userName: their email address.")
    return email.lower()


def _display_name(sent: Resource) -> str:
    name = records.text(sent.display_name, "displayName", NAME_MAX)
    if not name:
        raise InvalidValueException(detail="Give the person's displayName: the name colleagues know.")
    return name


def _extension(sent: Resource):
    return sent[provider().model_for(ENTERPRISE)]


def _manager(user: User, extension) -> int | None:
    manager = extension.manager if extension else None
    if manager is None or not manager.value:
        return None
    manager_id = records.number(manager.value)
    if manager_id == user.id:
        raise InvalidValueException(detail="A person cannot be their own manager.")
    if db.session.scalar(visible().filter(User.id == manager_id)) is None:
        raise InvalidValueException(detail=f"There is no person with id {manager.value!r} to be the manager.")
    return manager_id
