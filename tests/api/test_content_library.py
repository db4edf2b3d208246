"""The console's content library: tabs, search, filters, sorting and paging in the database;
duplicate, archive, restore and delete; targeting that says who will see an item; the form's
messages in words."""

from datetime import timedelta

import pytest

from server.extensions import db as database
from server.models import Content
from server.models.types import utcnow
from server.organisation.models import team_managers
from tests.factories import ContentFactory, TeamFactory, UserFactory

# Every test runs on the fixed clock (tests/conftest.py), never today's date.
pytestmark = pytest.mark.usefixtures("clock")

LIBRARY = "/api/v1/content/library"


def _titles(client, **query) -> list[str]:
    response = client.get(LIBRARY, query_string=query)
    assert response.status_code == 200, response.get_json()
    return [item["title"] for item in response.get_json()["items"]]


def _content_count() -> int:
    return database.session.scalar(database.select(database.func.count(Content.id)))


@pytest.fixture
def tabs(db, admin):
    """One item in each tab, made by the admin."""
    now = utcnow()
    return {
        "draft": ContentFactory(title="Draft", status="draft", created_by_id=admin.id),
        "scheduled": ContentFactory(
            title="Scheduled", publish_at=now + timedelta(hours=2), created_by_id=admin.id
        ),
        "published": ContentFactory(title="Live", publish_at=now - timedelta(days=1), created_by_id=admin.id),
        "expired": ContentFactory(
            title="Expired",
            publish_at=now - timedelta(days=3),
            expires_at=now - timedelta(days=1),
            created_by_id=admin.id,
        ),
        "archived": ContentFactory(title="Archived", status="archived", created_by_id=admin.id),
    }


def test_each_tab_holds_its_items_with_counts_for_every_tab(admin_client, tabs):
    for tab, item in tabs.items():
        body = admin_client.get(LIBRARY, query_string={"tab": tab}).get_json()
        assert [i["title"] for i in body["items"]] == [item.title]
        assert body["items"][0]["state"] == tab
        assert body["total"] == 1
        assert body["counts"] == {t: 1 for t in tabs}


def test_items_carry_their_author_and_the_content_fields(admin_client, admin, tabs):
    item = admin_client.get(LIBRARY, query_string={"tab": "published"}).get_json()["items"][0]
    assert item["author"] == {"id": admin.id, "display_name": "Rae"}
    assert item["captions"] == {"linkedin": "Have a read", "x": "Read this"}
    assert item["caption_variants"] == {}
    assert item["target_team_ids"] == []


def test_without_a_tab_every_item_is_listed_newest_publish_first(admin_client, tabs):
    body = admin_client.get(LIBRARY).get_json()
    assert body["total"] == 5
    assert body["items"][0]["title"] == "Scheduled"
    assert body["items"][-1]["title"] == "Expired"


def test_search_matches_title_or_tag_in_any_case(admin_client, db):
    ContentFactory(title="Spring LAUNCH recap")
    ContentFactory(title="Other", tags=["launch-week"])
    ContentFactory(title="Unrelated", tags=["hiring"])
    assert sorted(_titles(admin_client, q="launch")) == ["Other", "Spring LAUNCH recap"]
    assert _titles(admin_client, q="HIRING") == ["Unrelated"]
    assert _titles(admin_client, q="%") == []  # a wildcard is a character, not "anything"


def test_filters_by_team_network_and_author(admin_client, admin, manager, team, db):
    other = TeamFactory(name="Marketing")
    ContentFactory(
        title="Sales only", target_teams=[team], created_by_id=manager.id, captions={"linkedin": "In"}
    )
    ContentFactory(title="Marketing only", target_teams=[other], captions={"x": "Hi"})
    ContentFactory(title="Variants", captions={}, caption_variants={"facebook": ["One", "Two"]})
    assert _titles(admin_client, team=team.id) == ["Sales only"]
    assert _titles(admin_client, network="x") == ["Marketing only"]
    assert _titles(admin_client, network="facebook") == ["Variants"]
    assert _titles(admin_client, network="linkedin") == ["Sales only"]
    assert _titles(admin_client, author=manager.id) == ["Sales only"]


