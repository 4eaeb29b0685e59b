"""The annual report sample read against its letter, and the plan it is read against."""

from pathlib import Path

from govcheck.catalog.annual import letter_plan, merge_plans, part_of_title
from govcheck.document.loader import load
from govcheck.run.checker import check_paths

AT = Path(__file__).resolve().parents[1] / "samples" / "portfolio" / "arbeidstilsynet"
REPORT = str(AT / "arbeidstilsynet-arsrapport-2025.yaml")
LETTER = str(AT / "arbeidstilsynet-tildelingsbrev-2025.yaml")


def _report_result(paths):
    return next(r for r in check_paths(paths) if r.file == paths[0])  # the report first


def test_sample_with_its_letter_gives_the_promised_findings():
    result = _report_result([REPORT, LETTER])
    assert result.error is None
    got = sorted((f.rule, f.target, f.line) for f in result.active)
    assert got == [("REPORT006", "AT-P2.3", 54), ("REPORT008", "AT-O9", 79),
                   ("REPORT009", "AT-P2", 64)]
    assert result.not_reviewed == {}
    unknown = [(i.rule, i.target, i.missing) for i in result.unreviewed_items]
    assert unknown == [("REPORT009", "AT-P3.5", ("missed",))]
    text = Path(REPORT).read_text(encoding="utf-8")[:3000]
    for rule in ("REPORT006", "REPORT008", "REPORT009"):
        assert rule in text, f"the header comment names {rule}"


def test_attainment_of_each_indicator():
    result = _report_result([REPORT, LETTER])
    attainment = {f["target"]: f["attainment"] for f in result.facts
                  if f["kind"] == "indicator_result"}
    assert attainment == {
        "AT-P1": "met", "AT-P1.5": "met", "AT-P2.1": "met", "AT-P3.6": "met",
        "AT-P1.6": "not_met", "AT-P4.2": "not_met", "AT-P2": "not_met",
        "AT-P2.3": "not_reported", "AT-P3.5": "not_judged"}


def test_sample_alone_names_the_missing_letter_for_every_comparing_rule():
    [result] = check_paths([REPORT])
    assert sorted(result.not_reviewed) == [f"REPORT{n:03d}" for n in range(6, 15)]
    assert {v[:2] for v in result.not_reviewed.values()} == {("parent", "AID-AT-2025")}
    assert result.active == []  # the six parts are there, signed and dated


def test_report_naming_a_letter_and_its_supplement_needs_both(tmp_path):
    supplement = tmp_path / "tillegg.yaml"
    supplement.write_text(
        "govcheck: 2\ndocument: {id: AID-AT-2025-S1, type: supplementary_allocation_letter,\n"
        "  year: 2025, amends: AID-AT-2025}\nassignments:\n  - {id: AT-O14, title: Ny}\n",
        encoding="utf-8")
    report = tmp_path / "rapport.yaml"
    report.write_text(Path(REPORT).read_text(encoding="utf-8").replace(
        "parent: AID-AT-2025", "parent: [AID-AT-2025, AID-AT-2025-S1]"), encoding="utf-8")
    alone = next(r for r in check_paths([str(report), LETTER]) if r.file == str(report))
    assert {v[1] for v in alone.not_reviewed.values()} == {"AID-AT-2025-S1"}
    both = next(r for r in check_paths([str(report), LETTER, str(supplement)])
                if r.file == str(report))
    assert ("REPORT008", "AT-O14") in {(f.rule, f.target) for f in both.active}
    assert both.not_reviewed == {}


def test_plan_reads_format_1_targets_and_supplements_replace_by_id():
    plan = letter_plan(load(LETTER).data)
    assert plan["indicators"]["AT-P1"]["targets"] == [
        {"kind": "numeric", "value": 40, "period": "2025", "description": ""}]
    assert len(plan["assignments"]) == 13
    changed = {"year": 2025, "documents": ["S1"], "assignments": {}, "reporting": {},
               "indicators": {"AT-P1": dict(plan["indicators"]["AT-P1"], targets=[])}}
    merged = merge_plans([plan, changed])
    assert merged["indicators"]["AT-P1"]["targets"] == []
    assert merged["documents"] == ["AID-AT-2025", "S1"]


