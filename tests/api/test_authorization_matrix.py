"""Who may call what: every operation in the OpenAPI document, called validly as each role, must
answer exactly the status in this table. A new operation without a row fails the test, so nobody
adds an endpoint without deciding who may use it. A refused call changes no row anywhere."""

import io

import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from tests.support import valid_calls, world
from tests.support.json_client import JsonClient, signed_in
from tests.support.reset import reset, row_counts

ROLES = ("anonymous", "advocate", "other_manager", "manager", "admin")
# advocate: Sales. manager: Sales, and the author of the Sales content. other_manager: Marketing.
# admin: no team. Every id in a path belongs to Sales (see tests/support/valid_calls.py).
# Managers read the whole content library and its figures; they change only what they published.
# Content targeted to Sales cannot be opened, shared or rated from outside Sales (admins included).
EVERYONE = (200, 200, 200, 200, 200)
SIGNED_IN = (401, 200, 200, 200, 200)
LEADERS = (401, 403, 200, 200, 200)
ADMINS = (401, 403, 403, 403, 200)
SALES_LEADERS = (401, 403, 403, 200, 200)
IN_SALES = (401, 200, 403, 200, 403)
SALES_LEADERS_CREATE = (401, 403, 403, 201, 201)

EXPECTED = {
    # (method, path):                                          (anon, adv, other, mgr, admin)
    ("GET", "/healthz"): EVERYONE,
    ("GET", "/api/v1/auth/csrf"): EVERYONE,
    ("GET", "/api/v1/auth/sso"): EVERYONE,  # the login screen asks before anyone signs in
    ("GET", "/api/v1/auth/demo"): EVERYONE,  # and whether to show the demo's sign-in
    ("POST", "/api/v1/auth/login"): EVERYONE,
    ("POST", "/api/v1/auth/logout"): (401, 204, 204, 204, 204),
    ("GET", "/api/v1/me"): SIGNED_IN,
    ("PATCH", "/api/v1/me"): SIGNED_IN,
    ("GET", "/api/v1/me/ledger"): SIGNED_IN,
    ("GET", "/api/v1/me/progress"): SIGNED_IN,
    ("GET", "/api/v1/me/analytics"): SIGNED_IN,
    ("GET", "/api/v1/me/sessions"): SIGNED_IN,
    ("DELETE", "/api/v1/me/sessions"): SIGNED_IN,  # every other device; this one stays
    ("GET", "/api/v1/organisation"): ADMINS,
    ("PATCH", "/api/v1/organisation"): ADMINS,
    ("GET", "/api/v1/branding"): EVERYONE,  # the login screen shows it before anyone signs in
    ("GET", "/manifest.webmanifest"): EVERYONE,
    ("GET", "/branding/{name}.png"): EVERYONE,  # no logo uploaded: Amplify's icon
    ("GET", "/api/v1/content/feed"): SIGNED_IN,
    ("GET", "/api/v1/content"): LEADERS,
    ("POST", "/api/v1/content"): (401, 403, 201, 201, 201),  # each manager for their own team
    ("GET", "/api/v1/content/{content_id}"): LEADERS,
    ("PATCH", "/api/v1/content/{content_id}"): SALES_LEADERS,
    ("DELETE", "/api/v1/content/{content_id}"): (401, 403, 403, 204, 204),  # drafts only
    ("GET", "/api/v1/content/library"): LEADERS,  # each sees what they may manage
    ("POST", "/api/v1/content/{content_id}/duplicate"): SALES_LEADERS_CREATE,
    ("POST", "/api/v1/content/{content_id}/archive"): SALES_LEADERS,
    ("POST", "/api/v1/content/{content_id}/restore"): SALES_LEADERS,
    ("GET", "/api/v1/content/targets"): LEADERS,
    ("POST", "/api/v1/content/audience"): LEADERS,
    ("POST", "/api/v1/content/link-preview"): (401, 403, 422, 422, 422),  # no page is reachable here
    ("POST", "/api/v1/content/images"): (401, 403, 201, 201, 201),
    ("GET", "/media/{filename}"): EVERYONE,  # uploaded card images, named by their hash
    ("POST", "/api/v1/content/{content_id}/open"): IN_SALES,
    ("GET", "/api/v1/teams"): SIGNED_IN,
    ("GET", "/api/v1/teams/manage"): ADMINS,
    ("POST", "/api/v1/teams"): (401, 403, 403, 403, 201),
    ("PATCH", "/api/v1/teams/{team_id}"): ADMINS,
    ("POST", "/api/v1/teams/{team_id}/archive"): ADMINS,
    ("POST", "/api/v1/teams/{team_id}/restore"): ADMINS,
    ("POST", "/api/v1/teams/{team_id}/merge"): ADMINS,
    ("POST", "/api/v1/shares"): (401, 201, 403, 201, 403),
    ("GET", "/api/v1/leaderboards"): SIGNED_IN,
    ("GET", "/api/v1/leaderboards/{period}"): (401, 200, 200, 200, 404),  # admins have no team board
    ("GET", "/api/v1/leaderboards/{period}/teams"): SIGNED_IN,
    ("GET", "/api/v1/leaderboards/ended"): SIGNED_IN,
    ("GET", "/api/v1/challenges"): (401, 200, 403, 200, 200),  # Sales' cards: not Marketing's manager
    ("GET", "/api/v1/rules/fields"): ADMINS,
    ("POST", "/api/v1/rules/check"): ADMINS,
    ("GET", "/api/v1/rules/current"): ADMINS,
    ("POST", "/api/v1/rules/simulate"): ADMINS,
    ("GET", "/api/v1/rules/versions"): ADMINS,
    ("POST", "/api/v1/rules/publish"): (401, 403, 403, 403, 201),
    ("POST", "/api/v1/rules/rollback"): (401, 403, 403, 403, 201),
    ("POST", "/api/v1/rules/describe"): ADMINS,
    ("POST", "/api/v1/rules/explain"): ADMINS,
    ("GET", "/api/v1/rules/versions/{version}"): ADMINS,
    # A published version is never edited in place: even an admin gets 405.
    ("PUT", "/api/v1/rules/versions/{version}"): (401, 403, 403, 403, 405),
    ("PATCH", "/api/v1/rules/versions/{version}"): (401, 403, 403, 403, 405),
    ("DELETE", "/api/v1/rules/versions/{version}"): (401, 403, 403, 403, 405),
    ("GET", "/api/v1/rules/diff"): ADMINS,
    ("POST", "/api/v1/rules/diff"): ADMINS,
    ("POST", "/api/v1/rules/rescore"): ADMINS,
    ("GET", "/api/v1/rules/audit"): ADMINS,
    ("GET", "/api/v1/push/key"): EVERYONE,
    ("GET", "/api/v1/push/devices"): SIGNED_IN,
    ("POST", "/api/v1/push/devices"): (401, 201, 201, 201, 201),
    ("POST", "/api/v1/push/devices/renew"): EVERYONE,  # signed out, the old auth secret is the proof
    ("DELETE", "/api/v1/push/devices/{device_id}"): (401, 204, 404, 404, 404),  # the advocate's own
    ("GET", "/api/v1/push/preferences"): SIGNED_IN,
    ("PUT", "/api/v1/push/preferences"): SIGNED_IN,
    ("GET", "/api/v1/push/content/{content_id}"): LEADERS,
    ("GET", "/api/v1/analytics/overview"): SALES_LEADERS,
    ("GET", "/api/v1/analytics/health"): SALES_LEADERS,
    ("GET", "/api/v1/analytics/export/{table}.csv"): SALES_LEADERS,
    ("GET", "/api/v1/prizes"): SIGNED_IN,
    ("POST", "/api/v1/prizes"): (401, 403, 403, 201, 201),
    ("PATCH", "/api/v1/prizes/{prize_id}"): SALES_LEADERS,
    ("DELETE", "/api/v1/prizes/{prize_id}"): (401, 403, 403, 204, 204),
    ("GET", "/api/v1/prizes/wall"): SIGNED_IN,
    ("GET", "/api/v1/prizes/mine"): SIGNED_IN,
    ("PATCH", "/api/v1/prize-winners/{winner_id}"): SALES_LEADERS,  # the winner may only say received
    ("GET", "/api/v1/closes/ready"): LEADERS,
    ("GET", "/api/v1/closes"): LEADERS,  # each sees the closes they run
    ("POST", "/api/v1/closes"): (401, 403, 403, 201, 201),
    ("GET", "/api/v1/closes/{close_id}"): SALES_LEADERS,
    ("POST", "/api/v1/closes/{close_id}/exclusions"): (401, 403, 403, 201, 201),
    ("DELETE", "/api/v1/closes/{close_id}/exclusions/{exclusion_id}"): SALES_LEADERS,
    ("POST", "/api/v1/closes/{close_id}/confirm"): SALES_LEADERS,
    ("GET", "/api/v1/kudos"): SIGNED_IN,
    ("POST", "/api/v1/kudos"): (401, 403, 403, 201, 201),
    ("GET", "/api/v1/kudos/allowance"): LEADERS,
    ("GET", "/api/v1/kudos/recipients"): LEADERS,
    ("POST", "/api/v1/suggestions"): (401, 201, 201, 201, 201),
    ("GET", "/api/v1/suggestions"): LEADERS,  # each sees their own team's queue
    ("GET", "/api/v1/suggestions/mine"): SIGNED_IN,
    ("POST", "/api/v1/suggestions/{suggestion_id}/approve"): SALES_LEADERS,
    ("POST", "/api/v1/suggestions/{suggestion_id}/reject"): SALES_LEADERS,
    ("PUT", "/api/v1/content/{content_id}/rating"): IN_SALES,
    ("DELETE", "/api/v1/content/{content_id}/rating"): (401, 204, 204, 204, 204),  # one's own rating
    ("GET", "/api/v1/content/ratings"): LEADERS,
    ("GET", "/api/v1/guidelines"): SIGNED_IN,
    ("PUT", "/api/v1/guidelines"): ADMINS,
    ("POST", "/api/v1/guidelines/acknowledge"): SIGNED_IN,
    ("GET", "/api/v1/guidelines/quiz"): SIGNED_IN,
    ("PUT", "/api/v1/guidelines/quiz"): ADMINS,
    ("GET", "/api/v1/guidelines/quiz/answers"): ADMINS,
    ("POST", "/api/v1/guidelines/quiz/attempts"): SIGNED_IN,
    ("GET", "/api/v1/people"): LEADERS,  # managers see their own team
    # Managers change their own team's advocates; another team's people are not theirs to know of.
    ("PATCH", "/api/v1/people/{person_id}"): (401, 403, 404, 200, 200),
    ("POST", "/api/v1/people/{person_id}/reset-link"): (401, 403, 403, 403, 201),
    ("DELETE", "/api/v1/people/{person_id}/sessions"): (401, 403, 403, 403, 204),
    ("GET", "/api/v1/invitations"): LEADERS,  # managers see their own team's
    ("POST", "/api/v1/invitations"): (401, 403, 403, 201, 201),  # managers: advocates, own team
    ("POST", "/api/v1/invitations/{invitation_id}/resend"): (401, 403, 404, 200, 200),
    ("DELETE", "/api/v1/invitations/{invitation_id}"): (401, 403, 404, 204, 204),
    ("GET", "/api/v1/directory/tokens"): ADMINS,
    ("POST", "/api/v1/directory/tokens"): (401, 403, 403, 403, 201),
    ("DELETE", "/api/v1/directory/tokens/{token_id}"): ADMINS,
    ("GET", "/api/v1/invitations/{invitation_id}/link"): (401, 403, 404, 200, 200),
    # Anyone leading may import; a row outside the caller's teams is an error in the answer.
    ("POST", "/api/v1/people/imports"): (401, 403, 201, 201, 201),
    ("GET", "/api/v1/people/imports/{import_id}"): (401, 403, 404, 200, 200),  # managers: their own
    ("POST", "/api/v1/invitations/check"): EVERYONE,  # the link's token is the proof
    ("POST", "/api/v1/invitations/accept"): (201, 201, 201, 201, 201),
    ("POST", "/api/v1/auth/password-reset"): (202, 202, 202, 202, 202),  # the same for any email
    ("POST", "/api/v1/auth/password-reset/check"): EVERYONE,  # the link's token is the proof
    ("POST", "/api/v1/auth/password-reset/complete"): (204, 204, 204, 204, 204),
    ("GET", "/api/v1/me/export"): SIGNED_IN,  # one's own data only
    ("GET", "/api/v1/me/deletion"): SIGNED_IN,
    ("POST", "/api/v1/me/deletion"): (401, 200, 200, 200, 409),  # the only admin may not leave
    ("DELETE", "/api/v1/me/deletion"): SIGNED_IN,
    ("GET", "/api/v1/deletions"): ADMINS,
    ("POST", "/api/v1/deletions/{user_id}/carry-out"): (401, 403, 403, 403, 204),
    # The reward store: admins keep it and fulfil; everyone signed in spends their own points.
    ("GET", "/api/v1/rewards"): ADMINS,
    ("POST", "/api/v1/rewards"): (401, 403, 403, 403, 201),
    ("PATCH", "/api/v1/rewards/{reward_id}"): ADMINS,
    ("DELETE", "/api/v1/rewards/{reward_id}"): ADMINS,
    ("POST", "/api/v1/rewards/{reward_id}/restore"): ADMINS,
    ("GET", "/api/v1/store"): SIGNED_IN,
    ("POST", "/api/v1/store/redemptions"): (401, 201, 201, 201, 201),
    ("GET", "/api/v1/store/redemptions"): SIGNED_IN,  # one's own
    ("POST", "/api/v1/store/redemptions/{redemption_id}/cancel"): (401, 200, 404, 404, 404),  # Ada's
    ("POST", "/api/v1/store/redemptions/{redemption_id}/received"): (401, 200, 404, 404, 404),
    ("GET", "/api/v1/redemptions"): ADMINS,
    ("PATCH", "/api/v1/redemptions/{redemption_id}"): ADMINS,
    ("GET", "/api/v1/redemptions.csv"): ADMINS,
}


