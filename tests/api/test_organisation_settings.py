"""Admins set the organisation's name, branding, timezone and the rest from the settings screen:
what they set is what everyone gets, bad input is refused naming the setting in words, and
nobody else changes anything."""

from pathlib import Path

import pytest

from server.extensions import db
from server.models import AuditEntry, Organisation
from server.organisation import colours
from server.push import keys

URL = "/api/v1/organisation"


def test_admin_reads_every_setting_with_branding_unset(admin_client):
    body = admin_client.get(URL).get_json()
    assert body["timezone"] == "UTC"
    assert body["logo_url"] is None and body["brand_colour"] is None and body["accent_colour"] is None
    assert body["push_contact"] is None
    assert {"name", "ranking", "utm", "emv", "kudos_cap", "click_retention_days"} <= set(body)


def test_admin_sets_branding_timezone_and_push_contact(admin_client):
    change = {
        "name": "Northwind",
        "timezone": "Europe/Berlin",
        "logo_url": "https://cdn.northwind.example/logo.png",
        "brand_colour": "#1F5FBF",
        "accent_colour": "#0f766e",
        "push_contact": "comms@northwind.example",
    }
    response = admin_client.patch(URL, json=change)
    assert response.status_code == 200, response.get_json()
    body = admin_client.get(URL).get_json()
    assert body["name"] == "Northwind" and body["timezone"] == "Europe/Berlin"
    assert body["brand_colour"] == "#1f5fbf"  # kept in one spelling
    assert body["push_contact"] == "mailto:comms@northwind.example"  # a bare address is an email
    assert body["logo_url"] == "https://cdn.northwind.example/logo.png"


def test_an_uploaded_logo_and_clearing_it(admin_client):
    assert admin_client.patch(URL, json={"logo_url": "/media/logos/acme.png"}).status_code == 200
    assert admin_client.patch(URL, json={"logo_url": None, "brand_colour": None}).status_code == 200
    body = admin_client.get(URL).get_json()
    assert body["logo_url"] is None and body["brand_colour"] is None


def test_a_colour_white_text_cannot_be_read_on_is_refused_with_a_shade_that_passes(admin_client):
    response = admin_client.patch(URL, json={"brand_colour": "#7fb3ff", "name": "Changed"})
    assert response.status_code == 422
    message = response.get_json()["error"]["fields"]["brand_colour"][0]
    suggestion = colours.darker_passing("#7fb3ff")
    assert message == (
        "White text on #7fb3ff has a contrast of 2.1:1; it needs 4.5:1. "
        f"Try {suggestion}, a darker shade that passes."
    )
    assert colours.contrast_with_white(suggestion) >= 4.5
    assert admin_client.patch(URL, json={"brand_colour": suggestion}).status_code == 200
    assert admin_client.get(URL).get_json()["name"] != "Changed"  # the refused request wrote nothing


def test_contrast_follows_wcag():
    assert round(colours.contrast_with_white("#000000"), 1) == 21.0
    assert round(colours.contrast_with_white("#ffffff"), 1) == 1.0
    assert colours.problem("#767676") is None  # the lightest grey that passes AA
    assert colours.problem("#777777") is not None


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("timezone", "Mars/Olympus", "Choose a timezone from the list, such as Europe/Berlin."),
        ("timezone", 7, "Choose a timezone from the list, such as Europe/Berlin."),
        ("brand_colour", "blue", "Give the brand colour as #rrggbb, such as #1f5fbf."),
        ("accent_colour", "#fff", "Give the accent colour as #rrggbb, such as #1f5fbf."),
        ("accent_colour", "#ffff00", "White text on #ffff00"),
        ("logo_url", "javascript:alert(1)", "Give the logo as a web address starting with https://"),
        ("logo_url", "/etc/passwd", "Give the logo as a web address"),
        ("push_contact", "call us", "Give the push contact as an email address"),
        ("push_contact", "http://insecure.example", "Give the push contact as an email address"),
        ("name", "   ", "Give the organisation a name (up to 120 characters)."),
        ("name", "x" * 121, "Give the organisation a name (up to 120 characters)."),
        ("kudos_cap", -1, "Set the kudos cap from 0 to 100,000 points a month."),
        ("kudos_cap", "lots", "Set the kudos cap as a whole number of points, from 0 to 100,000."),
        ("click_retention_days", 5, "Keep clicks for 30 to 3650 days."),
        ("ranking", "olympic", "Choose how ties rank: competition (1, 2, 2, 4) or dense (1, 2, 2, 3)."),
    ],
)
def test_bad_input_names_the_setting_in_words(admin_client, field, value, words):
    response = admin_client.patch(URL, json={field: value})
    assert response.status_code == 422
    messages = response.get_json()["error"]["fields"][field]
    assert any(message.startswith(words) for message in messages), messages


def test_emv_and_utm_refusals_are_in_words(admin_client):
    response = admin_client.patch(URL, json={"emv": {"currency": "euro", "cost_per_click": -2}})
    fields = response.get_json()["error"]["fields"]["emv"]
    assert fields["currency"] == ["Give the currency as a three-letter code, such as EUR."]
    assert fields["cost_per_click"] == ["Set the value of a click from 0 to 1,000."]
    response = admin_client.patch(URL, json={"utm": {"utm_source": "x" * 101}})
    assert "Keep each UTM parameter to 100 characters." in str(response.get_json()["error"]["fields"])


def test_each_change_is_in_the_audit_log(admin_client, admin):
    admin_client.patch(URL, json={"timezone": "Europe/Lisbon", "kudos_cap": 100})
    entry = db.session.scalar(db.select(AuditEntry).filter_by(action="organisation.update"))
    assert entry.actor_id == admin.id
    assert entry.detail == {"timezone": "Europe/Lisbon"}  # the kudos cap was already 100


@pytest.mark.parametrize("who", ["advocate_client", "manager_client"])
def test_nobody_else_reads_or_changes_the_settings(request, who):
    client = request.getfixturevalue(who)
    assert client.get(URL).status_code == 403
    assert client.patch(URL, json={"brand_colour": "#1f5fbf"}).status_code == 403
    assert Organisation.current().brand_colour is None


def test_the_organisations_push_contact_is_what_push_services_see(app, admin_client, vapid, monkeypatch):
    monkeypatch.setenv("VAPID_SUBJECT", "mailto:ops@server.example")
    assert keys.load(Path(app.instance_path)).subject == "mailto:ops@server.example"
    admin_client.patch(URL, json={"push_contact": "https://northwind.example/contact"})
    assert keys.load(Path(app.instance_path)).subject == "https://northwind.example/contact"
