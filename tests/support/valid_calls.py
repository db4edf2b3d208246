"""For every operation in the OpenAPI document, a call that is valid for someone allowed to make
it, against the rows of tests/support/world.py: the path with real ids (the manager's team's),
its query string and its JSON body. Refused roles get the same call, so a refusal is about who
asks, never about what they sent."""

import io
from datetime import timedelta

from PIL import Image
from sqlalchemy import delete

from server.content import storage
from server.content.models import Content, ContentRating
from server.extensions import db
from server.models import ImportRun, LedgerEntry, Redemption, Reward, SpendingEntry
from server.models.types import utcnow
from server.prizes import month_close
from server.prizes.preview import preview
from server.rules import previews as rules
from tests.factories import PASSWORD
from tests.support import world

NEW_KEYS = {"p256dh": world.P256DH, "auth": world.AUTH}
NEW_PASSWORD = "blue kettle at dawn, 42 times"


def _range() -> dict:
    now = utcnow()
    return {"start": (now - timedelta(days=7)).isoformat(), "end": (now + timedelta(minutes=5)).isoformat()}


def _confirm(w: world.World) -> dict:
    """The winners exactly as the preview shows them now."""
    shown = preview(month_close.get(w.users["admin"], w.close))
    return {
        "prizes": [
            {"prize_id": p["id"], "winners": [x["user_id"] for x in p["winners"]]} for p in shown["prizes"]
        ]
    }


def _asked_for_deletion(w: world.World) -> tuple[None, None]:
    """Everyone in a role asked for deletion (as privacy/deletion.py's `ask` records it), so
    whoever calls has one to cancel."""
    for user in w.users.values():
        user.deletion_requested_at = utcnow()
    db.session.commit()
    return None, None


def _an_import(w: world.World) -> tuple[None, None]:
    """An import the Sales manager ran (managers see their own; admins every one)."""
    db.session.add(ImportRun(created_by_id=w.users["manager"].id, counts={}, finished_at=utcnow()))
    db.session.commit()
    return None, None


def _latest_import() -> int | None:
    return db.session.scalar(db.select(db.func.max(ImportRun.id)))


def _drafted(w: world.World) -> tuple[None, None]:
    """The Sales item as a draft nobody has seen (only drafts can be deleted)."""
    item = db.session.get(Content, w.content)
    item.status = "draft"
    db.session.execute(delete(ContentRating).filter_by(content_id=w.content))
    db.session.commit()
    return None, None


def _archived(w: world.World) -> tuple[None, None]:
    db.session.get(Content, w.content).status = "archived"
    db.session.commit()
    return None, None


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 90, 200)).save(out, "PNG")
    return out.getvalue()


MEDIA_IMAGE = b"RIFF-matrix-image"  # stored as it is: serving reads bytes, it does not decode them


def _stored_image(w: world.World) -> tuple[None, None]:
    storage.current().save(MEDIA_IMAGE, ".webp")
    return None, None


def _reward() -> int:
    """A hoodie in the store, made once per world (the world itself has none)."""
    reward = db.session.scalar(db.select(Reward).filter_by(title="Company hoodie"))
    if reward is None:
        reward = Reward(title="Company hoodie", cost=10, stock=5, limit_period="month")
        db.session.add(reward)
        db.session.commit()
    return reward.id


def _redemption(w: world.World, status: str | None = None) -> int:
    """The advocate's redemption of the hoodie, made once per world, moved to `status` if given."""
    advocate = w.users["advocate"].id
    redemption = db.session.scalar(db.select(Redemption).filter_by(user_id=advocate))
    if redemption is None:
        redemption = Redemption(reward_id=_reward(), user_id=advocate, client_id="world-tap-1", cost=10)
        db.session.add(redemption)
        db.session.flush()
        charge = SpendingEntry(user_id=advocate, redemption_id=redemption.id, kind="redemption", points=-10)
        db.session.add(charge)
    redemption.status = status or redemption.status
    db.session.commit()
    return redemption.id


APPROVED = {"status": "approved"}


def _moved(w: world.World, status: str, body: dict | None) -> tuple[None, dict | None]:
    """The advocate's redemption where the call can move it on (cancel: requested; received: sent)."""
    _redemption(w, status)
    return None, body


