"""One advocate's ordinary life in the product, through the API, for the privacy tests: guidelines
read, a share, clicks on the tracked link (the WSGI fast path and the Flask route), a push device,
a suggestion, a rating, kudos both ways."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from tests.factories import ContentFactory

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
CRAWLER = "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"


@dataclass
class Lived:
    content_id: int
    link: str  # the tracked link's path


def ok(response, status=200):
    assert response.status_code == status, response.get_json()
    return response.get_json()


def live(
    advocate_client, manager_client, admin_client, visitor, advocate, subscription, environ=None
) -> Lived:
    """Everything an advocate does in a week; `environ` is what each request's WSGI environ adds
    (the address the requests come from)."""
    environ = environ or {}
    version = ok(
        admin_client.put("/api/v1/guidelines", json={"text": "Be kind and be honest online, always."})
    )["version"]
    ok(advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": version}))
    content = ContentFactory(title="Our spring launch")
    share = {"content_id": content.id, "network": "linkedin", "client_id": "first-share-of-the-week"}
    ok(advocate_client.post("/api/v1/shares", json=share, environ_base=environ), 201)
    feed = advocate_client.get("/api/v1/content/feed").get_json()["items"]
    link = urlsplit(feed[0]["share_links"]["linkedin"]).path
    assert visitor.get(link, headers={"User-Agent": PHONE}, environ_base=environ).status_code == 302
    assert visitor.get(link, headers={"User-Agent": CRAWLER}, environ_base=environ).status_code == 200
    device = {**subscription.info(), "label": "Chrome on Android"}
    ok(advocate_client.post("/api/v1/push/devices", json=device, environ_base=environ), 201)
    suggestion = {"url": "https://blog.example.test/ours", "title": "Our blog", "comment": "My own words"}
    ok(advocate_client.post("/api/v1/suggestions", json=suggestion, environ_base=environ), 201)
    ok(advocate_client.put(f"/api/v1/content/{content.id}/rating", json={"value": "useful"}))
    kudos = {"receiver_id": advocate.id, "message": "Great launch week", "points": 5}
    ok(manager_client.post("/api/v1/kudos", json=kudos, environ_base=environ), 201)
    return Lived(content.id, link)