def test_part_titles_in_bokmal_and_nynorsk():
    assert part_of_title("Leders beretning") == "I"
    assert part_of_title("Del III  Årets aktivitetar og resultat") == "III"
    assert part_of_title("VI. Årsrekneskap") == "VI"
    assert part_of_title("Vurdering av fremtidsutsikter") == "V"
    assert part_of_title("Regnskapet") is None


def test_pdf_report_shows_attainment_oppdrag_and_parts(tmp_path):
    import datetime as dt

    from pypdf import PdfReader

    from govcheck.report.pdf import write_pdf

    report = _report_result([REPORT, LETTER])
    pdf = tmp_path / "arsrapport.pdf"
    write_pdf([report], str(pdf), "nb", dt.date(2026, 3, 10), "test")
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]
    text = " ".join(pages)
    start = text.index("Måloppnåelse Mål Styringsparame")
    table = text[start:text.index("Resultat mot resultatkrav", start)]
    # each styringsparameter: requirement, reported result and the state, in row order
    expected = [("AT-P1 ", "40 (2025) 38 nådd"), ("AT-P1.5 ", "14 000 (2025) 14 150 nådd"),
                ("AT-P1.6 ", "95 prosent (2025) 88 prosent ikke nådd Flere saker"),
                ("AT-P2 ", "40 prosent (2025) 45 prosent ikke nådd"),
                ("AT-P2.1 ", "950 (2025) 960 nådd"),
                ("AT-P2.3 ", "600 (2025) – ikke rapportert"),
                ("AT-P3.5 ", "65 prosent (2025) ikke oppgitt ikke vurdert"),
                ("AT-P3.6 ", "85 prosent (2025) 86 prosent nådd"),
                ("AT-P4.2 ", "5 prosent (2025) 6,1 prosent ikke nådd Et høyt")]
    position = 0
    for row, cells in expected:
        position = table.index(row, position)
        end = table.find("AT-P", position + len(row))
        assert cells in table[position:end if end > 0 else None], row
    assert "AT-O9 Rapportere månedlig antall tilsyn per region til departementet ingen status" \
        in text.replace("- ", "")
    assert "AT-O7 Innføre ny digital løsning for godkjenningsordningene ikke utført" in text
    parts = text[text.index("Årsrapportens deler"):]
    for part in ("I Leders beretning Leders beretning ja ja ja",
                 "VI Årsregnskap Årsregnskap ja ja ja ja"):
        assert part in parts, part


def test_shares_for_the_ministry_view():
    from govcheck.views.annual import attainment_shares

    shares = attainment_shares(_report_result([REPORT, LETTER]))
    assert {k: shares[k] for k in ("indicators", "reported", "judged", "met",
                                    "assignments", "done")} == {
        "indicators": 9, "reported": 8, "judged": 7, "met": 4, "assignments": 13, "done": 9}
    assert attainment_shares(next(iter(check_paths([REPORT])))) is None  # no letter: no shares


def test_two_years_of_results_side_by_side():
    from govcheck.views.diff.annual import compare_reports

    old = {"results": [{"indicator": "A", "values": [{"period": "2024", "value": 40}]},
                       {"indicator": "B", "values": None},
                       {"indicator": "D", "values": [{"period": "2024", "value": 5,
                                                      "unit": "count"}]}],
           "assignment_status": [{"assignment": "O1", "status": "partly"}]}
    new = {"results": [{"indicator": "A", "values": [{"period": "2025", "value": 45.5}]},
                       {"indicator": "C", "values": [{"period": "2025", "value": 3}]},
                       {"indicator": "D", "values": [{"period": "2025", "value": 6,
                                                      "unit": "percent"}]}],
           "assignment_status": [{"assignment": "O1", "status": "done"}]}
    got = compare_reports(old, new)
    assert got["results"] == [
        {"indicator": "A", "before": ("2024", 40, None), "after": ("2025", 45.5, None),
         "change": 5.5},
        {"indicator": "B", "before": None, "after": None, "change": None},
        {"indicator": "C", "before": None, "after": ("2025", 3, None), "change": None},
        {"indicator": "D", "before": ("2024", 5, "count"), "after": ("2025", 6, "percent"),
         "change": None}]  # another unit: no change computed
    assert got["assignments"] == [{"assignment": "O1", "before": "partly", "after": "done"}]
    assert got["documents"] == ["", ""]


