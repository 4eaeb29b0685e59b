"""Catalog v2 corrections (docs/catalog-changes.md): messages say what the source says and
name only what is missing. Conditions are proven by the rule fixtures in tests/rules/."""

import datetime as dt

from govcheck.run.checker import check_paths

HEAD = """govcheck: 1
document: {id: D1, type: business_plan, title: Plan, year: 2016, issuer: A, recipient: B}
goals:
  - {id: G1, title: Flere i arbeid, level: 1, chain: outcome}
"""


def findings(tmp_path, body: str, lang: str, rule: str) -> list:
    path = tmp_path / "doc.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    [result] = check_paths([str(path)], lang=lang, as_of=dt.date(2016, 6, 30))
    return [f for f in result.findings if f.rule == rule]


def test_spending_without_allocation_says_so_and_leaks_no_placeholder(tmp_path):
    body = """budget:
  lines:
    - {id: B1, chapter: "605", post: "01", amount: 0, goals: [G1]}
  spending:
    - {line: B1, period: 2016-03, amount: 1000}
"""
    for lang, words in (("nb", "forbruk uten tildeling"), ("en", "spending without an allocation")):
        [finding] = findings(tmp_path, body, lang, "FOLLOW003")
        assert words in finding.message and "?" not in finding.message


def test_a_transferred_risk_is_told_only_about_its_missing_measure(tmp_path):
    body = """risks:
  - id: R1
    description: Svikt
    goals: [G1]
    likelihood: 4
    consequence: 4
    owner: Direktør
    treatment: transfer
    measures:
      - {description: Forsikring, owner: Direktør}
"""
    [finding] = findings(tmp_path, body, "nb", "RISK002")
    assert "et tiltak med ansvarlig og frist" in finding.message
    assert "håndteringsstrategi" not in finding.message and "accept" not in finding.message


def test_an_assignment_message_names_the_failed_condition(tmp_path):
    body = """assignments:
  - {id: O1, title: Utrede, goal: G1, deadline: 2015-06-01}
  - {id: O2, title: Levere, goal: G1}
"""
    messages = {f.target: f.message for f in findings(tmp_path, body, "nb", "MRS013")}
    assert "frist før budsjettåret" in messages["O1"]
    assert "har ingen frist" in messages["O2"]


def test_thresholds_are_called_govcheck_thresholds_not_recommendations(tmp_path):
    from govcheck.run.config import default_settings

    for rule in default_settings().catalog.rules.values():
        for lang, text in rule.message.items():
            assert "anbefalt" not in text and "recommended" not in text, (rule.id, lang)
        for name in rule.parameters:
            source = default_settings().catalog.parameters[name].source
            assert isinstance(source, dict) and "SEED" not in source["nb"], (rule.id, name)


def test_every_item_of_the_catalog_2_review_is_decided():
    """docs/catalog-changes.md has a row for each item of the review's §2.1 (#1–8),
    §2.2 (#1–10) and §6 (1–9), each with a decision."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "docs" / "catalog-changes.md").read_text(
        encoding="utf-8")
    section = text[text.index("## Catalog 3"):]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    labels = [f"2.1 #{n} " for n in range(1, 9)] + [f"2.2 #{n} " for n in range(1, 11)] + [
        f"6.{n} " for n in range(1, 10)]
    for label in labels:
        mine = [row for row in rows if row.startswith(f"| {label}")]
        assert mine, label
        assert all(row.split(" | ")[1].strip() for row in mine), label
