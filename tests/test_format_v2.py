"""Format 2 through the whole check: new constructs validate, misspelt keys are SCHEMA
findings, unknown values make items not reviewed (never met, never a breach), and the
rules that read the new fields behave."""

from __future__ import annotations

import datetime as dt

import pytest

from govcheck.document.loader import parse
from govcheck.run.checker import check_loaded
from govcheck.run.config import default_settings
from govcheck.run.summary import rules_status

AS_OF = dt.date(2026, 1, 1)
SETTINGS = default_settings()
HEAD = """govcheck: 2
document: {id: D-1, type: allocation_letter, year: 2013, title: T, issuer: KD, recipient: MET}
"""


def check(body: str):
    document = parse((HEAD + body).encode("utf-8"), "letter.yaml")
    from govcheck.document.normalize import normalize

    normalize(document.data)
    return check_loaded(document, SETTINGS, "en", AS_OF)


def found(result, rule: str) -> list[tuple[str, int]]:
    return [(f.target, f.line) for f in result.active if f.rule == rule]


def unreviewed(result, rule: str) -> list[tuple[str, int, tuple]]:
    return [(i.target, i.line, i.missing) for i in result.unreviewed_items if i.rule == rule]


BUDGET = """budget:
  lines:
    - {{id: B1, chapter: 283, post: 50, amount: {amount}}}
    - {{id: B2, chapter: 3283, post: 1, amount: 5000}}
"""


@pytest.mark.parametrize("amount, rule_found, not_reviewed", [
    ("null", [], [("document", 4, ("allocated_line_count",))]),
    ("0", [("document", 4)], []),
    ("1000", [], []),
])
def test_letter001_needs_an_amount_on_an_expenditure_post(amount, rule_found, not_reviewed):
    result = check(BUDGET.format(amount=amount))
    assert found(result, "LETTER001") == rule_found
    assert unreviewed(result, "LETTER001") == not_reviewed
    assert not [f for f in result.active if f.rule == "SCHEMA"]


def test_income_posts_alone_allocate_nothing():
    result = check("budget:\n  lines:\n    - {id: B2, chapter: 3283, post: 1, amount: 5000}\n")
    assert found(result, "LETTER001") == [("document", 4)]


def test_income_posts_need_no_goal_and_have_no_share():
    result = check(BUDGET.format(amount=1000))
    assert found(result, "RES001") == [("B1", 5)]
    income = next(f for f in result.facts if f.get("target") == "B2")
    assert income["income"] is True and "share" not in income


RISKS = """goals:
  - {{id: G1, title: Mål, level: 1, owner: X}}
risks:
  - {{id: R1, title: Risiko, goals: [G1], likelihood: {likelihood}, consequence: 4,
     treatment: accept}}
{tolerance}"""


@pytest.mark.parametrize("likelihood, tolerance, expected, not_reviewed", [
    (4, "", [("R1", 6)], []),  # 16 ≥ high_risk_score 15
    (3, "", [], []),  # 12
    (3, "risk_tolerance: {max_score: 9, agreed_with: KD}", [("R1", 6)], []),  # 12 > 9
    (4, "risk_tolerance: {max_score: 16, agreed_with: KD}", [], []),  # 16 within it
    ("null", "", [], [("R1", 6, ("high",))]),
])
def test_risk002_reads_the_agreed_tolerance(likelihood, tolerance, expected, not_reviewed):
    result = check(RISKS.format(likelihood=likelihood, tolerance=tolerance))
    assert found(result, "RISK002") == expected
    assert unreviewed(result, "RISK002") == not_reviewed


INDICATOR = """goals:
  - id: G1
    title: Mål
    level: 1
    owner: X
    indicators:
      - id: I1
        name: Avvik
{extra}"""


@pytest.mark.parametrize("extra, rules", [
    # MET 2013 1a: a direction over three years, no number
    ("        direction: lower_is_better\n"
     "        targets: [{description: Skal reduseres, period: 2013–2015}]\n", set()),
    # MET 2013 1c: a milestone with no date
    ("        targets: [{kind: milestone, description: Etablere internkontroll, period: 2013}]\n",
     set()),
    # RA 2018: at most 3 weeks on average
    ("        unit: weeks\n        targets: [{value: 3, period: 2018}]\n",
     {"MRS005", "MRS006"}),
])
def test_qualitative_and_milestone_targets_need_no_baseline_source_or_frequency(extra, rules):
    result = check(INDICATOR.format(extra=extra))
    got = {f.rule for f in result.active if f.target == "I1"}
    assert got == rules


def test_a_target_not_retrieved_is_not_reviewed():
    result = check(INDICATOR.format(extra="        targets: null\n"))
    assert not [f for f in result.active if f.target == "I1"]
    # IC004 is not among them: the goal has an owner, so IC004 could not fire whatever
    # the target is (an item a rule does not judge is not «not reviewed» either)
    assert {i.rule for i in result.unreviewed_items if i.target == "I1"} == {
        "MRS004", "MRS005", "MRS006"}
    # the rules on I1 are not reviewed (the MRS area as a whole also holds MRS012's info
    # finding on the document, which makes it not met)
    rules = result.settings.catalog.rules
    assert rules_status(result, [rules[r] for r in ("MRS004", "MRS005", "MRS006")]) == \
        "not_reviewed"


