"""The organisation's settings admins change (name, branding, timezone, tie ranking, kudos cap,
UTM parameters of tracked links, earned media value, click retention, push contact) and the
branding everyone sees before signing in. Every refusal names the setting in words."""

import re
from functools import cache
from zoneinfo import available_timezones

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates

from server.analytics.service import DEFAULT_EMV
from server.content.models import NETWORKS
from server.links.retention import DEFAULT_DAYS, MIN_DAYS
from server.links.utm import DEFAULT_UTM
from server.organisation import colours

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
SAMPLE = {"network": "linkedin", "content_id": 1, "campaign": "spring-launch"}
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LOGO_URL = re.compile(r"^(https?://[^\s/]+\S*|/media/\S+)$", re.IGNORECASE)
EMAIL = re.compile(r"^[^@\s:]+@[^@\s]+\.[^@\s]+$")
KUDOS_CAP = "Set the kudos cap from 0 to 100,000 points a month."
NAME = "Give the organisation a name (up to 120 characters)."
ZONE = "Choose a timezone from the list, such as Europe/Berlin."
LOGO = "Give the logo as a web address starting with https:// (up to 2,048 characters), or upload an image."
CONTACT = (
    "Give the push contact as an email address (such as mailto:comms@example.com) "
    "or a web address starting with https://."
)


def _number(message: str, **kwargs) -> dict:
    """A number field whose every refusal (wrong type, out of range) says the same thing."""
    return {"error_messages": {"invalid": message, "null": message}, **kwargs}


class EmvSettings(Schema):
    currency = fields.String(
        validate=validate.Regexp(
            r"^[A-Z]{3}$", error="Give the currency as a three-letter code, such as EUR."
        ),
    )
    cost_per_click = fields.Float(
        validate=validate.Range(min=0, max=1000, error="Set the value of a click from 0 to 1,000."),
        **_number("Set the value of a click as a number from 0 to 1,000."),
    )
    cost_per_mille = fields.Float(
        validate=validate.Range(
            min=0, max=10000, error="Set the value of 1,000 impressions from 0 to 10,000."
        ),
        **_number("Set the value of 1,000 impressions as a number from 0 to 10,000."),
    )
    reach = fields.Dict(
        keys=fields.String(
            validate=validate.OneOf(NETWORKS, error=f"Estimate reach only for {', '.join(NETWORKS)}.")
        ),
        values=fields.Integer(
            validate=validate.Range(
                min=0, max=10_000_000, error="Give each network's reach as 0 to 10,000,000 impressions."
            ),
            **_number("Give each network's reach as a whole number of impressions."),
        ),
        metadata={"description": "Estimated impressions of one share, per network"},
    )


class OrganisationSettingsOut(Schema):
    name = fields.String()
    timezone = fields.String(metadata={"description": "IANA zone, such as Europe/Berlin"})
    ranking = fields.String(metadata={"description": "competition (1, 2, 2, 4) or dense (1, 2, 2, 3)"})
    utm = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        metadata={"description": "Added to tracked links' destinations; {network}, {content_id}, {campaign}"},
    )
    emv = fields.Nested(EmvSettings, metadata={"description": "How earned media value is estimated"})
    kudos_cap = fields.Integer(metadata={"description": "Kudos points each leader may give per month"})
    click_retention_days = fields.Integer(
        metadata={"description": "Raw clicks older than this are deleted daily; rollups keep the counts"}
    )
    logo_url = fields.String(allow_none=True)
    brand_colour = fields.String(allow_none=True, metadata={"description": "#rrggbb; null: Amplify's own"})
    accent_colour = fields.String(allow_none=True, metadata={"description": "#rrggbb; null: Amplify's own"})
    push_contact = fields.String(
        allow_none=True, metadata={"description": "mailto: or https: contact push services may use"}
    )


