"""The organisation's settings admins change: name, tie ranking, UTM parameters of tracked links."""

from marshmallow import Schema, ValidationError, fields, validate, validates

from server.links.utm import DEFAULT_UTM

UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content")
SAMPLE = {"network": "linkedin", "content_id": 1, "campaign": "spring-launch"}


class OrganisationSettingsOut(Schema):
    name = fields.String()
    timezone = fields.String()
    ranking = fields.String(metadata={"description": "competition (1, 2, 2, 4) or dense (1, 2, 2, 3)"})
    utm = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        metadata={"description": "Added to tracked links' destinations; {network}, {content_id}, {campaign}"},
    )


class OrganisationPatch(Schema):
    name = fields.String(validate=validate.Length(min=1, max=120))
    ranking = fields.String(validate=validate.OneOf(("competition", "dense")))
    utm = fields.Dict(
        keys=fields.String(validate=validate.OneOf(UTM_KEYS)),
        values=fields.String(validate=validate.Length(max=100)),
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


def settings_of(org) -> dict:
    return {"name": org.name, "timezone": org.timezone, "ranking": org.ranking, "utm": org.utm or DEFAULT_UTM}