def test_no_target_at_all_is_still_a_finding():
    result = check(INDICATOR.format(extra="        unit: count\n"))
    assert found(result, "MRS004") == [("I1", 9)]


def test_several_targets_one_stated_is_enough():
    result = check(INDICATOR.format(
        extra="        targets:\n          - {value: null, period: 2013}\n"
              "          - {description: Dokumentere kvaliteten, period: 2013}\n"))
    assert not found(result, "MRS004") and not unreviewed(result, "MRS004")


@pytest.mark.parametrize("body, key", [
    ("risk_tolerance: {max_scor: 9}\n", "max_scor"),
    ("government_requirements: [{id: F1, title: Lærlinger, sorce: x}]\n", "sorce"),
    ("audit_follow_up: [{id: RR1, title: Sak, dedline: 2015-01-01}]\n", "dedline"),
    ("evaluations: [{id: E1, title: Evaluering, goal: [G1]}]\n", "goal"),
    ("instructions: [{id: H1, kind: main_instruction, titel: Hovedinstruks}]\n", "titel"),
    ("dialogue: [{kind: half_year_meeting, minutes: true}]\n", "minutes"),
    ("budget: {basis: [{id: BB1, reference: Prop. 1 S, kind: decision, dato: x}]}\n", "dato"),
    ("user_participation: [{id: U1, kind: survey, phase: [planning]}]\n", "phase"),
])
def test_misspelt_keys_of_new_sections_are_schema_findings(body, key):
    result = check(body)
    messages = [f.message for f in result.active if f.rule == "SCHEMA"]
    assert any(f"unknown key '{key}'" in m for m in messages), messages


def test_new_sections_validate_and_reach_the_facts():
    result = check("""risk_tolerance: {max_score: 9, agreed_with: KD, agreed_on: 2013-01-10}
government_requirements: [{id: F1, title: Lærlinger i statsforvaltningen}]
audit_follow_up: [{id: RR1, title: Oppfølging av Dokument 3}]
evaluations: [{id: E1, title: Evaluering, kind: external, period: 2013–2014}]
instructions: [{id: H1, kind: main_instruction, title: Hovedinstruks}]
dialogue:
  - {kind: half_year_meeting, date: 2013-06-01, minutes_kept: true}
  - {kind: budget_proposal, date: null}
""")
    assert not [f for f in result.active if f.rule in ("SCHEMA", "REF002")]
    fact = result.document_fact
    assert (fact["government_requirement_count"], fact["audit_follow_up_count"],
            fact["evaluation_count"], fact["has_main_instruction"],
            fact["has_risk_tolerance"]) == (1, 1, 1, True, True)
    assert fact["governance_meetings_in_year"] == 1  # a halvårsmøte is a governance meeting


def test_format_1_keeps_rejecting_format_2_keys():
    document = parse(b"""govcheck: 1
document: {id: D-1, type: allocation_letter, year: 2013, title: T, issuer: KD, recipient: MET}
goals: []
risk_tolerance: {max_score: 9}
""", "v1.yaml")
    result = check_loaded(document, SETTINGS, "en", AS_OF)
    assert any("unknown key 'risk_tolerance'" in f.message for f in result.active)


OWN_RULE = """id: OWN001
area: OWN
title: {nb: Hvert hovedmål har en ansvarlig, en: Every level-1 goal has an owner}
severity: warning
types: all
citation: {instrument: Intern revisjonsplan, section: "3", edition: "2026", confirmed: true}
rationale: {nb: R, en: R}
remediation: {nb: R, en: R}
message: {nb: "Hovedmålet {target} har ingen ansvarlig.", en: "Goal {target} has no owner."}
check:
  fact: goal
  condition:
    $and:
      - level: 1
      - has_owner: false
example: "x"
"""


def test_an_auditor_can_require_an_owner_on_every_level_1_goal(tmp_path):
    from govcheck.run.config import build_settings

    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "OWN001.yaml").write_text(OWN_RULE, encoding="utf-8")
    settings = build_settings({"rule-dirs": ["own"], "select": ["OWN"]}, None, "test",
                              tmp_path)
    document = parse((HEAD + """goals:
  - {id: G1, title: Med eier, level: 1, owner: Direktør}
  - {id: G2, title: Uten eier, level: 1}
  - {id: G2.1, title: Delmål uten eier, level: 2, parent: G2}
""").encode("utf-8"), "letter.yaml")
    from govcheck.document.normalize import normalize

    normalize(document.data)
    result = check_loaded(document, settings, "en", AS_OF)
    assert [(f.rule, f.target, f.line) for f in result.active] == [("OWN001", "G2", 5)]
