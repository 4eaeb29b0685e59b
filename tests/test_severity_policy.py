"""Every rule's severity is as strong as its requirements allow (docs/rule-authoring.md):
an error rests on a binding provision whose wording was read, or on the format's own
integrity; a provision known only at second hand, or unconfirmed, allows a warning."""

from govcheck.catalog.requirements import BINDING
from govcheck.run.config import default_settings

RANK = {"info": 0, "warning": 1, "error": 2}


def allowed(entries: list) -> str:
    """The strongest severity the rule's requirements allow."""
    if any(e["kind"] == "govcheck" for e in entries) or any(
            e["kind"] in BINDING and e["status"] == "wording_read" for e in entries):
        return "error"
    if any(e["kind"] in BINDING + ("guidance",) for e in entries):
        return "warning"
    return "info"


def test_every_rule_keeps_to_the_severity_policy():
    settings = default_settings()
    for rule in settings.catalog.rules.values():
        bound = allowed(rule.citation["entries"])
        assert RANK[rule.severity] <= RANK[bound], (rule.id, rule.severity, bound)
        escalate = rule.check.get("escalate", {}).get("severity")
        if isinstance(escalate, dict):
            escalate = settings.parameter_values[escalate["$param"]]
        if escalate:
            assert RANK[escalate] <= RANK[bound], (rule.id, escalate, bound)


def test_the_policy_bites_on_each_kind():
    study = {"kind": "study", "status": "wording_read"}
    guide = {"kind": "guidance", "status": "wording_read"}
    unsure_law = {"kind": "provisions", "status": "unconfirmed"}
    second_hand = {"kind": "regulation", "status": "section_from_secondary"}
    law = {"kind": "regulation", "status": "wording_read"}
    assert allowed([study]) == "info"
    assert allowed([study, guide]) == "warning"
    assert allowed([unsure_law]) == "warning"
    assert allowed([second_hand]) == "warning"
    assert allowed([law]) == "error"
    assert allowed([{"kind": "govcheck", "status": "wording_read"}]) == "error"


def test_the_rules_the_review_disputed_are_warnings_until_their_provisions_are_read():
    rules = default_settings().catalog.rules
    for rule_id in ("LETTER003", "USER004", "REPORT001"):
        assert rules[rule_id].severity == "warning", rule_id
