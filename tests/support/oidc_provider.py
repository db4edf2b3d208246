"""A small, real OpenID Connect provider on loopback for the single sign-on tests: discovery, a
sign-in page, the token endpoint (authorization code, PKCE S256 required, client secret checked),
RS256 ID tokens, the key set and userinfo. `fault` makes it misbehave the way a compromised or
broken provider would, so the app's checks are tested against real tokens."""

import base64
import hashlib
import secrets
import threading
import time
from html import escape
from urllib.parse import urlencode

from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask, abort, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import RSAKey
from werkzeug.serving import make_server

CODE_SECONDS = 60


def _rsa_key(kid: str) -> RSAKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return RSAKey.import_key(private, {"kid": kid, "use": "sig", "alg": "RS256"})


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class OidcProvider:
    """Run with `with OidcProvider() as provider:`; `provider.url` is its issuer."""

    def __init__(self, client_id: str = "amplify", client_secret: str = "loopback-secret"):
        self.client_id, self.client_secret = client_id, client_secret
        self.key = _rsa_key("loopback-1")
        self.user = {"sub": "user-1", "email": "sam@example.test", "email_verified": True, "name": "Sam"}
        self.redirect_uris: list[str] = []
        self.fault: str | None = None  # "wrong_nonce", "bad_signature" or "wrong_audience"
        self.email_in_id_token = True  # False: like providers that keep it for userinfo
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, dict] = {}
        self._lock = threading.Lock()
        self._server = make_server("127.0.0.1", 0, self._app(), threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"

    def __enter__(self) -> "OidcProvider":
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *_) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop answering, as a provider that is down; safe to call twice."""
        self._server.shutdown()
        self._server.server_close()

    def _app(self) -> Flask:
        app = Flask("loopback_oidc_provider")
        app.add_url_rule("/.well-known/openid-configuration", view_func=self._discovery)
        app.add_url_rule("/authorize", view_func=self._authorize, methods=["GET", "POST"])
        app.add_url_rule("/token", view_func=self._token, methods=["POST"])
        app.add_url_rule("/jwks", view_func=lambda: jsonify(keys=[self.key.as_dict(private=False)]))
        app.add_url_rule("/userinfo", view_func=self._userinfo)
        return app

    def _discovery(self):
        return jsonify(
            issuer=self.url,
            authorization_endpoint=f"{self.url}/authorize",
            token_endpoint=f"{self.url}/token",
            jwks_uri=f"{self.url}/jwks",
            userinfo_endpoint=f"{self.url}/userinfo",
            response_types_supported=["code"],
            subject_types_supported=["public"],
            id_token_signing_alg_values_supported=["RS256"],
            code_challenge_methods_supported=["S256"],
            token_endpoint_auth_methods_supported=["client_secret_basic", "client_secret_post"],
            scopes_supported=["openid", "email", "profile"],
        )

    # ---- the browser's part: the sign-in page ----

    def _authorize(self):
        """Show who is about to sign in; the form posts back here with the decision."""
        args = request.args
        # Never redirect anywhere unregistered: that would hand codes to whoever asks.
        if args.get("client_id") != self.client_id or args.get("redirect_uri") not in self.redirect_uris:
            abort(400, "unknown client or redirect URI")
        if args.get("response_type") != "code" or args.get("code_challenge_method") != "S256":
            return self._back(error="invalid_request")
        if "openid" not in args.get("scope", "").split() or not args.get("code_challenge"):
            return self._back(error="invalid_request")
        if request.method == "GET":
            return self._page()
        if request.form.get("decision") != "allow":
            return self._back(error="access_denied")
        return self._back(code=self._issue_code(args))

    def _page(self) -> str:
        who = escape(f"{self.user.get('name', '')} ({self.user.get('email', '')})")
        return (
            '<!doctype html><meta name="viewport" content="width=device-width">'
            "<title>Loopback ID</title><h1>Loopback ID</h1>"
            f'<form method="post"><p>Sign in to Amplify as {who}?</p>'
            '<button name="decision" value="allow">Continue</button> '
            '<button name="decision" value="deny">Cancel</button></form>'
        )

    def _back(self, **params):
        params["state"] = request.args.get("state", "")
        return redirect(f"{request.args['redirect_uri']}?{urlencode(params)}")

    def _issue_code(self, args) -> str:
        code = secrets.token_urlsafe(24)
        with self._lock:
            self.codes[code] = {
                "redirect_uri": args["redirect_uri"],
                "challenge": args["code_challenge"],
                "nonce": args.get("nonce"),
                "user": dict(self.user),
                "expires": time.time() + CODE_SECONDS,
            }
        return code

    # ---- the app's part: back-channel calls ----

    def _token(self):
        if not self._client_authenticated():
            return jsonify(error="invalid_client"), 401
        form = request.form
        with self._lock:
            grant = self.codes.pop(form.get("code", ""), None)  # a code works once
        if form.get("grant_type") != "authorization_code" or grant is None:
            return jsonify(error="invalid_grant"), 400
        verifier = form.get("code_verifier", "")
        if grant["expires"] < time.time() or form.get("redirect_uri") != grant["redirect_uri"]:
            return jsonify(error="invalid_grant"), 400
        if _b64(hashlib.sha256(verifier.encode()).digest()) != grant["challenge"]:
            return jsonify(error="invalid_grant", error_description="PKCE verifier does not match"), 400
        access_token = secrets.token_urlsafe(24)
        with self._lock:
            self.tokens[access_token] = grant["user"]
        id_token = self._id_token(grant, access_token)
        return jsonify(access_token=access_token, token_type="Bearer", expires_in=300, id_token=id_token)

    def _client_authenticated(self) -> bool:
        auth = request.authorization  # client_secret_basic, else client_secret_post
        if auth:
            return (auth.username, auth.password) == (self.client_id, self.client_secret)
        return (request.form.get("client_id"), request.form.get("client_secret")) == (
            self.client_id,
            self.client_secret,
        )

    def _id_token(self, grant: dict, access_token: str) -> str:
        now = int(time.time())
        claims = {
            "iss": self.url,
            "aud": "someone-else" if self.fault == "wrong_audience" else self.client_id,
            "iat": now,
            "exp": now + 300,
            "nonce": "not-the-nonce-sent" if self.fault == "wrong_nonce" else grant["nonce"],
            "at_hash": _b64(hashlib.sha256(access_token.encode()).digest()[:16]),
            **grant["user"],
        }
        if not self.email_in_id_token:
            claims.pop("email", None)
            claims.pop("email_verified", None)
        # A forger's key under the real key's id: only checking the signature catches it.
        key = _rsa_key(self.key.kid) if self.fault == "bad_signature" else self.key
        return jwt.encode({"alg": "RS256", "kid": key.kid}, claims, key)

    def _userinfo(self):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        user = self.tokens.get(token) if scheme.lower() == "bearer" else None
        if user is None:
            return jsonify(error="invalid_token"), 401
        return jsonify(user)
