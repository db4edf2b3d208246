"""Rule previews for admins: fields, condition checks, the active rule set and what-if runs."""

from flask_login import current_user

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.rules import previews as rules
from server.rules import rulebook
from server.rules.schemas import (
    AuditListOut,
    ConditionIn,
    ConditionOut,
    FieldListOut,
    PublishIn,
    RescoreIn,
    RescoreOut,
    RollbackIn,
    RuleSetOut,
    SimulationIn,
    SimulationOut,
    VersionListOut,
)
from server.schemas.common import LimitQuery
from server.scoring import rescoring

blp = Blueprint("rules", __name__, url_prefix="/api/v1/rules", description="Scoring rules (admins)")


@blp.get("/fields")
@role_required("admin")
@blp.response(200, FieldListOut)
def fields():
    """The fields a condition may use, with their types."""
    return {"items": rules.field_list()}


@blp.post("/check")
@role_required("admin")
@blp.arguments(ConditionIn)
@blp.response(200, ConditionOut)
def check(body):
    """Check a condition as it would be saved: unknown fields, type errors and syntax, with positions."""
    return rules.check_condition(body["condition"])


@blp.get("/current")
@role_required("admin")
@blp.response(200, RuleSetOut)
def current():
    """The rule set in force, as an editable document."""
    return rules.current()


@blp.post("/simulate")
@role_required("admin")
@blp.arguments(SimulationIn)
@blp.response(200, SimulationOut)
def simulate(body):
    """Preview a draft rule set over a date range against the real share history; nothing is written."""
    return rules.simulate_draft(body["draft"], body["start"], body["end"])


@blp.get("/versions")
@role_required("admin")
@blp.response(200, VersionListOut)
def versions():
    """Every published version, newest first."""
    return {"items": rulebook.versions()}


@blp.post("/publish")
@role_required("admin")
@blp.arguments(PublishIn)
@blp.response(201, RuleSetOut)
def publish(body):
    """Publish a rule set as a new version, applying from now (or a later effective_from)."""
    return rulebook.publish(current_user, body["document"], body["effective_from"])


@blp.post("/rollback")
@role_required("admin")
@blp.arguments(RollbackIn)
@blp.response(201, RuleSetOut)
def rollback(body):
    """Publish an earlier version's rules again as the newest version."""
    return rulebook.rollback(current_user, body["version"])


@blp.post("/rescore")
@role_required("admin")
@blp.arguments(RescoreIn)
@blp.response(200, RescoreOut)
def rescore(body):
    """Apply the newest rules to past events in [start, end) with compensating ledger rows."""
    return rescoring.rescore(current_user, body["start"], body["end"])


@blp.get("/audit")
@role_required("admin")
@blp.arguments(LimitQuery, location="query")
@blp.response(200, AuditListOut)
def audit(query):
    """Who published, rolled back or re-scored, and what it changed; newest first."""
    return {"items": rulebook.audit_log(query["limit"])}