def _points_to_spend(w: world.World) -> tuple[None, dict]:
    """Points for everyone (leaders earn none in the world), so anyone may redeem the hoodie."""
    for user in w.users.values():
        event = f"matrix-store-{user.id}"
        if db.session.scalar(db.select(LedgerEntry.id).filter_by(event_id=event)) is None:
            db.session.add(
                LedgerEntry(
                    user_id=user.id,
                    points=50,
                    reason="Kudos",
                    event_type="kudos",
                    event_id=event,
                    rule_id="kudos.manual",
                    rule_version=1,
                    occurred_at=utcnow(),
                )
            )
    db.session.commit()
    return None, {"reward_id": _reward(), "client_id": "matrix-tap-1", "note": "Size M, desk 4"}


# (method, path) -> lambda world: (query, body). Paths are filled from `path_ids`.
CALLS = {
    ("GET", "/healthz"): lambda w: (None, None),
    ("GET", "/api/v1/auth/csrf"): lambda w: (None, None),
    ("GET", "/api/v1/auth/sso"): lambda w: (None, None),
    ("POST", "/api/v1/auth/login"): lambda w: (None, {"email": "ada@example.test", "password": PASSWORD}),
    ("POST", "/api/v1/auth/logout"): lambda w: (None, None),
    ("GET", "/api/v1/me"): lambda w: (None, None),
    ("PATCH", "/api/v1/me"): lambda w: (None, {"public_ranking": False}),
    ("GET", "/api/v1/me/ledger"): lambda w: ({"limit": 10}, None),
    ("GET", "/api/v1/me/progress"): lambda w: (None, None),
    ("GET", "/api/v1/me/analytics"): lambda w: (None, None),
    ("GET", "/api/v1/me/sessions"): lambda w: (None, None),
    ("GET", "/api/v1/auth/demo"): lambda w: (None, None),
    ("DELETE", "/api/v1/me/sessions"): lambda w: (None, None),
    ("GET", "/api/v1/organisation"): lambda w: (None, None),
    ("PATCH", "/api/v1/organisation"): lambda w: (None, {"name": "Northwind", "kudos_cap": 150}),
    ("GET", "/api/v1/branding"): lambda w: (None, None),
    ("GET", "/manifest.webmanifest"): lambda w: (None, None),
    ("GET", "/branding/{name}.png"): lambda w: (None, None),
    ("GET", "/api/v1/content/feed"): lambda w: (None, None),
    ("GET", "/api/v1/content"): lambda w: (None, None),
    ("POST", "/api/v1/content"): lambda w: (
        None,
        {"title": "Spring launch", "url": "https://news.example.test/spring", "summary": "Out now."},
    ),
    ("GET", "/api/v1/content/{content_id}"): lambda w: (None, None),
    ("PATCH", "/api/v1/content/{content_id}"): lambda w: (None, {"title": "Spring launch, updated"}),
    ("DELETE", "/api/v1/content/{content_id}"): _drafted,
    ("GET", "/api/v1/content/library"): lambda w: ({"tab": "published", "q": "story", "per_page": 10}, None),
    ("POST", "/api/v1/content/{content_id}/duplicate"): lambda w: (None, None),
    ("POST", "/api/v1/content/{content_id}/archive"): lambda w: (None, None),
    ("POST", "/api/v1/content/{content_id}/restore"): _archived,
    ("GET", "/api/v1/content/targets"): lambda w: (None, None),
    ("POST", "/api/v1/content/audience"): lambda w: (None, {"target_team_ids": []}),
    # No page is reachable from the tests without LINK_PREVIEW_ALLOW_PRIVATE: every leader's
    # call reaches the fetch and is told the site does not exist.
    ("POST", "/api/v1/content/link-preview"): lambda w: (None, {"url": "https://news.example.test/spring"}),
    ("POST", "/api/v1/content/images"): lambda w: (None, {"image": (_png(), "cover.png")}),
    ("GET", "/media/{filename}"): _stored_image,
    ("POST", "/api/v1/content/{content_id}/open"): lambda w: (None, None),
    ("GET", "/api/v1/teams"): lambda w: (None, None),
    ("GET", "/api/v1/teams/manage"): lambda w: ({"q": "sa", "per_page": 10}, None),
    ("POST", "/api/v1/teams"): lambda w: (
        None,
        {"name": "Support", "department": "Service", "manager_ids": [w.users["manager"].id]},
    ),
    ("PATCH", "/api/v1/teams/{team_id}"): lambda w: (None, {"name": "Inside Sales", "location": "Lisbon"}),
    ("POST", "/api/v1/teams/{team_id}/archive"): lambda w: (None, None),
    ("POST", "/api/v1/teams/{team_id}/restore"): lambda w: (None, None),
    ("POST", "/api/v1/teams/{team_id}/merge"): lambda w: (None, {"into_team_id": w.marketing}),
    ("POST", "/api/v1/shares"): lambda w: (
        None,
        {"content_id": w.content, "network": "linkedin", "client_id": "matrix-share-0001"},
    ),
    ("GET", "/api/v1/leaderboards"): lambda w: (None, None),
    ("GET", "/api/v1/leaderboards/{period}"): lambda w: ({"scope": "team"}, None),
    ("GET", "/api/v1/leaderboards/{period}/teams"): lambda w: (None, None),
    ("GET", "/api/v1/leaderboards/ended"): lambda w: (None, None),
    ("GET", "/api/v1/challenges"): lambda w: ({"team_id": w.sales}, None),
    ("GET", "/api/v1/rules/fields"): lambda w: (None, None),
    ("POST", "/api/v1/rules/check"): lambda w: (None, {"condition": 'network == "x"'}),
    ("GET", "/api/v1/rules/current"): lambda w: (None, None),
    ("POST", "/api/v1/rules/simulate"): lambda w: (None, {"draft": rules.current()["document"], **_range()}),
    ("GET", "/api/v1/rules/versions"): lambda w: (None, None),
    ("POST", "/api/v1/rules/publish"): lambda w: (
        None,
        {"document": rules.current()["document"], "reason": "Same rules, published again"},
    ),
    ("POST", "/api/v1/rules/rollback"): lambda w: (None, {"version": 2}),
    ("POST", "/api/v1/rules/describe"): lambda w: (None, {"document": rules.current()["document"]}),
    ("POST", "/api/v1/rules/explain"): lambda w: (
        None,
        {"document": rules.current()["document"], "limit": 3},
    ),
    ("GET", "/api/v1/rules/versions/{version}"): lambda w: (None, None),
    ("PUT", "/api/v1/rules/versions/{version}"): lambda w: (None, {"document": rules.current()["document"]}),
    ("PATCH", "/api/v1/rules/versions/{version}"): lambda w: (None, {"reason": "Edited"}),
    ("DELETE", "/api/v1/rules/versions/{version}"): lambda w: (None, None),
    ("GET", "/api/v1/rules/diff"): lambda w: ({"from": 1, "to": 2}, None),
    ("POST", "/api/v1/rules/diff"): lambda w: (None, {"document": rules.current()["document"]}),
    ("POST", "/api/v1/rules/rescore"): lambda w: (None, _range()),
    ("GET", "/api/v1/rules/audit"): lambda w: (None, None),
    ("GET", "/api/v1/push/key"): lambda w: (None, None),
    ("GET", "/api/v1/push/devices"): lambda w: (None, None),
    ("POST", "/api/v1/push/devices"): lambda w: (
        None,
        {"endpoint": world.endpoint("new"), "keys": NEW_KEYS, "label": "Work phone"},
    ),
    # Proven by the old subscription's auth secret, so it is valid signed out too.
    ("POST", "/api/v1/push/devices/renew"): lambda w: (
        None,
        {
            "old_endpoint": world.endpoint("ada"),
            "old_auth": world.AUTH,
            "endpoint": world.endpoint("renewed"),
            "keys": NEW_KEYS,
        },
    ),
    ("DELETE", "/api/v1/push/devices/{device_id}"): lambda w: (None, None),
    ("GET", "/api/v1/push/preferences"): lambda w: (None, None),
    ("PUT", "/api/v1/push/preferences"): lambda w: (
        None,
        {"categories": {"content": True, "prizes": False}, "quiet_hours": None, "timezone": "Europe/Lisbon"},
    ),
    ("GET", "/api/v1/push/content/{content_id}"): lambda w: (None, None),
    ("GET", "/api/v1/analytics/overview"): lambda w: ({"team_id": w.sales}, None),
    ("GET", "/api/v1/analytics/health"): lambda w: ({"team_id": w.sales}, None),
    ("GET", "/api/v1/analytics/export/{table}.csv"): lambda w: ({"team_id": w.sales}, None),
    ("GET", "/api/v1/prizes"): lambda w: ({"month": world.month_ago(1)}, None),
    ("POST", "/api/v1/prizes"): lambda w: (
        None,
        {"month": world.month_ago(0), "team_id": w.sales, "title": "Team lunch", "method": "top"},
    ),
    ("PATCH", "/api/v1/prizes/{prize_id}"): lambda w: (None, {"title": "Two gift cards"}),
    ("DELETE", "/api/v1/prizes/{prize_id}"): lambda w: (None, None),
    ("GET", "/api/v1/prizes/wall"): lambda w: (None, None),
    ("GET", "/api/v1/prizes/mine"): lambda w: (None, None),
    ("PATCH", "/api/v1/prize-winners/{winner_id}"): lambda w: (None, {"status": "sent"}),
    ("GET", "/api/v1/closes/ready"): lambda w: (None, None),
    ("GET", "/api/v1/closes"): lambda w: ({"month": world.month_ago(1)}, None),
    ("POST", "/api/v1/closes"): lambda w: (None, {"month": world.month_ago(3), "team_id": w.sales}),
    ("GET", "/api/v1/closes/{close_id}"): lambda w: (None, None),
    ("POST", "/api/v1/closes/{close_id}/exclusions"): lambda w: (
        None,
        {"user_id": w.users["advocate"].id, "reason": "Won last month"},
    ),
    ("DELETE", "/api/v1/closes/{close_id}/exclusions/{exclusion_id}"): lambda w: (None, None),
    ("POST", "/api/v1/closes/{close_id}/confirm"): lambda w: (None, _confirm(w)),
    ("GET", "/api/v1/kudos"): lambda w: ({"limit": 5}, None),
    ("POST", "/api/v1/kudos"): lambda w: (
        None,
        {"receiver_id": w.users["advocate"].id, "message": "Thanks for the launch posts", "points": 5},
    ),
    ("GET", "/api/v1/kudos/allowance"): lambda w: (None, None),
    ("GET", "/api/v1/kudos/recipients"): lambda w: (None, None),
    ("POST", "/api/v1/suggestions"): lambda w: (
        None,
        {"url": "https://blog.example.test/summer", "title": "Summer range", "comment": "Customers love it"},
    ),
    ("GET", "/api/v1/suggestions"): lambda w: (None, None),
    ("GET", "/api/v1/suggestions/mine"): lambda w: (None, None),
    ("POST", "/api/v1/suggestions/{suggestion_id}/approve"): lambda w: (None, {"title": "Our new store"}),
    ("POST", "/api/v1/suggestions/{suggestion_id}/reject"): lambda w: (None, {"reason": "Not on brand"}),
    ("PUT", "/api/v1/content/{content_id}/rating"): lambda w: (None, {"value": "not_for_me"}),
    ("DELETE", "/api/v1/content/{content_id}/rating"): lambda w: (None, None),
    ("GET", "/api/v1/content/ratings"): lambda w: (None, None),
    ("GET", "/api/v1/guidelines"): lambda w: (None, None),
    ("PUT", "/api/v1/guidelines"): lambda w: (
        None,
        {
            "text": "Be kind, be accurate, disclose.",
            "prohibited_words": ["secret"],
            "required_disclosure": "#Sales",
        },
    ),
    ("POST", "/api/v1/guidelines/acknowledge"): lambda w: (None, {"version": w.guidelines_version}),
    ("GET", "/api/v1/guidelines/quiz"): lambda w: (None, None),
    ("PUT", "/api/v1/guidelines/quiz"): lambda w: (
        None,
        {
            "pass_mark": 50,
            "questions": [{"question": "Post secrets?", "options": ["No", "Yes"], "answer": 0}],
        },
    ),
    ("GET", "/api/v1/guidelines/quiz/answers"): lambda w: (None, None),
    ("POST", "/api/v1/guidelines/quiz/attempts"): lambda w: (None, {"answers": [0]}),
    ("GET", "/api/v1/people"): lambda w: (None, None),
    ("PATCH", "/api/v1/people/{person_id}"): lambda w: (None, {"active": False}),
    ("POST", "/api/v1/people/{person_id}/reset-link"): lambda w: (None, None),
    ("DELETE", "/api/v1/people/{person_id}/sessions"): lambda w: (None, None),
    ("GET", "/api/v1/invitations"): lambda w: (None, None),
    ("POST", "/api/v1/invitations"): lambda w: (
        None,
        {"email": "noa@example.test", "role": "advocate", "team_id": w.sales},
    ),
    ("POST", "/api/v1/invitations/{invitation_id}/resend"): lambda w: (None, None),
    ("GET", "/api/v1/invitations/{invitation_id}/link"): lambda w: (None, None),
    ("POST", "/api/v1/people/imports"): lambda w: (
        {"dry_run": "false"},
        {"csv": "email,name,team\nnoa@example.test,Noa,Sales\n", "filename": "people.csv"},
    ),
    ("GET", "/api/v1/people/imports/{import_id}"): _an_import,
    ("DELETE", "/api/v1/invitations/{invitation_id}"): lambda w: (None, None),
    ("GET", "/api/v1/directory/tokens"): lambda w: (None, None),
    ("POST", "/api/v1/directory/tokens"): lambda w: (None, {"name": "Okta"}),
    ("DELETE", "/api/v1/directory/tokens/{token_id}"): lambda w: (None, None),
    # The link's token is the proof, so these are valid signed out (and, as anyone, signed in).
    ("POST", "/api/v1/invitations/check"): lambda w: (None, {"token": w.invitation_token}),
    ("POST", "/api/v1/invitations/accept"): lambda w: (
        None,
        {"token": w.invitation_token, "display_name": "Noa", "password": NEW_PASSWORD},
    ),
    ("POST", "/api/v1/auth/password-reset"): lambda w: (None, {"email": "ada@example.test"}),
    ("POST", "/api/v1/auth/password-reset/check"): lambda w: (None, {"token": w.reset_token}),
    ("POST", "/api/v1/auth/password-reset/complete"): lambda w: (
        None,
        {"token": w.reset_token, "password": NEW_PASSWORD},
    ),
    ("GET", "/api/v1/me/export"): lambda w: (None, None),
    ("GET", "/api/v1/me/deletion"): lambda w: (None, None),
    ("POST", "/api/v1/me/deletion"): lambda w: (None, {"password": PASSWORD}),
    ("DELETE", "/api/v1/me/deletion"): _asked_for_deletion,
    ("GET", "/api/v1/deletions"): lambda w: (None, None),
    ("POST", "/api/v1/deletions/{user_id}/carry-out"): lambda w: (None, None),
    ("GET", "/api/v1/rewards"): lambda w: ({"archived": "0"}, None),
    ("POST", "/api/v1/rewards"): lambda w: (
        None,
        {"title": "Coffee voucher", "cost": 50, "per_person_limit": 2, "limit_period": "month"},
    ),
    ("PATCH", "/api/v1/rewards/{reward_id}"): lambda w: (None, {"title": "Navy hoodie", "cost": 12}),
    ("DELETE", "/api/v1/rewards/{reward_id}"): lambda w: (None, None),
    ("POST", "/api/v1/rewards/{reward_id}/restore"): lambda w: (None, None),
    ("GET", "/api/v1/store"): lambda w: (None, None),
    ("POST", "/api/v1/store/redemptions"): _points_to_spend,
    ("GET", "/api/v1/store/redemptions"): lambda w: (None, None),
    ("POST", "/api/v1/store/redemptions/{redemption_id}/cancel"): lambda w: _moved(w, "requested", None),
    ("POST", "/api/v1/store/redemptions/{redemption_id}/received"): lambda w: _moved(w, "sent", None),
    ("GET", "/api/v1/redemptions"): lambda w: ({"status": "open"}, None),
    ("PATCH", "/api/v1/redemptions/{redemption_id}"): lambda w: _moved(w, "requested", APPROVED),
    ("GET", "/api/v1/redemptions.csv"): lambda w: (None, None),
}


