"""The provider's answer at the callback, checked: state, code exchange with the PKCE verifier,
the ID token's signature (the provider's published keys), issuer, audience, expiry and nonce."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.base_client import MismatchingStateError, OAuthError
from joserfc.errors import JoseError

from server.sso import client
from server.sso.accounts import SsoRefused

log = logging.getLogger(__name__)


def verified_claims() -> tuple[str, dict]:
    """The issuer and the person's claims, or SsoRefused naming what went wrong."""
    oidc = client.provider()
    with refusals():
        issuer = client.issuer_of(oidc)
        # Checks the state against this browser's session, then (with an ID token and the nonce
        # saved at the start) the signature and claims of the ID token.
        token = oidc.authorize_access_token()
        claims = token.get("userinfo")
        if not claims:
            raise SsoRefused("sso_invalid", "the provider sent no ID token")
        return issuer, _with_userinfo(oidc, token, dict(claims))


def _with_userinfo(oidc, token: dict, claims: dict) -> dict:
    """Some providers leave the email out of the ID token; their userinfo endpoint has it."""
    if claims.get("email") or not oidc.server_metadata.get("userinfo_endpoint"):
        return claims
    extra = oidc.userinfo(token=token)
    if extra.get("sub") != claims["sub"]:  # OpenID Connect Core 5.3.2: else it may be someone else
        raise SsoRefused("sso_invalid", "userinfo names another subject")
    return {**extra, **claims}


@contextmanager
def refusals() -> Iterator[None]:
    """Turn the ways a sign-in fails into the codes the login screen explains."""
    try:
        yield
    except MismatchingStateError as error:  # started in another browser, or long ago
        raise SsoRefused("sso_expired", str(error)) from error
    except OAuthError as error:
        code = "sso_denied" if error.error == "access_denied" else "sso_failed"
        raise SsoRefused(code, str(error)) from error
    except (JoseError, AuthlibBaseError) as error:
        raise SsoRefused("sso_invalid", f"{type(error).__name__}: {error}") from error
    except requests.RequestException as error:
        raise SsoRefused("sso_unavailable", str(error)) from error
    except ValueError as error:  # a discovery document for another issuer, or a malformed key
        raise SsoRefused("sso_failed", str(error)) from error
