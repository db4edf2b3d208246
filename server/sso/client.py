"""The authlib client for the configured provider: authorization code with PKCE, with the
provider's endpoints and signing keys found through its discovery document."""

from authlib.integrations.flask_client import FlaskIntegration, FlaskOAuth2App
from flask import current_app

# Seconds for each call to the provider (discovery, keys, token, userinfo): a slow provider
# must not hold a server thread for long.
TIMEOUT = 10
SETTINGS = ("OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_SCOPES")


def provider() -> FlaskOAuth2App:
    """The client for the settings in force; built once, as it caches the discovery document."""
    config = current_app.config
    key = tuple(config[name] for name in SETTINGS)
    clients = current_app.extensions.setdefault("sso_clients", {})
    if key not in clients:
        clients.clear()  # settings changed (tests do): the old provider's cache is of no use
        clients[key] = _build(*key)
    return clients[key]


def _build(issuer: str, client_id: str, client_secret: str | None, scopes: str) -> FlaskOAuth2App:
    return FlaskOAuth2App(
        FlaskIntegration("oidc"),
        name="oidc",
        client_id=client_id,
        client_secret=client_secret,
        server_metadata_url=issuer.rstrip("/") + "/.well-known/openid-configuration",
        client_kwargs={"scope": scopes, "code_challenge_method": "S256", "default_timeout": TIMEOUT},
    )


def issuer_of(client: FlaskOAuth2App) -> str:
    """The provider's own name for itself, once checked against the one configured: a discovery
    document naming another issuer would let that issuer's tokens in."""
    issuer = client.load_server_metadata().get("issuer", "")
    if issuer.rstrip("/") != current_app.config["OIDC_ISSUER"].rstrip("/"):
        raise ValueError(f"discovery names issuer {issuer!r}, not {current_app.config['OIDC_ISSUER']!r}")
    return issuer
