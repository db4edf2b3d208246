"""Liveness with the database's status, for load balancers and monitors."""

from marshmallow import Schema, fields
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from server.api.blueprint import Blueprint
from server.extensions import db

blp = Blueprint("health", __name__, description="Health")


class HealthOut(Schema):
    status = fields.String()
    database = fields.String()


@blp.get("/healthz")
@blp.response(200, HealthOut)
@blp.alt_response(503, schema=HealthOut, description="The database is unreachable")
def healthz():
    """Report whether the app can reach its database."""
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        return {"status": "degraded", "database": "unavailable"}, 503
    return {"status": "ok", "database": "ok"}