def test_html_report_without_the_letter_says_attainment_is_not_reviewed():
    import datetime as dt

    from govcheck.report.html import render_html

    page = render_html(list(check_paths([REPORT])), "en", dt.date(2026, 3, 10), "test")
    assert "The letter the report answers was not checked with it" in page
    assert "Parts of the annual report" in page
    assert 'class="attainment"' not in page


def test_shares_survive_a_parallel_run_without_item_facts():
    from govcheck.views.annual import attainment_shares

    [result] = [r for r in check_paths([REPORT, LETTER], jobs=2, keep_documents=False)
                if r.file == REPORT]
    assert attainment_shares(result)["met"] == 4 and attainment_shares(result)["done"] == 9


def test_comparison_as_text():
    from govcheck.views.diff.annual import compare_reports, render_comparison

    old = {"results": [{"indicator": "A", "values": [{"period": "2024", "value": 40,
                                                      "unit": "percent"}]}],
           "assignment_status": [{"assignment": "O1", "status": "partly"}]}
    new = {"results": [{"indicator": "A", "values": [{"period": "2025", "value": 45.5,
                                                      "unit": "percent"}]}],
           "assignment_status": [{"assignment": "O1", "status": "done"}]}
    rows = [line.split("  ") for line in
            render_comparison(compare_reports(old, new), "nb").splitlines()]
    cells = [[c.strip() for c in row if c.strip()] for row in rows]
    # units as govcheck.numbers words them (a no-break space before the word)
    assert ["A", "40\xa0prosent (2024)", "45,5\xa0prosent (2025)", "+5,5\xa0prosent"] in cells
    assert ["O1", "delvis utført", "utført"] in cells


def test_diff_command_on_two_annual_reports(tmp_path):
    from click.testing import CliRunner

    from govcheck.cli import main

    later = tmp_path / "arsrapport-2026.yaml"
    later.write_text(Path(REPORT).read_text(encoding="utf-8").replace("value: 38,", "value: 41,")
                     .replace("id: AT-AR-2025", "id: AT-AR-2026"), encoding="utf-8")
    result = CliRunner().invoke(main, ["diff", REPORT, str(later), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = [[c for c in line.split("  ") if c.strip()] for line in result.output.splitlines()]
    assert result.output.startswith("AT-AR-2025 → AT-AR-2026\n")
    assert ["AT-P1", "38 (2025)", "41 (2025)", "+3"] in [[c.strip() for c in row]
                                                        for row in lines]


def test_workbook_round_trip_keeps_the_findings(tmp_path):
    """The workbook has no sheets of its own for an annual report: parts, results, oppdrag
    statuses and answers travel as JSON cells on the document sheet and come back whole."""
    from click.testing import CliRunner

    from govcheck.cli import main

    book, back = tmp_path / "arsrapport.xlsx", tmp_path / "arsrapport.yaml"
    for args in (["export", REPORT, "-o", str(book)], ["import", str(book), "-o", str(back)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.output
    found = [sorted((f.rule, f.target) for f in _report_result([path, LETTER]).active)
             for path in (REPORT, str(back))]
    assert found[0] == found[1] == [("REPORT006", "AT-P2.3"), ("REPORT008", "AT-O9"),
                                    ("REPORT009", "AT-P2")]
