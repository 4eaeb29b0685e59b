"""Issue 23, problem 6: an annual report admitting a missed milestone without
explanation, with 4 of 5 attainment rows unjudged, got plain «Bestått» and «Årsrapporten
✓». Qualitative and milestone resultatkrav are now judged by the report's own word
(`results[].attainment`); a report that gives none, or misses one without explaining it,
has a REPORT finding and is not «Bestått»."""

import json
import re

from click.testing import CliRunner

from govcheck.cli import main

LETTER = """govcheck: 2
document: {id: AID-AT-2025, type: allocation_letter, year: 2025, issuer: AID,
           recipient: Arbeidstilsynet}
goals:
  - id: G1
    title: Et trygt og seriøst arbeidsliv
    level: 1
    chain: outcome
    indicators:
      - {id: SP1, name: Antall tilsyn, unit: count, direction: higher_is_better,
         targets: [{value: 14000, period: 2025}]}
      - {id: SP2, name: Ny risikobasert tilsynsmetode,
         targets: [{kind: milestone, description: Metoden er i bruk i alle regioner,
                    deadline: 2025-12-31}]}
      - {id: SP3, name: Samarbeid med partene,
         targets: [{kind: qualitative, description: Samarbeidet er styrket, period: 2025}]}
      - {id: SP4, name: Veiledning til nye virksomheter,
         targets: [{kind: qualitative, description: Flere nye virksomheter får veiledning}]}
      - {id: SP5, name: Digital tilsynsrapport,
         targets: [{kind: milestone, description: Rapporten er digital, period: 2025}]}
"""

REPORT = """govcheck: 2
document: {id: AT-AR-2025, type: annual_report, year: 2025, issuer: Arbeidstilsynet,
           recipient: AID, parent: AID-AT-2025, date: 2026-03-01}
parts:
  - {number: I, title: Leders beretning, signed_by: Trude Vollheim, signed_on: 2026-02-27}
  - {number: II, title: Introduksjon til virksomheten og hovedtall}
  - {number: III, title: Årets aktiviteter og resultater}
  - {number: IV, title: Styring og kontroll i virksomheten}
  - {number: V, title: Vurdering av framtidsutsikter}
  - {number: VI, title: Årsregnskap, signed_by: Trude Vollheim, signed_on: 2026-02-27}
results:
  - indicator: SP1
    values: [{period: 2025, value: 14150, unit: count}]
  - indicator: SP2
    assessment: Metoden ble ikke tatt i bruk i alle regioner i 2025.
{sp2}  - indicator: SP3
    assessment: Samarbeidet med partene er videreført.
{rest}  - indicator: SP4
    assessment: Veiledningen er gitt som planlagt.
{rest}  - indicator: SP5
    assessment: Den digitale rapporten er tatt i bruk.
{rest}"""


def check(tmp_path, sp2="", rest="", *extra):
    (tmp_path / "letter.yaml").write_text(LETTER, encoding="utf-8")
    (tmp_path / "report.yaml").write_text(REPORT.replace("{sp2}", sp2).replace("{rest}", rest),
                                          encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "report.yaml"),
                                       str(tmp_path / "letter.yaml"), "--format", "json",
                                       "--as-of", "2026-03-15", "-j", "1", *extra])
    return result, json.loads(result.stdout)["documents"][0]


def test_the_issue_case_is_not_passed(tmp_path):
    """Four requirements in words or milestones with assessments but no word on
    attainment, one of them admitting a miss: four REPORT013 findings, not «Bestått»,
    and the annual report's area is not met."""
    result, report = check(tmp_path)
    found = sorted((f["rule"], f["target"], f["line"]) for f in report["findings"])
    assert found == [("REPORT013", "SP2", 14), ("REPORT013", "SP3", 16),
                     ("REPORT013", "SP4", 18), ("REPORT013", "SP5", 20)]
    assert report["verdict"] == "passed_with_findings"  # warnings: below fail-on error
    assert report["status"]["areas"]["REPORT"] == "not_met"


def test_a_missed_milestone_the_report_admits_needs_an_explanation(tmp_path):
    result, report = check(tmp_path, "    attainment: not_achieved\n",
                           "    attainment: achieved\n")
    found = sorted((f["rule"], f["target"]) for f in report["findings"])
    assert found == [("REPORT014", "SP2")]
    assert report["verdict"] == "passed_with_findings"


def test_every_requirement_answered_and_the_miss_explained_passes(tmp_path):
    sp2 = ("    attainment: not_achieved\n"
           "    explanation: Opplæringen av inspektørene ble flyttet til 2026.\n")
    result, report = check(tmp_path, sp2, "    attainment: achieved\n")
    assert report["findings"] == [] and report["verdict"] == "passed"
    assert report["status"]["areas"]["REPORT"] == "met"
    assert report["not_assessed"] == 0


def test_attainment_null_is_not_reviewed_not_a_finding(tmp_path):
    result, report = check(tmp_path, "    attainment: null\n", "    attainment: achieved\n")
    assert report["findings"] == []
    assert [(i["rule"], i["target"]) for i in report["not_reviewed_items"]] == [
        ("REPORT013", "SP2"), ("REPORT014", "SP2")]
    assert report["verdict"] == "passed" and report["status"]["areas"]["REPORT"] == \
        "not_reviewed"


def test_the_attainment_table_shows_the_rows_in_words(tmp_path):
    sp2 = "    attainment: partly\n    explanation: To regioner gjenstår.\n"
    check(tmp_path, sp2, "    attainment: achieved\n")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "report.yaml"),
                                       str(tmp_path / "letter.yaml"), "-o", str(out),
                                       "--as-of", "2026-03-15", "-j", "1"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    start = page.index('<table class="attainment">')
    table = " ".join(re.sub(r"<[^>]+>", " ", page[start:page.index("</table>", start)]).split())
    assert re.search(r"SP2 Ny risikobasert tilsynsmetode\s+Metoden er i bruk i alle regioner"
                     r"\s+Metoden ble ikke tatt i bruk i alle regioner i 2025\.\s+"
                     r"delvis nådd \(ifølge rapporten\)\s+To regioner gjenstår\.", table), table
    assert re.search(r"SP3 Samarbeid med partene\s+Samarbeidet er styrket\s+"
                     r"Samarbeidet med partene er videreført\.\s+nådd \(ifølge rapporten\)",
                     table), table
