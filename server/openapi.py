"""flask-smorest's Api, documenting our error envelope instead of its own."""

import marshmallow as ma
from flask_smorest import Api


class ErrorBody(ma.Schema):
    status = ma.fields.Integer(required=True)
    code = ma.fields.String(required=True, metadata={"example": "validation_error"})
    message = ma.fields.String(required=True)
    fields = ma.fields.Dict(metadata={"description": "Per-field messages on validation errors"})


class ErrorEnvelope(ma.Schema):
    error = ma.fields.Nested(ErrorBody, required=True)


class AdvocacyApi(Api):
    ERROR_SCHEMA = ErrorEnvelope
