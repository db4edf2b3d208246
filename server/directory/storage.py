"""Where scim2-server reads and writes Users and Groups: Amplify's people and teams. The library
speaks the protocol (validation, PATCH, filters, errors); this maps its resources onto our rows
and owns each request's transaction."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Union

from scim2_models import (
    PreconditionFailedException,
    Resource,
    ResourceType,
    ScimFilter,
    SearchRequest,
    UniquenessException,
)
from scim2_models.path import CompareOperator, Comparison
from scim2_server.storage import ScimStorage, SearchPage
from scim2_server.utils import parametrize
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from server.directory import people, teams
from server.directory.provider import GROUP, USER, provider
from server.extensions import db
from server.models import Team, User

# Filters a directory sends to match someone before provisioning, answered by the database; any
# other filter is evaluated over the resources (a directory sends those rarely, if ever).
EQUALITIES = {
    f"{USER}:userName": lambda value: User.email == value.strip().lower(),  # emails are kept lowercased
    f"{USER}:externalId": lambda value: User.external_id == value,
    f"{USER}:displayName": lambda value: func.lower(User.display_name) == value.lower(),
    f"{GROUP}:displayName": lambda value: func.lower(Team.name) == value.lower(),
    f"{GROUP}:externalId": lambda value: Team.external_id == value,
}


class AmplifyStorage(ScimStorage):
    def get(self, resource_type: ResourceType, resource_id: str, *, response_parameters=None) -> Resource:
        kind = _kind(resource_type)
        return kind.resource(_model(resource_type), kind.find(resource_id))

    def search(
        self, resource_types: list[ResourceType], search_request: SearchRequest, *, position: Any = None
    ) -> SearchPage:
        if len(resource_types) == 1:
            kind, model = _kind(resource_types[0]), _model(resource_types[0])
            query = _narrowed(kind.visible(), search_request.filter)
            if query is not None:
                return _page(kind, model, query, search_request)
        found = [
            _kind(resource_type).resource(_model(resource_type), row)
            for resource_type in resource_types
            for row in db.session.scalars(_kind(resource_type).visible())
        ]
        if search_request.filter is not None:
            models = Union[tuple(dict.fromkeys(type(resource) for resource in found))] if found else None  # noqa: UP007
            scim_filter = parametrize(ScimFilter, models)(str(search_request.filter)) if models else None
            found = [resource for resource in found if scim_filter and scim_filter.match(resource)]
        start = search_request.start_index_0 or 0
        stop = None if search_request.count is None else start + search_request.count
        return SearchPage(len(found), found[start:stop])

    def create(self, resource_type: ResourceType, resource: Resource) -> Resource:
        kind = _kind(resource_type)
        row = kind.create(resource)
        _commit()
        if kind is people:
            people.set_active(row, row.active)  # boards take in someone provisioned again at once
        return kind.resource(_model(resource_type), row)

    def update(self, resource_type: ResourceType, resource: Resource, *, expected_version=None) -> Resource:
        kind, model = _kind(resource_type), _model(resource_type)
        row = kind.find(resource.id)
        if expected_version is not None and kind.resource(model, row).meta.version != expected_version:
            raise PreconditionFailedException
        activity = kind.replace(row, resource)
        if activity is None:
            _commit()
        else:
            people.set_active(row, activity)  # commits, and ends their sessions when deactivated
        return kind.resource(model, row)

    def delete(self, resource_type: ResourceType, resource_id: str, *, expected_version=None) -> None:
        kind = _kind(resource_type)
        row = kind.find(resource_id)
        if kind is people:
            people.deprovision(row)
        else:
            teams.archive(row)
            _commit()

    @contextmanager
    def operation(self) -> Iterator[None]:
        """One request, one transaction: what a refused request half-wrote is rolled back."""
        try:
            yield
        except BaseException:
            db.session.rollback()
            raise


def _kind(resource_type: ResourceType):
    return people if resource_type.name == "User" else teams


def _model(resource_type: ResourceType) -> type[Resource]:
    return provider().model_for(resource_type)


def _commit() -> None:
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()  # two requests raced for the same userName, name or externalId
        raise UniquenessException(detail="Another record already has one of these unique values.") from None


def _narrowed(query, scim_filter):
    """The query for no filter or one of EQUALITIES, else None."""
    if scim_filter is None:
        return query
    node = scim_filter.ast
    if not isinstance(node, Comparison) or node.op != CompareOperator.eq or not isinstance(node.value, str):
        return None
    binding = scim_filter.resolve_comparison(node.attr_path, strict=False)
    condition = EQUALITIES.get(binding.urn) if binding is not None else None
    return query.filter(condition(node.value)) if condition else None


def _page(kind, model, query, search_request: SearchRequest) -> SearchPage:
    total = db.session.scalar(query.with_only_columns(func.count()).order_by(None))
    entity = query.column_descriptions[0]["entity"]
    query = query.order_by(entity.id).offset(search_request.start_index_0 or 0)
    if search_request.count is not None:
        query = query.limit(search_request.count)
    return SearchPage(total, [kind.resource(model, row) for row in db.session.scalars(query)])
