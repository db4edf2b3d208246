"""What people and teams share on their way to and from SCIM: ids, checked text, unique values,
and the meta block (with a version that changes whenever the resource does)."""

import hashlib
import json
from datetime import datetime

from scim2_models import InvalidValueException, Meta, NotFoundException, Resource, UniquenessException

from server.extensions import db
from server.schemas.common import MAX_ID


def number(resource_id: str | None) -> int:
    """Our ids are numbers: anything else names nothing here."""
    text = str(resource_id or "")
    if not text.isdigit() or len(text) > 10 or int(text) > MAX_ID:
        raise NotFoundException(detail=f"Nothing here has the id {resource_id!r}.")
    return int(text)


def text(value: str | None, label: str, limit: int) -> str | None:
    """A value stripped of surrounding spaces, or None when blank; too long is refused by name."""
    if value is None:
        return None
    value = str(value).strip()
    if len(value) > limit:
        raise InvalidValueException(detail=f"{label} is too long: up to {limit} characters.")
    return value or None


def unique(model, column, value, own_id: int | None, label: str) -> None:
    """Refuse a value another row already holds, before the database would."""
    if value is None:
        return
    query = db.select(model.id).filter(column == value)
    if own_id is not None:
        query = query.filter(model.id != own_id)
    if db.session.scalar(query.limit(1)) is not None:
        raise UniquenessException(detail=f"Another record already has this {label}: {value!r}.")


def finish(model: type[Resource], body: dict, resource_type: str, created: datetime | None) -> Resource:
    """The resource with its meta: the version is a digest of its content, so it changes exactly
    when the resource does (If-Match and ETags rest on it)."""
    digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()[:20]
    resource = model.model_validate(body)
    resource.meta = Meta(
        resource_type=resource_type, created=created, last_modified=created, version=f'W/"{digest}"'
    )
    return resource