def documented_operations(app) -> set[tuple[str, str]]:
    document = app.test_client().get("/api/openapi.json").get_json()
    methods = {"get", "post", "put", "patch", "delete"}
    return {(m.upper(), path) for path, item in document["paths"].items() for m in item if m in methods}


def test_every_documented_operation_has_a_row(app):
    documented = documented_operations(app)
    assert documented - set(EXPECTED) == set(), "operations nobody decided who may call"
    assert set(EXPECTED) - documented == set(), "rows for operations that no longer exist"
    assert set(EXPECTED) == set(valid_calls.CALLS)


def send(client: JsonClient, method: str, url: str, query, body):
    if method == "GET":
        return client.get(url, query_string=query)
    if body and any(isinstance(value, tuple) for value in body.values()):  # a file upload
        files = {name: FileStorage(io.BytesIO(data), filename) for name, (data, filename) in body.items()}
        boundary, encoded = encode_multipart(files)
        return client.post(url, data=encoded, content_type=f"multipart/form-data; boundary={boundary}")
    return client.open(
        url,
        method=method,
        query_string=query,
        json=body,
        headers={"X-CSRFToken": client.csrf()},
    )


@pytest.mark.parametrize("operation", sorted(EXPECTED), ids=" ".join)
def test_each_role_gets_the_status_in_the_table(app, db, vapid, operation):
    method, path = operation
    company = world.build()
    for role, expected in zip(ROLES, EXPECTED[operation], strict=True):
        client = signed_in(app, company.users.get(role))
        url, query, body = valid_calls.call_for(method, path, company)
        before = row_counts()
        response = send(client, method, url, query, body)
        assert response.status_code == expected, (role, response.get_json(silent=True))
        if expected >= 400:
            assert response.get_json()["error"]["status"] == expected
            assert row_counts() == before, f"{role} was refused but something changed"
        elif method != "GET":
            reset(app)  # the next role starts from the same world
            company = world.build()
