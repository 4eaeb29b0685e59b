"""The rules that read format 2's risk tolerance, residual risk, objective category,
user-participation phases, instructions and evaluations: a value the document leaves
unknown makes the item not reviewed, never met and never a breach."""

from __future__ import annotations

import datetime as dt

import pytest

from govcheck.document.loader import parse
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_loaded
from govcheck.run.config import default_settings

SETTINGS = default_settings()


def check(head: str, body: str):
    document = parse((head + body).encode("utf-8"), "doc.yaml")
    normalize(document.data)
    return check_loaded(document, SETTINGS, "en", dt.date(2026, 1, 1))


def outcome(result, rule: str) -> tuple[list, list]:
    found = [(f.target, f.line) for f in result.active if f.rule == rule]
    unreviewed = [(i.target, i.line, i.missing) for i in result.unreviewed_items
                  if i.rule == rule]
    return found, unreviewed


PLAN = "govcheck: 2\ndocument: {id: D, type: business_plan, year: 2016, issuer: A, recipient: B}\n"
NAV = ("govcheck: 2\ndocument: {id: D, type: business_plan, year: 2016, "
       "issuer: NAV Vest-Viken, recipient: NAV Vest-Viken}\n")
LETTER = ("govcheck: 2\ndocument: {id: D, type: allocation_letter, year: 2018, "
          "issuer: A, recipient: B}\n")
TOLERANCE = "risk_tolerance: {max_score: 9, agreed_with: KD}\nrisks:\n"


@pytest.mark.parametrize("head, body, rule, expected", [
    # above the tolerance, residual not stated
    (PLAN, TOLERANCE + "  - {id: R1, title: A, likelihood: 4, consequence: 4}\n", "RISK007",
     ([], [("R1", 5, ("residual_above_tolerance",))])),
    # the score itself unknown, no residual
    (PLAN, TOLERANCE + "  - {id: R1, title: A, likelihood: null, consequence: 4}\n", "RISK007",
     ([], [("R1", 5, ("residual_above_tolerance",))])),
    # a residual stated decides, even when the score is unknown
    (PLAN, TOLERANCE + "  - {id: R1, title: A, likelihood: null, consequence: 4,\n"
                       "     residual: {likelihood: 2, consequence: 5}}\n", "RISK007",
     ([("R1", 5)], [])),
    (PLAN, "risk_tolerance: {max_score: 9, agreed_with: null}\n", "RISK008",
     ([], [("document", 3, ("tolerance_agreed",))])),
    (PLAN, "risk_tolerance: null\n", "RISK008",
     ([], [("document", 3, ("has_risk_tolerance", "tolerance_agreed"))])),
    (PLAN, "risks:\n  - {id: R1, title: A, objective_category: null}\n", "RISK009",
     ([], [("R1", 4, ("has_objective_category",))])),
    (NAV, "user_participation:\n  - {id: U1, kind: user_council, level: systemic}\n", "USER005",
     ([], [("document", 3, ("missing_phase_count",))])),
    (NAV, "user_participation:\n  - {id: U1, kind: user_council, level: systemic}\n"
          "  - {id: U2, kind: survey, level: systemic,\n"
          "     phases: [planning, implementation, evaluation]}\n", "USER005", ([], [])),
    (LETTER, "instructions: null\n", "LETTER008",
     ([], [("document", 3, ("has_main_instruction",))])),
    (PLAN, "goals:\n  - {id: G1, title: M, level: 1}\nevaluations:\n"
           "  - {id: E1, title: E, goals: null, period: 2016}\n", "FOLLOW004",
     ([], [("E1", 6, ("missing_part_count",))])),
    # a goal's perspective written null may be the one no indicator covers (NAV: PERSP001)
    (NAV, "goals:\n  - {id: G1, title: M, level: 1, perspective: null,\n"
           "     indicators: [{id: I1, name: N}]}\n", "PERSP001",
     ([], [("document", 3, ("missing_perspective_count",))])),
    (NAV, "goals:\n  - {id: G1, title: M, level: 1, perspective: user,\n"
           "     indicators: [{id: I1, name: N}]}\n", "PERSP001", ([("document", 3)], [])),
    # a risk whose goals are written null may be the risk the goal lacks
    (LETTER, "goals:\n  - {id: G1, title: M, level: 1}\n"
             "risks:\n  - {id: R1, title: A, goals: null, likelihood: 1, consequence: 1}\n",
     "RISK001", ([], [("G1", 4, ("risk_count",))])),
    (LETTER, "goals:\n  - {id: G1, title: M, level: 1}\n"
             "risks:\n  - {id: R1, title: A, goals: [], likelihood: 1, consequence: 1}\n",
     "RISK001", ([("G1", 4)], [])),
])
def test_unknown_values_are_not_reviewed(head, body, rule, expected):
    found, unreviewed = outcome(check(head, body), rule)
    assert (found, [(t, ln, tuple(sorted(m))) for t, ln, m in unreviewed]) == expected


def test_evaluation_goals_are_references():
    body = ("goals:\n  - {id: G1, title: M, level: 1}\nevaluations:\n"
            "  - {id: E1, title: E, goals: [G9], period: 2016}\n")
    result = check(PLAN, body)
    assert sorted((f.rule, f.target) for f in result.active
                  if f.rule in ("REF002", "FOLLOW004")) == [("FOLLOW004", "E1"), ("REF002", "E1")]
