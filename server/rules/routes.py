"""Rule previews for admins: fields, condition checks, the active rule set and what-if runs."""

from flask_login import current_user
from werkzeug.exceptions import MethodNotAllowed

from server.api.access import role_required
from server.api.blueprint import Blueprint
from server.rules import builder, changes, explaining, rulebook, sentences
from server.rules import previews as rules
from server.rules.schemas import (
    AuditListOut,
    ConditionIn,
    ConditionOut,
    DescribeIn,
    DescribeOut,
    DiffIn,
    DiffOut,
    DiffQuery,
    ExplainIn,
    ExplainOut,
    FieldListOut,
    PublishIn,
    RescoreIn,
    RescoreOut,
    RollbackIn,
    RuleSetOut,
    SimulationIn,
    SimulationOut,
    VersionDetailOut,
    VersionListOut,
)
from server.schemas.common import LimitQuery
from server.scoring import rescoring

blp = Blueprint("rules", __name__, url_prefix="/api/v1/rules", description="Scoring rules (admins)")


@blp.get("/fields")
@role_required("admin")
@blp.response(200, FieldListOut)
def fields():
    """The fields a condition may use: type, words, the events that carry them, the comparisons
    that suit them and real values to pick from."""
    return {"items": builder.field_list()}


@blp.post("/check")
@role_required("admin")
@blp.arguments(ConditionIn)
@blp.response(200, ConditionOut)
def check(body):
    """Check a condition as it would be saved, in words, at the character where it went wrong; with a
    trigger, a field that trigger's events lack is refused too."""
    return rules.check_condition(body["condition"], body["trigger"])


@blp.post("/describe")
@role_required("admin")
@blp.arguments(DescribeIn)
@blp.response(200, DescribeOut)
def describe(body):
    """A sentence for each rule, badge, campaign, challenge and level of a draft that can be read."""
    return sentences.describe_document(body["document"])


@blp.post("/explain")
@role_required("admin")
@blp.arguments(ExplainIn)
@blp.response(200, ExplainOut)
def explain(body):
    """For the most recent real events: which rules of a draft fire, and why; nothing is written."""
    return explaining.explain(body["document"], body["limit"])


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


@blp.get("/versions/<int:version>")
@role_required("admin")
@blp.response(200, VersionDetailOut)
def one_version(version):
    """One version: who published it, why, and its document (version 1 is the starter set)."""
    return rulebook.version(version)


@blp.route("/versions/<int:version>", methods=["PUT", "PATCH", "DELETE"])
@role_required("admin")
@blp.alt_response(405, description="Published versions cannot be changed")
def change_version(version):
    """A published version is never changed in place: publish a new one instead."""
    message = f"Version {version} is published and cannot be changed. Publish your changes as a new version."
    raise MethodNotAllowed(valid_methods=["GET", "HEAD", "OPTIONS"], description=message)


@blp.get("/diff")
@role_required("admin")
@blp.arguments(DiffQuery, location="query")
@blp.response(200, DiffOut)
def diff(query):
    """What changed between two versions, item by item, in sentences."""
    return changes.between_versions(query["from_"], query["to"])


@blp.post("/diff")
@role_required("admin")
@blp.arguments(DiffIn)
@blp.response(200, DiffOut)
def diff_draft(body):
    """What a draft changes against the version in force."""
    return changes.draft_against_current(body["document"])


@blp.post("/publish")
@role_required("admin")
@blp.arguments(PublishIn)
@blp.response(201, RuleSetOut)
def publish(body):
    """Publish a rule set as a new version, applying from now (or a later effective_from), with a
    one-line reason kept in the version history."""
    return rulebook.publish(current_user, body["document"], body["effective_from"], body["reason"])


@blp.post("/rollback")
@role_required("admin")
@blp.arguments(RollbackIn)
@blp.response(201, RuleSetOut)
def rollback(body):
    """Publish an earlier version's rules again as the newest version, in one step."""
    return rulebook.rollback(current_user, body["version"], body["reason"])


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
