"""Settings read from environment variables; every one is listed in docs/configuration.md."""

import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INSTANCE = ROOT / "instance"


def _database_url(instance: Path) -> str:
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{instance / 'advocacy.db'}"
    # Hosting providers hand out postgres:// URLs; SQLAlchemy wants an explicit driver.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _secret_key(instance: Path) -> str:
    """Use SECRET_KEY, else a key generated once into the instance folder."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def _list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _async_mode() -> str:
    """gevent when gunicorn's gevent worker (`make run`) patched the process before loading the
    app; threads otherwise (the test client, `flask` commands, `--worker-class gthread`)."""
    monkey = sys.modules.get("gevent.monkey")  # never imported here: importing is not patching
    return "gevent" if monkey is not None and monkey.is_module_patched("socket") else "threading"


def _sso_settings() -> dict:
    """Single sign-on with an OpenID Connect provider; on when OIDC_ISSUER is set."""
    return {
        "OIDC_ISSUER": os.environ.get("OIDC_ISSUER", "").strip() or None,
        "OIDC_CLIENT_ID": os.environ.get("OIDC_CLIENT_ID", "").strip() or None,
        "OIDC_CLIENT_SECRET": os.environ.get("OIDC_CLIENT_SECRET") or None,
        "OIDC_SCOPES": os.environ.get("OIDC_SCOPES", "openid email profile"),
        "OIDC_BUTTON_LABEL": os.environ.get("OIDC_BUTTON_LABEL", "Sign in with single sign-on"),
        "OIDC_AUTO_CREATE": _flag("OIDC_AUTO_CREATE", True),
        "OIDC_DEFAULT_TEAM": os.environ.get("OIDC_DEFAULT_TEAM", "").strip() or None,
        "OIDC_ALLOWED_DOMAINS": [d.lower() for d in _list("OIDC_ALLOWED_DOMAINS", "")],
        "OIDC_ONLY": _flag("OIDC_ONLY", False),
    }


def from_environment(instance: Path | None = None) -> dict:
    """Build the Flask config mapping from the process environment."""
    instance = Path(instance or os.environ.get("INSTANCE_PATH") or DEFAULT_INSTANCE)
    redis_url = os.environ.get("REDIS_URL", "").strip() or None
    return {
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": _secret_key(instance),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance),
        "REDIS_URL": redis_url,
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_BODY_BYTES", 256 * 1024)),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _flag("SESSION_COOKIE_SECURE", False),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # Reset and invitation links looked up per address: guessing a link's token.
        "LOGIN_RATE_LIMIT": os.environ.get("LOGIN_RATE_LIMIT", "10 per minute"),
        # Failed logins only (a wrong email or password); successes never count.
        "LOGIN_ACCOUNT_FAILURE_LIMIT": os.environ.get("LOGIN_ACCOUNT_FAILURE_LIMIT", "5 per 15 minutes"),
        "LOGIN_ADDRESS_FAILURE_LIMIT": os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "50 per 15 minutes"),
        # Far above what a person does; offline shares replayed at once stay well inside.
        "SHARE_RATE_LIMIT": os.environ.get("SHARE_RATE_LIMIT", "60 per minute"),
        "SUGGESTION_RATE_LIMIT": os.environ.get("SUGGESTION_RATE_LIMIT", "30 per hour"),
        "CLICK_RATE_LIMIT": os.environ.get("CLICK_RATE_LIMIT", "300 per minute"),
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        # Redis away: count in this process until it answers again, rather than refuse requests.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_HEADERS_ENABLED": True,
        "TRUSTED_PROXIES": int(os.environ.get("TRUSTED_PROXIES", 0)),
        "SOCKETIO_ASYNC_MODE": os.environ.get("SOCKETIO_ASYNC_MODE", "").strip() or _async_mode(),
        "SOCKETIO_CHANNEL": os.environ.get("SOCKETIO_CHANNEL", "amplify-socketio"),
        "RANK_STORE_URL": redis_url,  # leaderboard ranks live in Redis too when it is there
        "RANK_PREFIX": os.environ.get("RANK_PREFIX", "amplify:rank:"),
        "LEADERBOARD_COALESCE_MS": int(os.environ.get("LEADERBOARD_COALESCE_MS", 250)),
        "CLICK_FLUSH_MS": int(os.environ.get("CLICK_FLUSH_MS", 100)),
        "TASK_QUEUE_URL": redis_url,  # else SQLite in the instance folder
        "TASK_QUEUE_NAME": os.environ.get("TASK_QUEUE_NAME", "amplify"),
        "TASK_WORKERS": int(os.environ.get("TASK_WORKERS", 2)),
        # For tests of real processes: the instant (ISO 8601) the task scheduler takes as now.
        "TASK_SCHEDULER_NOW": os.environ.get("TASK_SCHEDULER_NOW", "").strip() or None,
        "DATABASE_POOL_SIZE": int(os.environ.get("DATABASE_POOL_SIZE", 20)),
        "PUSH_TIMEOUT": float(os.environ.get("PUSH_TIMEOUT", 10)),
        "PUSH_MAX_ATTEMPTS": int(os.environ.get("PUSH_MAX_ATTEMPTS", 8)),
        # Push services browsers subscribe with (host or parent domain); devices elsewhere are refused.
        "PUSH_SERVICE_HOSTS": _list(
            "PUSH_SERVICE_HOSTS",
            "fcm.googleapis.com,push.services.mozilla.com,push.apple.com,notify.windows.com",
        ),
        "PUSH_ALLOW_HTTP": _flag("PUSH_ALLOW_HTTP", False),  # only for a push service on loopback in tests
        "LINK_PREVIEW_ALLOW_PRIVATE": _flag("LINK_PREVIEW_ALLOW_PRIVATE", False),  # tests: pages on loopback
        "PUSH_RETRY_BASE_SECONDS": float(os.environ.get("PUSH_RETRY_BASE_SECONDS", 30)),
        "PWA_DIST": os.environ.get("PWA_DIST", str(ROOT / "pwa" / "dist")),
        # API answers are compressed (zstd, br, gzip) when the browser accepts it; the PWA's files
        # are sent as streams of copies compressed at build time (server/web.py), left alone here.
        "COMPRESS_STREAMS": False,
        "WTF_CSRF_TIME_LIMIT": None,
        **_accounts(),
        "WTF_CSRF_SSL_STRICT": _flag("SESSION_COOKIE_SECURE", False),
        **_sso_settings(),
    }


def _accounts() -> dict:
    """Invitations, password resets and the mail that carries their links."""
    return {
        "INVITATION_DAYS": float(os.environ.get("INVITATION_DAYS", 7)),
        "PASSWORD_RESET_MINUTES": float(os.environ.get("PASSWORD_RESET_MINUTES", 60)),
        "PASSWORD_RESET_RATE_LIMIT": os.environ.get("PASSWORD_RESET_RATE_LIMIT", "5 per minute"),
        # Links in mail start here; without it, with the address the request came to.
        "PUBLIC_URL": os.environ.get("PUBLIC_URL", "").strip().rstrip("/") or None,
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", "").strip() or None,
        "MAIL_PORT": int(os.environ.get("MAIL_PORT", 587)),
        "MAIL_SECURITY": os.environ.get("MAIL_SECURITY", "starttls").strip().lower(),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD") or None,
        "MAIL_FROM": os.environ.get("MAIL_FROM", "Amplify <no-reply@localhost>"),
        "MAIL_TIMEOUT": float(os.environ.get("MAIL_TIMEOUT", 10)),
        # A mail server that is down is tried again after 60 s, 2, 4, 8 minutes...: 6 tries, 31 minutes.
        "MAIL_MAX_ATTEMPTS": int(os.environ.get("MAIL_MAX_ATTEMPTS", 6)),
        "MAIL_RETRY_BASE_SECONDS": float(os.environ.get("MAIL_RETRY_BASE_SECONDS", 60)),
    }
