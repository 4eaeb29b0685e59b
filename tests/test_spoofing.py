"""Other files do not decide a document's verdict (issue 27.6): a cross-document link counts
only when its content shows it is the same agency's: a supplement from the letter's issuer
to its recipient, a sibling issued by the letter's recipient (or a unit of it), an annual
report's letter addressed to the report's issuer, last year's document to this one's
recipient. Each spoof is run as the issue describes it."""

from pathlib import Path

from govcheck.run.checker import check_paths

LETTER = """govcheck: 2
document: {id: AL-2026, type: allocation_letter, title: T, year: 2026,
           issuer: Arbeids- og inkluderingsdepartementet, recipient: Arbeidstilsynet}
budget:
  lines:
    - {id: P1, chapter: "605", post: "01", amount: 270000000}
"""

SUPPLEMENT = """govcheck: 2
document: {{id: {id}, type: supplementary_allocation_letter, title: T, year: 2026,
           issuer: {issuer}, recipient: {recipient}, amends: AL-2026}}
budget:
  lines:
    - {{id: S1, chapter: "605", post: "01", amount: 500000000}}
"""

CHILD = """govcheck: 2
document: {{id: {id}, type: disposition_letter, title: T, year: 2026, issuer: {issuer},
           recipient: Enhet {id}, parent: AL-2026}}
budget:
  lines:
    - {{id: L1, chapter: "605", post: "01", amount: {amount}}}
"""


def _write(folder: Path, **texts) -> dict:
    for name, text in texts.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return {r.document_id: r for r in check_paths([str(folder)], lang="nb", jobs=1)}


def _casc006(result) -> list:
    return [(f.target, f.line, f.severity) for f in result.active if f.rule == "CASC006"]


def test_a_supplement_from_another_issuer_or_to_another_recipient_changes_nothing(tmp_path):
    child = CHILD.format(id="V1", issuer="Arbeidstilsynet", amount=300000000)
    for issuer, recipient, counted in (
            ("Arbeids- og inkluderingsdepartementet", "Arbeidstilsynet", True),
            ("Justisdepartementet", "Arbeidstilsynet", False),
            ("Arbeids- og inkluderingsdepartementet", "Politidirektoratet", False),
            # an issuer not stated cannot be compared: taken on trust (documented)
            ("null", "Arbeidstilsynet", True)):
        folder = tmp_path / f"{issuer[:4]}{recipient[:4]}"
        folder.mkdir()
        results = _write(folder, letter=LETTER, child=child, supplement=SUPPLEMENT.format(
            id="AL-2026-S1", issuer=issuer, recipient=recipient))
        assert _casc006(results["V1"]) == ([] if counted else [("605.01", 6, "error")]), \
            (issuer, recipient)


def test_another_agencys_letter_naming_the_parent_is_no_sibling(tmp_path):
    results = _write(tmp_path, letter=LETTER,
                     own=CHILD.format(id="V1", issuer="Arbeidstilsynet", amount=200000000),
                     unit=CHILD.format(id="V2", issuer="Arbeidstilsynet region Nord",
                                       amount=60000000),
                     spoof=CHILD.format(id="X1", issuer="Helsedirektoratet",
                                        amount=900000000))
    # 200 + 60 of 270 by the agency and its unit: within; the spoof's 900 is not summed
    assert _casc006(results["V1"]) == []
    assert _casc006(results["V2"]) == []
    (tmp_path / "unit.yaml").write_text(CHILD.format(
        id="V2", issuer="Arbeidstilsynet region Nord", amount=80000000), encoding="utf-8")
    results = check_paths([str(tmp_path)], lang="nb", jobs=1)
    assert {r.document_id: _casc006(r) for r in results if r.document_id in ("V1", "V2")} \
        == {"V1": [("605.01", 6, "error")], "V2": [("605.01", 6, "error")]}


REPORT = """govcheck: 2
document: {{id: AR-2026, type: annual_report, title: Årsrapport, year: 2026,
           issuer: {issuer}, recipient: Arbeids- og inkluderingsdepartementet,
           date: 2027-03-01, parent: AL-2026}}
"""


def test_an_annual_report_on_another_agencys_letter_is_not_reviewed(tmp_path):
    for issuer, reviewed in (("Arbeidstilsynet", True), ("Helsedirektoratet", False)):
        folder = tmp_path / issuer
        folder.mkdir()
        report = _write(folder, letter=LETTER, report=REPORT.format(issuer=issuer))["AR-2026"]
        waiting = {rule: reason for rule, reason in report.not_reviewed.items()}
        if reviewed:
            assert waiting == {}
        else:
            assert sorted(waiting) == [f"REPORT{n:03d}" for n in range(6, 15)]
            assert set(waiting.values()) == {("parent", "AL-2026", "other_agency")}


PREVIOUS = """govcheck: 2
document: {{id: AL-{year}, type: allocation_letter, title: T, year: {year},
           issuer: Arbeids- og inkluderingsdepartementet, recipient: {recipient}{previous}}}
goals:
  - {{id: G1, title: Færre skader, level: 1}}
"""


def test_last_years_document_of_another_agency_is_not_reviewed(tmp_path):
    this = PREVIOUS.format(year=2026, recipient="Arbeidstilsynet", previous=", previous: AL-2025")
    for recipient, reviewed in (("Arbeidstilsynet", True), ("Helsedirektoratet", False)):
        folder = tmp_path / recipient
        folder.mkdir()
        result = _write(folder, this=this, last=PREVIOUS.format(
            year=2025, recipient=recipient, previous=""))["AL-2026"]
        stab = {rule: reason for rule, reason in result.not_reviewed.items()
                if rule.startswith("STAB")}
        assert stab == ({} if reviewed else {"STAB001": ("previous", "AL-2025", "other_agency"),
                                             "STAB002": ("previous", "AL-2025", "other_agency")})


def test_the_reason_reads_in_each_language(tmp_path):
    from govcheck.report.not_reviewed import why_not_reviewed

    reason = ("previous", "AL-2025", "other_agency")
    assert why_not_reviewed(reason, "nb") == (
        "trenger fjorårets dokument AL-2025, men det er ikke vist at det gjelder samme "
        "virksomhet (utsteder og mottaker)")
    assert why_not_reviewed(reason, "nn") == (
        "treng dokumentet frå i fjor AL-2025, men det er ikkje vist at det gjeld same "
        "verksemd (utferdar og mottakar)")
