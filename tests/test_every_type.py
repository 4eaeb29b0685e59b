"""Format, references and waivers apply to every document type, annual reports and
supplementary letters included (issue 23.5): their rules are never «ikke relevant»."""

import datetime as dt
import re

import pytest

from govcheck.catalog.catalog import load_catalog
from govcheck.document.items import ALL_TYPES, DOCUMENT_TYPES
from govcheck.report.html import render_html
from govcheck.run.checker import check_paths
from govcheck.run.summary import area_status

REPORT = """govcheck: 2
document: {id: AR-2025, type: annual_report, title: Årsrapport, year: 2025, issuer: Etaten,
           recipient: Departementet, date: 2026-03-01}
waivers:
  - {rule: REPORT001, target: part-I, justification: Overgangsår, approved_by: Direktør,
     expires: 2025-01-31}
  - {rule: REPORT001, target: part-IX, justification: Ny ordning, approved_by: Direktør,
     expires: 2030-12-31}
results:
  - {indicator: P1, bogus: 1}
"""


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    path = tmp_path_factory.mktemp("ar") / "ar.yaml"
    path.write_text(REPORT, encoding="utf-8")
    (result,) = check_paths([str(path)], lang="nb", jobs=1)
    return result


def test_expired_and_unused_waivers_on_an_annual_report(annual):
    assert [(f.rule, f.target, f.line, f.message) for f in annual.active
            if f.rule.startswith("WAIVER")] == [
        ("WAIVER001", "waivers[0]", 5, "Unntaket fra REPORT001 for part-I utløp 31. januar "
         "2025 og gjelder ikke lenger."),
        ("WAIVER002", "waivers[1]", 7, "Unntaket fra REPORT001 for part-IX gjelder ingen "
         "funn.")]


def test_a_schema_finding_on_an_annual_report_leaves_its_area_not_met(annual):
    assert [(f.line, f.column) for f in annual.active if f.rule == "SCHEMA"] == [(10, 21)]
    status = area_status(annual)
    assert (status["VALID"], status["WAIVER"]) == ("not_met", "not_met")
    page = render_html([annual], "nb", dt.date(2026, 3, 10), "test")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Format og henvisninger VALID ikke oppfylt" in text
    assert "Format og henvisninger VALID ikke relevant" not in text


def test_a_supplementary_letter_gets_its_references_and_waivers_checked(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("""govcheck: 2
document: {id: AL-S1, type: supplementary_allocation_letter, title: T, year: 2025,
           issuer: D, recipient: A, amends: AL}
goals:
  - {id: G1, title: T, level: 2, parent: G9}
waivers:
  - {rule: MRS001, target: G1, justification: J, approved_by: A, expires: 2020-01-01}
""", encoding="utf-8")
    (result,) = check_paths([str(path)], lang="nb", jobs=1)
    assert sorted((f.rule, f.line) for f in result.active
                  if f.rule.startswith(("REF", "WAIVER"))) == [("REF002", 5, ), ("WAIVER001", 7)]


def test_format_reference_and_waiver_rules_apply_to_every_type():
    rules = load_catalog().rules.values()
    for rule in rules:
        if rule.area in ("VALID", "WAIVER"):
            assert all(rule.applies_to(kind) for kind in ALL_TYPES), rule.id
        # a document of missing or unknown type is read as a letter or plan
        if set(DOCUMENT_TYPES) <= set(rule.types):
            assert rule.applies_to("none") and rule.applies_to("tildelingsbrev"), rule.id
    assert not load_catalog().rules["MRS001"].applies_to("annual_report")