def test_campaign_filter_uses_the_campaigns_tags_in_the_rules(admin_client, admin, db):
    from server.rules import previews, rulebook

    document = previews.current()["document"]
    now = utcnow()
    window = {"starts": (now - timedelta(days=1)).isoformat(), "ends": (now + timedelta(days=9)).isoformat()}
    document["campaigns"] = [
        {"id": "spring", "name": "Spring", "multiplier": 2, "tags": ["spring-launch"], **window},
        {"id": "all", "name": "Everything", "multiplier": 1.5, "tags": [], **window},
    ]
    rulebook.publish(admin, document, None)
    ContentFactory(title="Tagged", tags=["spring-launch", "news"])
    ContentFactory(title="Near miss", tags=["spring-launch-2"])
    assert _titles(admin_client, campaign="spring") == ["Tagged"]
    assert sorted(_titles(admin_client, campaign="all")) == ["Near miss", "Tagged"]
    unknown = admin_client.get(LIBRARY, query_string={"campaign": "winter"})
    assert unknown.status_code == 422
    assert "winter" in unknown.get_json()["error"]["fields"]["campaign"][0]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["alpha", "Bravo", "charlie"]),
        ("-title", ["charlie", "Bravo", "alpha"]),
        ("publish_at", ["charlie", "alpha", "Bravo"]),
        ("-publish_at", ["Bravo", "alpha", "charlie"]),
        ("created_at", ["alpha", "Bravo", "charlie"]),
        ("-created_at", ["charlie", "Bravo", "alpha"]),
    ],
)
def test_sorts(admin_client, db, clock, sort, expected):
    now = utcnow()
    for title, hours_ago in (("alpha", 2), ("Bravo", 1), ("charlie", 3)):
        ContentFactory(title=title, publish_at=now - timedelta(hours=hours_ago))
        clock.shift(timedelta(minutes=1))
    assert _titles(admin_client, sort=sort) == expected


def test_pages_are_cut_by_the_database(admin_client, db):
    now = utcnow()
    for n in range(7):
        ContentFactory(title=f"Item {n}", publish_at=now - timedelta(hours=n))
    first = admin_client.get(LIBRARY, query_string={"per_page": 3}).get_json()
    third = admin_client.get(LIBRARY, query_string={"per_page": 3, "page": 3}).get_json()
    assert [i["title"] for i in first["items"]] == ["Item 0", "Item 1", "Item 2"]
    assert (first["total"], first["page"], first["per_page"]) == (7, 1, 3)
    assert [i["title"] for i in third["items"]] == ["Item 6"]
    assert admin_client.get(LIBRARY, query_string={"page": 9}).get_json()["items"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"tab": "live"}, "tab"),
        ({"sort": "colour"}, "sort"),
        ({"page": 0}, "page"),
        ({"per_page": 101}, "per_page"),
        ({"network": "myspace"}, "network"),
        ({"team": "sales"}, "team"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_queries_name_the_parameter(admin_client, query, field):
    response = admin_client.get(LIBRARY, query_string=query)
    assert response.status_code == 422
    assert field in response.get_json()["error"]["fields"]


def test_managers_see_what_they_made_or_what_targets_only_their_teams(manager_client, manager, team, db):
    other = TeamFactory(name="Marketing")
    ContentFactory(title="Mine, for everyone", created_by_id=manager.id)
    ContentFactory(title="For Sales", target_teams=[team])
    ContentFactory(title="For Sales and Marketing", target_teams=[team, other])
    ContentFactory(title="For everyone")
    ContentFactory(title="For Marketing", target_teams=[other])
    assert sorted(_titles(manager_client)) == ["For Sales", "Mine, for everyone"]
    database.session.execute(team_managers.insert().values(team_id=other.id, user_id=manager.id))
    database.session.commit()
    assert len(_titles(manager_client)) == 4


def test_library_is_for_managers_and_admins(advocate_client, client):
    assert advocate_client.get(LIBRARY).status_code == 403
    assert client.get(LIBRARY).status_code == 401


# Duplicate, archive, restore, delete.


def test_duplicate_makes_a_draft_copy_by_the_caller(manager_client, manager, admin, team, db):
    original = ContentFactory(
        title="Launch",
        target_teams=[team],
        tags=["launch"],
        caption_variants={"x": ["Two", "Three"]},
        created_by_id=admin.id,
        announced_at=utcnow(),
    )
    response = manager_client.post(f"/api/v1/content/{original.id}/duplicate")
    assert response.status_code == 201, response.get_json()
    copy = response.get_json()
    assert copy["id"] != original.id
    assert (copy["title"], copy["status"], copy["url"]) == ("Copy of Launch", "draft", original.url)
    assert copy["target_team_ids"] == [team.id]
    assert copy["tags"] == ["launch"]
    assert copy["caption_variants"] == {"x": ["Two", "Three"]}
    assert database.session.get(Content, copy["id"]).created_by_id == manager.id
    assert database.session.get(Content, copy["id"]).announced_at is None


def test_archive_then_restore_brings_it_back_as_a_draft(admin_client, advocate_client, db):
    item = ContentFactory(title="Live")
    archived = admin_client.post(f"/api/v1/content/{item.id}/archive")
    assert (archived.status_code, archived.get_json()["status"]) == (200, "archived")
    assert advocate_client.get("/api/v1/content/feed").get_json()["items"] == []
    restored = admin_client.post(f"/api/v1/content/{item.id}/restore")
    assert (restored.status_code, restored.get_json()["status"]) == (200, "draft")
    assert advocate_client.get("/api/v1/content/feed").get_json()["items"] == []
    again = admin_client.post(f"/api/v1/content/{item.id}/restore")
    assert again.status_code == 409
    assert again.get_json()["error"]["message"] == "Only archived content can be restored."


def test_only_drafts_can_be_deleted(admin_client, db):
    draft = ContentFactory(status="draft")
    live = ContentFactory()
    assert admin_client.delete(f"/api/v1/content/{draft.id}").status_code == 204
    assert admin_client.get(f"/api/v1/content/{draft.id}").status_code == 404
    refused = admin_client.delete(f"/api/v1/content/{live.id}")
    assert refused.status_code == 409
    assert refused.get_json()["error"]["message"] == (
        "Only drafts can be deleted; archive published content instead."
    )
    assert admin_client.get(f"/api/v1/content/{live.id}").get_json()["status"] == "published"


def test_a_draft_that_was_published_before_is_archived_not_deleted(admin_client, db):
    item = ContentFactory(status="draft", announced_at=utcnow())
    response = admin_client.delete(f"/api/v1/content/{item.id}")
    assert response.status_code == 409
    assert "archive it instead" in response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    ("method", "action"),
    [("post", "duplicate"), ("post", "archive"), ("post", "restore"), ("delete", ""), ("patch", "")],
)
def test_managers_cannot_change_another_teams_content_and_nothing_is_written(
    manager_client, db, method, action
):
    other = TeamFactory(name="Marketing")
    item = ContentFactory(title="Theirs", status="archived", target_teams=[other])
    before = _content_count()
    url = f"/api/v1/content/{item.id}" + (f"/{action}" if action else "")
    response = getattr(manager_client, method)(url, json={"title": "Mine"} if method == "patch" else None)
    assert response.status_code == 403
    assert _content_count() == before
    database.session.expire_all()
    assert (item.status, item.title) == ("archived", "Theirs")


