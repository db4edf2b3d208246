"""Rich text in content summaries: simple formatting survives, anything that could run is removed
when written and again when read, and places that show text get plain words."""

from server.models import Content
from tests.api.test_links import _link, _visit
from tests.factories import ContentFactory

HOSTILE = (
    '<p onclick="steal()">Built <b>to last</b>, <em>made</em> to be <a href="https://northwind.example/'
    'repair">mended</a>.</p><script>alert(1)</script><img src=x onerror="alert(2)">'
    '<a href="javascript:alert(3)">click</a><style>body{display:none}</style>'
    "<ul><li>Wool</li><li>Cotton &amp; hemp</li></ul>"
)


def test_a_pasted_summary_keeps_its_formatting_and_loses_anything_that_runs(admin_client, db):
    body = {"title": "Repair week", "url": "https://northwind.example/repair", "summary": HOSTILE}
    created = admin_client.post("/api/v1/content", json=body)
    assert created.status_code == 201, created.get_json()
    stored = db.session.get(Content, created.get_json()["id"]).summary
    for gone in ("onclick", "<script", "alert", "<img", "onerror", "javascript:", "<style", "display:none"):
        assert gone not in stored, gone
    html = created.get_json()["summary_html"]
    assert "<b>to last</b>" in html and "<em>made</em>" in html and "<li>Cotton &amp; hemp</li>" in html
    assert '<a href="https://northwind.example/repair" target="_blank" rel="noopener noreferrer' in html
    assert created.get_json()["summary"] == "Built to last, made to be mended. click Wool Cotton & hemp"


def test_a_summary_stored_before_sanitizing_existed_is_still_cleaned_on_the_way_out(
    admin_client, advocate_client, db
):
    ContentFactory(title="Old story", summary='<b>Old</b><script>alert("x")</script>')
    [item] = [
        i
        for i in advocate_client.get("/api/v1/content/feed").get_json()["items"]
        if i["title"] == "Old story"
    ]
    assert item["summary_html"] == "<b>Old</b>"
    assert item["summary"] == "Old"


def test_link_previews_get_the_summary_as_plain_text(advocate_client, client, db):
    content = ContentFactory(title="Repair week", summary="<p>Built <b>to last</b> &amp; mended.</p>")
    page = _visit(client, _link(advocate_client, content), agent="LinkedInBot/1.0").get_data(as_text=True)
    assert '<meta name="description" content="Built to last &amp; mended.">' in page