class OrganisationPatch(Schema):
    name = fields.String(
        validate=validate.Regexp(r"^(?=.*\S).{1,120}$", error=NAME),
        error_messages={"invalid": NAME, "null": NAME},
    )
    timezone = fields.String(
        error_messages={"invalid": ZONE, "null": ZONE},
        metadata={"description": "IANA zone, such as Europe/Berlin"},
    )
    kudos_cap = fields.Integer(
        strict=True,
        validate=validate.Range(min=0, max=100_000, error=KUDOS_CAP),
        **_number("Set the kudos cap as a whole number of points, from 0 to 100,000."),
    )
    click_retention_days = fields.Integer(
        strict=True,
        validate=validate.Range(min=MIN_DAYS, max=3650, error=f"Keep clicks for {MIN_DAYS} to 3650 days."),
        **_number(f"Keep clicks for a whole number of days, from {MIN_DAYS} to 3650."),
    )
    ranking = fields.String(
        validate=validate.OneOf(
            ("competition", "dense"),
            error="Choose how ties rank: competition (1, 2, 2, 4) or dense (1, 2, 2, 3).",
        )
    )
    utm = fields.Dict(
        keys=fields.String(
            validate=validate.OneOf(
                UTM_KEYS, error=f"UTM parameters are {', '.join(UTM_KEYS)}; not {{input}}."
            ),
        ),
        values=fields.String(
            validate=validate.Length(max=100, error="Keep each UTM parameter to 100 characters.")
        ),
    )
    emv = fields.Nested(EmvSettings)
    logo_url = fields.String(
        allow_none=True,
        error_messages={"invalid": LOGO},
        metadata={"description": "https:// address or an uploaded image (/media/...); null: Amplify's logo"},
    )
    brand_colour = fields.String(
        allow_none=True,
        error_messages={"invalid": "Give the brand colour as #rrggbb, such as #1f5fbf."},
        metadata={"description": "#rrggbb; white text must read on it"},
    )
    accent_colour = fields.String(
        allow_none=True,
        error_messages={"invalid": "Give the accent colour as #rrggbb, such as #1f5fbf."},
        metadata={"description": "#rrggbb; white text must read on it"},
    )
    push_contact = fields.String(
        allow_none=True,
        error_messages={"invalid": CONTACT},
        metadata={"description": "mailto: address or https: page; null: the server's setting"},
    )

    @validates("utm")
    def _placeholders(self, value: dict, **kwargs) -> None:
        for key, template in value.items():
            try:
                template.format(**SAMPLE)
            except (KeyError, IndexError, ValueError):
                raise ValidationError(
                    f"{key}: use only the placeholders {{network}}, {{content_id}} and {{campaign}}."
                ) from None

    @validates("timezone")
    def _zone(self, value: str, **kwargs) -> None:
        if value not in _zones():
            raise ValidationError(ZONE)

    @validates("logo_url")
    def _logo(self, value: str | None, **kwargs) -> None:
        if value is not None and (len(value) > 2048 or not LOGO_URL.match(value)):
            raise ValidationError(LOGO)

    @validates("brand_colour")
    def _brand(self, value: str | None, **kwargs) -> None:
        _check_colour("brand colour", value)

    @validates("accent_colour")
    def _accent(self, value: str | None, **kwargs) -> None:
        _check_colour("accent colour", value)

    @validates("push_contact")
    def _contact(self, value: str | None, **kwargs) -> None:
        if value is not None and not _contact_form(value):
            raise ValidationError(CONTACT)

    @post_load
    def _normalise(self, data: dict, **kwargs) -> dict:
        for name in ("brand_colour", "accent_colour"):
            if data.get(name):
                data[name] = data[name].lower()
        if data.get("push_contact") and EMAIL.match(data["push_contact"]):
            data["push_contact"] = f"mailto:{data['push_contact']}"  # a bare address is an email
        return data


def _check_colour(label: str, value: str | None) -> None:
    if value is None:
        return
    if not HEX_COLOUR.match(value):
        raise ValidationError(f"Give the {label} as #rrggbb, such as #1f5fbf.")
    refusal = colours.problem(value.lower())
    if refusal:
        raise ValidationError(refusal)


def _contact_form(value: str) -> bool:
    if len(value) > 254 or any(c.isspace() for c in value):
        return False
    if value.lower().startswith("mailto:"):
        return bool(EMAIL.match(value[len("mailto:") :]))
    return bool(EMAIL.match(value)) or bool(re.match(r"^https://[^/\s]+\.[^/\s]+", value, re.IGNORECASE))


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


class BrandingOut(Schema):
    name = fields.String()
    logo_url = fields.String(allow_none=True)
    brand_colour = fields.String(allow_none=True, metadata={"description": "#rrggbb; null: Amplify's own"})
    accent_colour = fields.String(allow_none=True, metadata={"description": "#rrggbb; null: Amplify's own"})


def settings_of(org) -> dict:
    emv = {**DEFAULT_EMV, **(org.emv or {})}
    return {
        "name": org.name,
        "timezone": org.timezone,
        "ranking": org.ranking,
        "utm": org.utm or DEFAULT_UTM,
        "emv": emv,
        "kudos_cap": org.kudos_cap if org.kudos_cap is not None else 100,
        "click_retention_days": org.click_retention_days or DEFAULT_DAYS,
        **branding_of(org),
        "push_contact": org.push_contact,
    }


def branding_of(org) -> dict:
    return {
        "name": org.name,
        "logo_url": org.logo_url,
        "brand_colour": org.brand_colour,
        "accent_colour": org.accent_colour,
    }