def test_managers_change_content_targeted_only_at_teams_they_manage(manager_client, team, db):
    item = ContentFactory(title="For Sales", target_teams=[team])
    response = manager_client.patch(f"/api/v1/content/{item.id}", json={"title": "For Sales, edited"})
    assert response.status_code == 200


@pytest.mark.parametrize("action", ["duplicate", "archive", "restore"])
def test_actions_on_missing_content_are_404(admin_client, action):
    assert admin_client.post(f"/api/v1/content/4242/{action}").status_code == 404


# Targeting.


def _manage(manager, team) -> None:
    database.session.execute(team_managers.insert().values(team_id=team.id, user_id=manager.id))
    database.session.commit()


def test_targets_for_a_manager_are_the_teams_they_manage_with_their_people(
    manager_client, manager, advocate, team, db
):
    support, marketing = TeamFactory(name="Support"), TeamFactory(name="Marketing")
    _manage(manager, support)
    UserFactory(team=support)
    UserFactory(team=support, active=False)
    UserFactory(team=marketing)
    body = manager_client.get("/api/v1/content/targets").get_json()
    assert body == {
        "everyone_allowed": False,
        "teams": [
            {"id": team.id, "name": "Sales", "people": 2},
            {"id": support.id, "name": "Support", "people": 1},
        ],
    }


def test_targets_for_an_admin_are_every_team_not_archived(admin_client, team, db):
    TeamFactory(name="Old", archived_at=utcnow())
    body = admin_client.get("/api/v1/content/targets").get_json()
    assert body == {"everyone_allowed": True, "teams": [{"id": team.id, "name": "Sales", "people": 0}]}


