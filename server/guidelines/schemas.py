"""Guidelines, their acknowledgement and the training quiz, in and out."""

from marshmallow import Schema, fields, validate

from server.schemas.common import NOT_BLANK, record_id
from server.schemas.text import MultilineText


class GuidelinesOut(Schema):
    version = fields.Integer(allow_none=True, metadata={"description": "None until an admin publishes them"})
    text = fields.String()
    published_at = fields.AwareDateTime(allow_none=True)
    acknowledged = fields.Boolean(metadata={"description": "Whether the caller acknowledged this version"})
    prohibited_words = fields.List(fields.String())
    required_disclosure = fields.String(allow_none=True)


class GuidelinesIn(Schema):
    text = MultilineText(required=True, validate=[validate.Length(min=20, max=20_000), NOT_BLANK])
    prohibited_words = fields.List(
        fields.String(validate=validate.Length(min=1, max=60)),
        load_default=list,
        validate=validate.Length(max=200),
    )
    required_disclosure = fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Length(max=80),
        metadata={"description": "Text an edited caption must keep, e.g. #NorthwindEmployee"},
    )


class AcknowledgeIn(Schema):
    version = record_id(strict=True, required=True, metadata={"description": "The version you read"})


class AcknowledgedOut(Schema):
    version = fields.Integer()
    points = fields.Integer(metadata={"description": "Earned by this acknowledgement (the first one only)"})


class QuestionIn(Schema):
    question = fields.String(required=True, validate=[validate.Length(min=3, max=300), NOT_BLANK])
    options = fields.List(
        fields.String(validate=[validate.Length(min=1, max=200), NOT_BLANK]),
        required=True,
        validate=validate.Length(min=2, max=6),
    )
    answer = fields.Integer(strict=True, required=True, validate=validate.Range(min=0, max=5))


class QuizIn(Schema):
    pass_mark = fields.Integer(strict=True, required=True, validate=validate.Range(min=1, max=100))
    questions = fields.List(fields.Nested(QuestionIn), required=True, validate=validate.Length(min=1, max=20))


class QuestionOut(Schema):
    question = fields.String()
    options = fields.List(fields.String())


class QuizOut(Schema):
    pass_mark = fields.Integer(allow_none=True)
    questions = fields.List(fields.Nested(QuestionOut))
    passed = fields.Boolean()
    score = fields.Integer(allow_none=True)


class QuestionAnswerOut(QuestionOut):
    answer = fields.Integer(metadata={"description": "Index of the right option"})


class QuizAnswersOut(Schema):
    pass_mark = fields.Integer(allow_none=True)
    questions = fields.List(fields.Nested(QuestionAnswerOut))


class AttemptIn(Schema):
    answers = fields.List(fields.Integer(strict=True, validate=validate.Range(min=0, max=5)), required=True)


class AttemptOut(Schema):
    score = fields.Integer(metadata={"description": "Percent right"})
    passed = fields.Boolean()
    correct = fields.List(fields.Boolean(), metadata={"description": "Per question, whether it was right"})
    points = fields.Integer(metadata={"description": "Earned by this attempt: only the first pass earns"})
