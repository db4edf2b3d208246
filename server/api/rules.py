"""Rule previews for admins: fields, condition checks, the active rule set and what-if runs."""

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.schemas.rules import (
    ConditionIn,
    ConditionOut,
    FieldListOut,
    RuleSetOut,
    SimulationIn,
    SimulationOut,
)
from server.services import rules

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
