"""What the SCIM endpoint says it serves: the attributes of a person and a team that Amplify keeps,
and the capabilities of the service. A directory (Entra ID, Okta) reads this from /Schemas,
/ResourceTypes and /ServiceProviderConfig; publishing only what is stored means an attribute a
directory sends is either kept or, being unknown here, ignored: never accepted and then lost."""

from functools import cache

from scim2_models import (
    AuthenticationScheme,
    Bulk,
    ChangePassword,
    Context,
    ETag,
    Filter,
    Mutability,
    Patch,
    Reference,
    Required,
    Schema,
    ScimPolicy,
    ScimProvider,
    ServiceProviderConfig,
    Sort,
)
from scim2_server.service import ScimService
from scim2_server.utils import load_default_resource_types, load_default_schemas

USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
MAX_RESULTS = 200

# The attributes each schema keeps (with their sub-attributes), and those Amplify derives and so
# publishes read-only: a person's email is their userName, their groups are their team. A name
# is one string here: displayName, which is required; name.givenName and the like are read only
# to make a displayName when a directory sends none (scim.py).
KEPT = {
    USER: {
        "userName": None,
        "displayName": None,
        "active": None,
        "emails": {"value", "type", "primary"},
        "groups": {"value", "$ref", "display", "type"},
    },
    GROUP: {"displayName": None, "members": {"value", "$ref", "type"}},
    ENTERPRISE: {"department": None, "manager": {"value", "$ref"}},
}
DERIVED = {(USER, "emails")}
REQUIRED = {(USER, "displayName"), (USER, "active")}

BEARER = AuthenticationScheme(
    type=AuthenticationScheme.Type.oauthbearertoken,
    name="Bearer token",
    description="A token an Amplify admin makes on the Directory sync screen.",
    spec_uri=Reference("https://datatracker.ietf.org/doc/html/rfc6750"),
    primary=True,
)

# Directories depart from the RFCs in known ways: Entra ID sends a remove with a value to name
# the member to take out, and a PATCH on emails[type eq "work"] when there is no such entry yet.
# Attributes Amplify does not keep (phone numbers, addresses) are dropped rather than refused,
# so a directory with more mapped attributes than ours still provisions.
POLICY = ScimPolicy(
    unknown=ScimPolicy.Unknown.ignore,
    remove_value_as_filter=ScimPolicy.RemoveValue.apply,
    unmatched_path_filter=ScimPolicy.UnmatchedPathFilter.create,
)


def _slim(schema: Schema) -> Schema:
    kept = KEPT[str(schema.id)]
    attributes = []
    for attribute in schema.attributes or []:
        if attribute.name not in kept:
            continue
        subs = kept[attribute.name]
        update: dict = {}
        if subs is not None:
            update["sub_attributes"] = [
                _derived(schema, f"{attribute.name}.{sub.name}", sub)
                for sub in attribute.sub_attributes or []
                if sub.name in subs
            ]
        attributes.append(_derived(schema, attribute.name, attribute.model_copy(update=update)))
    return schema.model_copy(update={"attributes": attributes})


def _derived(schema: Schema, path: str, attribute):
    if (str(schema.id), path) in REQUIRED:
        return attribute.model_copy(update={"required": Required.true})
    if (str(schema.id), path) not in DERIVED:
        return attribute
    subs = [
        sub.model_copy(update={"mutability": Mutability.read_only}) for sub in attribute.sub_attributes or []
    ]
    return attribute.model_copy(update={"mutability": Mutability.read_only, "sub_attributes": subs or None})


def config() -> ServiceProviderConfig:
    return ServiceProviderConfig(
        documentation_uri=Reference("https://datatracker.ietf.org/doc/html/rfc7644"),
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_RESULTS),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=True),
        authentication_schemes=[BEARER],
    )


@cache
def provider() -> ScimProvider:
    schemas = [_slim(schema) for schema in load_default_schemas().values()]
    return ScimProvider.from_discovery(
        schemas, load_default_resource_types().values(), config=config(), policy=POLICY
    )


class AmplifyService(ScimService):
    def patch_response(self, base_url: str, resource, response_parameters):
        """The whole resource after a PATCH (200), not the library's 204: Okta reads it back."""
        published = self.publish(base_url, resource)
        return self.resource_response(published, Context.RESOURCE_REPLACEMENT_RESPONSE, response_parameters)


@cache
def service() -> ScimService:
    return AmplifyService(provider())
