"""Link preview: the form is filled from the page's Open Graph and Twitter card tags (or its
<title> and description), fetched by the server from public addresses only, with every redirect
checked again and caps on time and size. Pages are served from loopback, which the
LINK_PREVIEW_ALLOW_PRIVATE setting lets through for these tests only."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from server.content import link_preview, public_only

PREVIEW = "/api/v1/content/link-preview"
OPEN_GRAPH = b"""<!doctype html><html><head>
<meta charset="utf-8"><title>Fallback title</title>
<meta property="og:title" content="Spring launch &amp; more">
<meta property="og:description" content="  Everything new
  this spring. ">
<meta property="og:image" content="/images/cover.png">
<meta property="og:site_name" content="Northwind News">
<meta name="twitter:title" content="Twitter title">
</head><body><h1>Hi</h1></body></html>"""
TWITTER = b"""<html><head><meta name="twitter:title" content="Card title">
<meta name="twitter:description" content="Card summary">
<meta name="twitter:image" content="https://cdn.example.test/card.jpg"></head></html>"""
PLAIN = """<html><head><meta charset="iso-8859-1"><title> Plain   page - café </title>
<meta name="description" content="A page without cards."></head><body></body></html>""".encode(
    "latin-1", "replace"
)


class Pages(BaseHTTPRequestHandler):
    """A small site: each path is one kind of page the preview meets."""

    def do_GET(self):
        self.server.paths.append(self.path)
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            return self._send(404, b"gone")
        route(self)

    def _send(self, status, body=b"", kind="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _slow(handler):
    time.sleep(1.5)
    handler._send(200, OPEN_GRAPH)


def _huge(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    try:
        for _ in range(40):  # 2.6 MB, with no Content-Length to go by
            handler.wfile.write(chunk)
    except (BrokenPipeError, ConnectionResetError):
        pass


ROUTES = {
    "/og": lambda h: h._send(200, OPEN_GRAPH),
    "/twitter": lambda h: h._send(200, TWITTER),
    "/plain": lambda h: h._send(200, PLAIN, kind="text/html"),
    "/pdf": lambda h: h._send(200, b"%PDF-1.4", kind="application/pdf"),
    "/broken": lambda h: h._send(500, b"oops"),
    "/slow": _slow,
    "/huge": _huge,
    "/hop": lambda h: h._send(302, headers=[("Location", "/og")]),
    "/to-file": lambda h: h._send(302, headers=[("Location", "file:///etc/passwd")]),
    "/loop": lambda h: h._send(302, headers=[("Location", "/loop")]),
    "/to-private": lambda h: h._send(
        302, headers=[("Location", f"http://[::1]:{h.server.server_address[1]}/og")]
    ),
}


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    server.paths = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def base(site):
    site.paths.clear()
    return f"http://127.0.0.1:{site.server_address[1]}"


@pytest.fixture
def loopback_allowed(app):
    app.config["LINK_PREVIEW_ALLOW_PRIVATE"] = True
    yield
    app.config["LINK_PREVIEW_ALLOW_PRIVATE"] = False


def _refusal(response) -> str:
    assert response.status_code == 422, response.get_json()
    fields = response.get_json()["error"]["fields"]
    assert list(fields) == ["url"]
    return fields["url"][0]


def test_open_graph_fills_the_form_with_the_image_made_absolute(admin_client, base, loopback_allowed):
    response = admin_client.post(PREVIEW, json={"url": f"{base}/og"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {
        "url": f"{base}/og",
        "title": "Spring launch & more",
        "summary": "Everything new this spring.",
        "image_url": f"{base}/images/cover.png",
        "site_name": "Northwind News",
    }


def test_twitter_card_tags_when_there_is_no_open_graph(manager_client, base, loopback_allowed):
    body = manager_client.post(PREVIEW, json={"url": f"{base}/twitter"}).get_json()
    assert body["title"] == "Card title"
    assert body["summary"] == "Card summary"
    assert body["image_url"] == "https://cdn.example.test/card.jpg"
    assert body["site_name"] == "127.0.0.1"


def test_title_and_description_as_the_last_resort_in_the_pages_own_charset(
    admin_client, base, loopback_allowed
):
    body = admin_client.post(PREVIEW, json={"url": f"{base}/plain"}).get_json()
    assert body["title"] == "Plain page - café"
    assert body["summary"] == "A page without cards."
    assert body["image_url"] is None


def test_redirects_are_followed_to_the_page(admin_client, base, loopback_allowed):
    body = admin_client.post(PREVIEW, json={"url": f"{base}/hop"}).get_json()
    assert body["url"] == f"{base}/og"
    assert body["title"] == "Spring launch & more"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/broken", "it answered with error 500"),
        ("/missing", "it answered with error 404"),
        ("/pdf", "it is not a web page"),
        ("/huge", "it is larger than 2 MB"),
        ("/loop", "it redirected more than 5 times"),
        ("/to-file", "its address is not an http or https web address"),
    ],
)
def test_a_page_that_cannot_be_read_says_why(admin_client, base, loopback_allowed, path, reason):
    message = _refusal(admin_client.post(PREVIEW, json={"url": f"{base}{path}"}))
    assert message == f"We couldn't read that page ({reason}). Fill in the title and summary yourself."


def test_a_slow_page_is_given_up_on(admin_client, base, loopback_allowed, monkeypatch):
    monkeypatch.setattr(link_preview, "TIMEOUT", 0.5)
    message = _refusal(admin_client.post(PREVIEW, json={"url": f"{base}/slow"}))
    assert message == (
        "We couldn't read that page (it took too long to answer). Fill in the title and summary yourself."
    )


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1:{port}",
        "localhost:{port}",
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",  # a cloud's metadata service
        "[::1]:{port}",
        "224.0.0.1",
        "0.0.0.0:{port}",
        "240.0.0.1",
    ],
)
def test_private_addresses_are_refused_without_being_fetched(admin_client, site, base, address):
    url = f"http://{address.format(port=site.server_address[1])}/og"
    message = _refusal(admin_client.post(PREVIEW, json={"url": url}))
    assert "private network" in message
    assert site.paths == []


def test_every_redirect_is_checked_again(admin_client, site, base, monkeypatch):
    # Only this test's first address counts as public, so the redirect is what gets refused.
    for module in (link_preview, public_only):
        monkeypatch.setattr(module, "is_public", lambda address: address == "127.0.0.1")
    message = _refusal(admin_client.post(PREVIEW, json={"url": f"{base}/to-private"}))
    assert "private network" in message
    assert site.paths == ["/to-private"]


def test_a_name_that_answers_differently_for_the_connection_gets_nothing(
    admin_client, site, base, monkeypatch
):
    # DNS rebinding: the check is told a public address, the connection reaches loopback.
    monkeypatch.setattr(link_preview, "_resolve", lambda host, port: ["93.184.216.34"])
    message = _refusal(admin_client.post(PREVIEW, json={"url": f"{base}/og"}))
    assert "private network" in message
    assert site.paths == []


def test_a_site_that_does_not_exist_is_named_so(admin_client):
    message = _refusal(admin_client.post(PREVIEW, json={"url": "https://no-such-site.example.test/"}))
    assert "there is no such site" in message


@pytest.mark.parametrize("url", ["ftp://example.test/", "javascript:alert(1)", "not a url", ""])
def test_only_web_addresses_are_taken(admin_client, url):
    response = admin_client.post(PREVIEW, json={"url": url})
    assert response.status_code == 422
    assert response.get_json()["error"]["fields"]["url"] == [
        "Enter the web address of the page to share, starting with https://"
    ]


def test_link_preview_is_for_managers_and_admins(advocate_client, client, site, base):
    assert advocate_client.post(PREVIEW, json={"url": f"{base}/og"}).status_code == 403
    assert client.post(PREVIEW, json={"url": f"{base}/og"}).status_code == 401
    assert site.paths == []