def test_audience_says_who_will_see_it(admin_client, manager_client, manager, advocate, team, db):
    support = TeamFactory(name="Support")
    UserFactory(team=support)
    everyone = admin_client.post("/api/v1/content/audience", json={"target_team_ids": []}).get_json()
    assert everyone == {"everyone": True, "people": 4, "teams": []}  # Ada, Max, Rae and Support's one
    chosen = admin_client.post("/api/v1/content/audience", json={"target_team_ids": [support.id]}).get_json()
    assert chosen == {
        "everyone": False,
        "people": 1,
        "teams": [{"id": support.id, "name": "Support", "people": 1}],
    }
    # A manager's empty choice is every team they manage, never everyone.
    theirs = manager_client.post("/api/v1/content/audience", json={}).get_json()
    assert theirs == {
        "everyone": False,
        "people": 2,
        "teams": [{"id": team.id, "name": "Sales", "people": 2}],
    }


def test_a_manager_targeting_a_team_they_do_not_manage_is_told_once(manager_client, db):
    marketing = TeamFactory(name="Marketing")
    before = _content_count()
    body = {"title": "Hi", "url": "https://example.test/", "target_team_ids": [marketing.id]}
    for url, sent in (
        ("/api/v1/content", body),
        ("/api/v1/content/audience", {"target_team_ids": [marketing.id]}),
    ):
        response = manager_client.post(url, json=sent)
        assert response.status_code == 403
        message = "You can publish only to teams you manage: Marketing isn't one of them."
        assert response.get_json()["error"]["fields"] == {"target_team_ids": [message]}
    assert _content_count() == before


def test_a_manager_leaving_targets_empty_reaches_every_team_they_manage(manager_client, manager, team, db):
    support = TeamFactory(name="Support")
    _manage(manager, support)
    response = manager_client.post("/api/v1/content", json={"title": "Hi", "url": "https://example.test/"})
    assert response.status_code == 201
    assert response.get_json()["target_team_ids"] == sorted([team.id, support.id])


def test_a_manager_of_no_team_is_told_there_is_nobody_to_publish_to(login_as, db):
    lone = UserFactory(role="manager", team=None)
    response = login_as(lone).post("/api/v1/content", json={"title": "Hi", "url": "https://example.test/"})
    assert response.status_code == 403
    assert response.get_json()["error"]["fields"]["target_team_ids"] == [
        "You manage no team yet, so there is nobody to publish to."
    ]


# Caption variants and messages in words.


def test_caption_variants_are_kept_per_network(admin_client, db):
    variants = {"linkedin": ["One", "Two"], "x": ["Short"]}
    body = {"title": "T", "url": "https://example.test/", "caption_variants": variants}
    created = admin_client.post("/api/v1/content", json=body)
    assert created.status_code == 201
    assert created.get_json()["caption_variants"] == variants


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"url": "https://example.test/"}, "title", "Give the content a title (up to 200 characters)."),
        (
            {"title": "", "url": "https://example.test/"},
            "title",
            "Give the content a title (up to 200 characters).",
        ),
        (
            {"title": "x" * 201, "url": "https://example.test/"},
            "title",
            "Give the content a title (up to 200 characters).",
        ),
        (
            {"title": "T", "url": "example"},
            "url",
            "Enter the web address of the page to share, starting with https://",
        ),
        ({"title": "T"}, "url", "Enter the web address of the page to share, starting with https://"),
        (
            {
                "title": "T",
                "url": "https://example.test/",
                "publish_at": "2030-01-02T00:00:00Z",
                "expires_at": "2030-01-01T00:00:00Z",
            },
            "expires_at",
            "The end date must be after the publish date.",
        ),
        (
            {"title": "T", "url": "https://example.test/", "caption_variants": {"x": ["a"] * 6}},
            "caption_variants",
            None,
        ),
        (
            {"title": "T", "url": "https://example.test/", "caption_variants": {"x": ["a" * 3001]}},
            "caption_variants",
            None,
        ),
        (
            {"title": "T", "url": "https://example.test/", "caption_variants": {"myspace": ["a"]}},
            "caption_variants",
            None,
        ),
        ({"title": "T", "url": "https://example.test/", "tags": ["Bad Tag"]}, "tags", None),
    ],
)
def test_bad_content_is_refused_in_words_naming_the_field(admin_client, body, field, message):
    response = admin_client.post("/api/v1/content", json=body)
    assert response.status_code == 422
    fields = response.get_json()["error"]["fields"]
    assert list(fields) == [field]
    if message:
        assert fields[field] == [message]
    assert _content_count() == 0
