"""The organisation's settings admins change: name, tie ranking, UTM parameters of tracked links,
and how earned media value is estimated."""

from marshmallow import Schema, ValidationError, fields, validate, validates

from server.analytics.service import DEFAULT_EMV
from server.content.models import NETWORKS
from server.links.retention import DEFAULT_DAYS, MIN_DAYS
from server.links.utm import DEFAULT_UTM

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
SAMPLE = {"network": "linkedin", "content_id": 1, "campaign": "spring-launch"}


class EmvSettings(Schema):
    currency = fields.String(validate=validate.Regexp(r"^[A-Z]{3}$", error="An ISO 4217 code such as EUR."))
    cost_per_click = fields.Float(validate=validate.Range(min=0, max=1000))
    cost_per_mille = fields.Float(validate=validate.Range(min=0, max=10000))
    reach = fields.Dict(
        keys=fields.String(validate=validate.OneOf(NETWORKS)),
        values=fields.Integer(validate=validate.Range(min=0, max=10_000_000)),
        metadata={"description": "Estimated impressions of one share, per network"},
    )


class OrganisationSettingsOut(Schema):
    name = fields.String()
    timezone = fields.String()
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


class OrganisationPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=120))
    kudos_cap = fields.Integer(strict=True, validate=validate.Range(min=0, max=100_000))
    click_retention_days = fields.Integer(
        strict=True,
        validate=validate.Range(min=MIN_DAYS, max=3650, error=f"Keep clicks for {MIN_DAYS} to 3650 days."),
    )
    ranking = fields.String(validate=validate.OneOf(("competition", "dense")))
    utm = fields.Dict(
        keys=fields.String(validate=validate.OneOf(UTM_KEYS)),
        values=fields.String(validate=validate.Length(max=100)),
    )
    emv = fields.Nested(EmvSettings)

    @validates("utm")
    def _placeholders(self, value: dict, **kwargs) -> None:
        for key, template in value.items():
            try:
                template.format(**SAMPLE)
            except (KeyError, IndexError, ValueError):
                raise ValidationError(
                    f"{key}: use only the placeholders {{network}}, {{content_id}} and {{campaign}}."
                ) from None


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
    }
