"""Spending as the appropriation rules work (FOLLOW003, FOLLOW005): no tolerance on the
frame, stated merinntekter and «kan nyttes under» counted before an overspend, no carry-over
claim on a «kan overføres» post, and an open figure is «ikke vurdert», never a finding."""

from pathlib import Path

import pytest

from govcheck.run.checker import check_paths

HEAD = """govcheck: 2
document: {id: D1, type: business_plan, title: Plan, year: 2016, issuer: A, recipient: B}
goals:
  - {id: G1, title: Flere i arbeid, level: 1, chain: outcome}
budget:
"""


def _check(tmp_path: Path, budget: str, lang: str = "nb"):
    path = tmp_path / "plan.yaml"
    path.write_text(HEAD + budget, encoding="utf-8")
    [result] = check_paths([str(path)], lang=lang)
    findings = [f for f in result.active if f.rule in ("FOLLOW003", "FOLLOW005")]
    unreviewed = [(i.rule, i.target) for i in result.unreviewed_items
                  if i.rule in ("FOLLOW003", "FOLLOW005")]
    return findings, unreviewed


MERINNTEKT = """  lines:
    - {id: E01, chapter: "605", post: "01", amount: 1000000}
    - {id: I01, chapter: "3605", post: "01", amount: 200000}
  authorisations:
    - {id: F1, kind: additional_income, lines: [E01, I01], description: Merinntektsfullmakt}
  spending:
    - {line: E01, period: 2016-12, amount: 1150000}
"""


def test_an_overspend_a_merinntekt_could_cover_is_not_reviewed_while_income_is_unknown(tmp_path):
    findings, unreviewed = _check(tmp_path, MERINNTEKT)
    assert findings == []
    assert unreviewed == [("FOLLOW003", "E01")]


def test_the_merinntekt_counted_is_named_in_the_message(tmp_path):
    budget = MERINNTEKT + "    - {line: I01, period: 2016-12, amount: 300000}\n"
    [finding], unreviewed = _check(tmp_path, budget)
    assert unreviewed == []
    assert finding.message.replace("\u00a0", " ") == (
        "Bevilgningen på kap. 605 post 01 (E01): forbruket er over årets ramme ved årets slutt "
        "(1 150 000 kr brukt per 2016-12; tildelt 1 mill. kroner for året; rammen med "
        "merinntekter er 1,1 mill. kroner).")


def test_a_donor_post_without_figures_leaves_the_overspend_open(tmp_path):
    budget = """  lines:
    - {id: P21, chapter: "502", post: "21", amount: 1000000,
       annotations: ["kan nyttes under post 70"]}
    - {id: P70, chapter: "502", post: "70", amount: 1000000}
  spending:
    - {line: P70, period: 2016-12, amount: 1200000}
"""
    assert _check(tmp_path, budget) == ([], [("FOLLOW003", "P70")])


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_no_message_claims_a_5_percent_limit_on_a_kan_overfores_post(tmp_path, lang):
    budget = """  lines:
    - {id: LK, chapter: "500", post: "21", amount: 1000000,
       annotations: ["Spesielle driftsutgifter, kan overføres"]}
    - {id: L1, chapter: "500", post: "01", amount: 1000000}
  spending:
    - {line: LK, period: 2016-12, amount: 700000}
    - {line: L1, period: 2016-12, amount: 700000}
"""
    findings, _ = _check(tmp_path, budget, lang)
    assert [(f.rule, f.target, f.severity) for f in findings] == [("FOLLOW005", "L1", "info")]
    assert "overf" not in findings[0].message


def test_exactly_at_the_frame_and_one_krone_over(tmp_path):
    budget = """  lines:
    - {id: A, chapter: "605", post: "01", amount: 1000000}
    - {id: B, chapter: "606", post: "01", amount: 1000000}
  spending:
    - {line: A, period: 2016-12, amount: 1000000}
    - {line: B, period: 2016-12, amount: 1000001}
"""
    findings, _ = _check(tmp_path, budget)
    assert [(f.rule, f.target, f.severity) for f in findings] == [("FOLLOW003", "B", "warning")]