def path_ids(w: world.World) -> dict:
    """Real values for every path parameter: rows of the manager's team (Sales)."""
    return {
        "content_id": w.content,
        "filename": storage.name_for(MEDIA_IMAGE, ".webp"),
        "device_id": w.device,  # the advocate's own phone
        "prize_id": w.prize,
        "winner_id": w.winner,
        "close_id": w.close,
        "exclusion_id": w.exclusion,
        "suggestion_id": w.suggestion,
        "person_id": w.users["advocate"].id,
        "invitation_id": w.invitation,
        "token_id": _directory_token(),
        "import_id": _latest_import(),
        "user_id": w.leaving,  # the advocate who asked for deletion
        "period": "month",
        "table": "by_advocate",
        "team_id": w.sales,
        "version": 2,  # a published rule-set version (the world publishes one)
        "name": "icon-192",  # /branding/{name}.png
        "reward_id": _reward(),
        "redemption_id": _redemption(w),  # the advocate's
    }


def _directory_token() -> int:
    """A directory token to revoke, made once per world (the world itself needs none)."""
    from server.models import ScimToken

    token = db.session.scalar(db.select(ScimToken).limit(1))
    if token is None:
        token = ScimToken(name="Entra ID", token_hash="0" * 64)
        db.session.add(token)
        db.session.commit()
    return token.id


def call_for(method: str, path: str, w: world.World) -> tuple[str, dict | None, dict | None]:
    """The URL, query and body of a valid call to the operation."""
    query, body = CALLS[(method, path)](w)
    return path.format(**path_ids(w)), query, body
