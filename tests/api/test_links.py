"""Tracked links: one per advocate, content and network; people are redirected with UTM, crawlers
get the card; a click counts once per visitor and day, never the advocate's own, and earns points
through the rules."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from flask import current_app
from sqlalchemy import func

from server.links import codes
from server.models import Click, LedgerEntry
from tests.factories import ContentFactory

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
LAPTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
CLICKS_EARN = {
    "rules": [
        {"id": "share.base", "name": "Shared content", "trigger": "share", "points": 10},
        {
            "id": "click.base",
            "name": "Click on your link",
            "trigger": "click",
            "points": 2,
            "caps": [{"window": "day", "points": 4}],
        },
    ]
}


def _link(advocate_client, content, network="linkedin") -> str:
    items = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    [item] = [i for i in items if i["id"] == content.id]
    return urlsplit(item["share_links"][network]).path


def _visit(client, path, agent=PHONE, address="203.0.113.7"):
    return client.get(path, headers={"User-Agent": agent}, environ_base={"REMOTE_ADDR": address})


def _clicks(db) -> int:
    return db.session.scalar(db.select(func.count()).select_from(Click))


def _run() -> int:
    return current_app.extensions["tasks"].run_pending()


def test_the_feed_gives_each_network_its_own_short_link(advocate_client, advocate, db):
    content = ContentFactory()
    items = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    links = items[0]["share_links"]
    assert set(links) == {"linkedin", "x", "facebook", "whatsapp", "email"}
    assert len(set(links.values())) == 5 and all("/s/" in link for link in links.values())
    assert codes.decode(urlsplit(links["x"]).path.rsplit("/", 1)[1]) == (advocate.id, content.id, "x")


def test_people_are_redirected_to_the_content_with_utm_and_the_query_kept(advocate_client, client, db):
    content = ContentFactory(
        title="Spring Launch: 5 things!", url="https://news.example.test/spring?ref=home#top"
    )
    response = _visit(client, _link(advocate_client, content, "x"))
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert (location.netloc, location.path, location.fragment) == ("news.example.test", "/spring", "top")
    assert dict(parse_qsl(location.query)) == {
        "ref": "home",
        "utm_source": "x",
        "utm_medium": "employee-advocacy",
        "utm_campaign": "spring-launch-5-things",
    }
    assert response.headers["Cache-Control"] == "private, no-store"


def test_utm_the_content_already_sets_is_kept(advocate_client, client, db):
    content = ContentFactory(url="https://news.example.test/a?utm_source=newsletter")
    location = _visit(client, _link(advocate_client, content)).headers["Location"]
    assert dict(parse_qsl(urlsplit(location).query))["utm_source"] == "newsletter"


@pytest.mark.parametrize(
    "agent",
    [
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
        "Twitterbot/1.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "WhatsApp/2.23.20.0",
        "",
    ],
)
def test_crawlers_get_the_card_and_are_never_counted(advocate_client, client, db, agent):
    content = ContentFactory(
        title="Jackets <b>that</b> last", summary="Made to be mended.", image_url="/demo/covers/1.svg"
    )
    response = _visit(client, _link(advocate_client, content), agent=agent)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert '<meta property="og:title" content="Jackets &lt;b&gt;that&lt;/b&gt; last">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert 'content="http://localhost/demo/covers/1.svg"' in page
    assert "https://news.example.test/" in page
    assert _clicks(db) == 0


def test_a_click_counts_once_per_visitor_and_day(advocate_client, client, db):
    path = _link(advocate_client, ContentFactory())
    for _ in range(3):
        assert _visit(client, path).status_code == 302
    assert _clicks(db) == 1
    _visit(client, path, agent=LAPTOP)  # another browser on the same network: another visitor
    _visit(client, path, address="198.51.100.20")  # another address
    assert _clicks(db) == 3


def test_no_address_is_stored(advocate_client, client, db):
    _visit(client, _link(advocate_client, ContentFactory()), address="203.0.113.99")
    click = db.session.scalar(db.select(Click))
    assert "203.0.113.99" not in str([getattr(click, c.key) for c in Click.__table__.columns])
    assert len(click.visitor) == 64


def test_the_advocates_own_clicks_do_not_count(advocate_client, db):
    response = _visit(advocate_client, _link(advocate_client, ContentFactory()))
    assert response.status_code == 302
    assert _clicks(db) == 0


def test_a_tampered_or_unknown_code_is_a_404_and_goes_nowhere(advocate_client, client, db):
    path = _link(advocate_client, ContentFactory())
    code = path.rsplit("/", 1)[1]
    forged = code[:-1] + ("A" if code[-1] != "A" else "B")
    for bad in (f"/s/{forged}", "/s/abc", "/s/" + "z" * 30):
        response = _visit(client, bad)
        assert response.status_code == 404 and "Location" not in response.headers
    with _visit(client, "/s/https:%2F%2Fevil.example") as response:  # not a code: the app shell
        assert "Location" not in response.headers
    assert _clicks(db) == 0


def test_counted_clicks_earn_points_through_the_rules_with_caps(admin_client, advocate_client, client, db):
    assert (
        admin_client.post(
            "/api/v1/rules/publish", json={"document": CLICKS_EARN, "reason": "Test"}
        ).status_code
        == 201
    )
    path = _link(advocate_client, ContentFactory())
    for n in range(3):
        _visit(client, path, address=f"198.51.100.{n}")
    assert _run() == 3
    rows = db.session.scalars(db.select(LedgerEntry).filter_by(event_type="click")).all()
    assert sorted(row.points for row in rows) == [2, 2]  # the third click hit the day's cap of 4
    assert advocate_client.get("/api/v1/me").get_json()["points"]["all_time"] == 4
    assert _run() == 0  # nothing left, and nothing scored twice


def test_admins_set_the_utm_parameters_tracked_links_add(admin_client, advocate_client, client, db):
    utm = {"utm_source": "{network}", "utm_medium": "advocacy", "utm_content": "item-{content_id}"}
    response = admin_client.patch("/api/v1/organisation", json={"utm": utm})
    assert response.status_code == 200, response.get_json()
    content = ContentFactory(url="https://news.example.test/b")
    location = _visit(client, _link(advocate_client, content, "facebook")).headers["Location"]
    assert dict(parse_qsl(urlsplit(location).query)) == {
        "utm_source": "facebook",
        "utm_medium": "advocacy",
        "utm_content": f"item-{content.id}",
    }


@pytest.mark.parametrize(
    "utm, message",
    [
        ({"utm_source": "{user_email}"}, "placeholders"),
        ({"utm_source": "{0}"}, "placeholders"),
        ({"utm_evil": "x"}, "UTM parameters are utm_source"),
    ],
)
def test_bad_utm_settings_are_refused_naming_the_field(admin_client, advocate_client, db, utm, message):
    response = admin_client.patch("/api/v1/organisation", json={"utm": utm})
    assert response.status_code == 422
    assert message in str(response.get_json()["error"]["fields"]["utm"])
    assert advocate_client.patch("/api/v1/organisation", json={"ranking": "dense"}).status_code == 403
