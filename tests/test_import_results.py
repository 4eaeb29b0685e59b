"""`govcheck import-results`: the monthly routine of a scorecard, merged into the YAML."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.loader import load
from govcheck.workbook.export import export_workbook

ROOT = Path(__file__).resolve().parent.parent
NAV = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
TABLE = ("Styringsparameter;Periode;Verdi;Kommentar\n"
         "NH-I07;2012-12;83;Desember\n"
         "NH-I07;2012-11;81;\n"
         "NH-I07-UFO;2012-11;58\n"
         "Andel meldekort levert elektronisk;2013-01;80,5\n"
         "FOO;2013-01;1\n"
         "NH-I02;2013-13;4\n")


@pytest.fixture()
def letter(tmp_path) -> Path:
    path = tmp_path / "nav.yaml"
    shutil.copy(NAV, path)
    return path


def _actuals(path: Path, identifier: str) -> list:
    for goal in load(str(path)).data["goals"]:
        for indicator in goal.get("indicators") or []:
            if indicator["id"] == identifier:
                return indicator.get("actuals")
    raise AssertionError(identifier)


def test_reports_matched_unmatched_and_overwritten_without_writing(letter, tmp_path):
    table = tmp_path / "results.csv"
    table.write_text(TABLE, encoding="utf-8")
    before = letter.read_bytes()
    result = CliRunner().invoke(main, ["import-results", str(table), "--into", str(letter)])
    assert result.exit_code == 1  # some rows did not match
    assert letter.read_bytes() == before  # never modified without --write
    lines = result.output.splitlines()
    assert f"{table}:2: NH-I07 2012-12: 83 vil legges til" in lines
    assert f"{table}:3: NH-I07 2012-11: 81 uendret" in lines
    assert f"{table}:4: NH-I07-UFO 2012-11: 56 → 58 vil overskrives" in lines
    assert f"{table}:5: NH-I05.2 2013-01: 80.5 vil legges til" in lines  # matched by name
    assert (f"{table}:6: ikke brukt: «FOO» 2013-01 1: ingen styringsparameter med denne "
            "id-en eller dette navnet") in lines
    assert f"{table}:7: ikke brukt: «NH-I02» 2013-13 4: ikke en periode (2015, 2015-03, " \
           "2015-T1, 2015-Q1)" in lines
    assert "4 rader passet (2 nye, 1 uendret, 1 endret), 2 passet ikke" in lines


def test_write_merges_and_keeps_comments_and_layout(letter, tmp_path):
    table = tmp_path / "results.csv"
    table.write_text(TABLE, encoding="utf-8")
    before = letter.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["import-results", str(table), "--into", str(letter),
                                       "--write"])
    assert result.exit_code == 1, result.output
    after = letter.read_text(encoding="utf-8")
    removed = set(before.splitlines()) - set(after.splitlines())
    assert removed == {"          - {period: 2012-11, value: 56}"}  # the one overwritten
    assert [line for line in before.splitlines() if "#" in line] == \
        [line for line in after.splitlines() if "#" in line]
    assert _actuals(letter, "NH-I07")[-1] == {"period": "2012-12", "value": 83,
                                              "comment": "Desember"}
    assert _actuals(letter, "NH-I07-UFO")[-1] == {"period": "2012-11", "value": 58}
    assert _actuals(letter, "NH-I05.2") == [{"period": "2013-01", "value": 80.5}]


def test_the_scorecard_sheet_of_a_workbook_is_a_results_table(letter, tmp_path):
    workbook = tmp_path / "plan.xlsx"
    workbook.write_bytes(export_workbook(load(str(NAV)).data))
    book = openpyxl.load_workbook(workbook)
    sheet = book["Resultater"]
    column = sheet.max_column + 1
    sheet.cell(1, column, "2012-12")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "NH-I07-BB")
    sheet.cell(row, column, 77)
    book.save(workbook)
    result = CliRunner().invoke(main, ["import-results", str(workbook), "--into", str(letter),
                                       "--write", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert f"{workbook}:{row}: NH-I07-BB 2012-12: 77 added" in result.output.splitlines()
    assert _actuals(letter, "NH-I07-BB")[-1] == {"period": "2012-12", "value": 77}
    # the rest of the scorecard was already in the document: unchanged, nothing overwritten
    assert "0 changed" in result.output


def test_an_unreadable_table_is_one_line_and_exit_2(letter, tmp_path):
    table = tmp_path / "results.csv"
    table.write_text("a;b\n1;2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["import-results", str(table), "--into", str(letter)])
    assert result.exit_code == 2  # in the document's language (bokmål)
    assert result.output.strip() == (f"{table}:1:1: ingen kolonne for styringsparameteren "
                                     "(Styringsparameter, Id eller Navn)")
    result = CliRunner().invoke(main, ["import-results", str(table), "--into", str(letter),
                                       "--lang", "en"])
    assert result.exit_code == 2
    assert result.output.strip() == (f"{table}:1:1: no column for the styringsparameter "
                                     "(Styringsparameter, Id or Navn)")


def test_a_result_that_cannot_be_merged_is_one_line_in_the_document_language(tmp_path):
    document = tmp_path / "plan.yaml"
    document.write_text("govcheck: 2\ndocument: {id: D, type: business_plan, year: 2025}\n"
                        "goals:\n  - id: G1\n    title: T\n    level: 1\n    indicators:\n"
                        "      - {id: I1, name: Saker, unit: count}\n", encoding="utf-8")
    table = tmp_path / "results.csv"
    table.write_text("Styringsparameter;Periode;Verdi\nI1;2025-03;4\n", encoding="utf-8")
    before = document.read_text(encoding="utf-8")
    said = {}
    for lang in ("nb", "nn", "en"):
        result = CliRunner().invoke(main, ["import-results", str(table), "--into",
                                           str(document), "--write", "--lang", lang])
        assert result.exit_code == 2, result.output
        said[lang] = result.stderr.strip()
    assert said == {
        "nb": f"{document}:8:9: styringsparameteren er skrevet på én linje ({{…}}); før inn "
              "resultatene for hånd",
        "nn": f"{document}:8:9: styringsparameteren er skriven på éi linje ({{…}}); før inn "
              "resultata for hand",
        "en": f"{document}:8:9: the indicator is written on one line ({{…}}); add its results "
              "by hand"}
    assert document.read_text(encoding="utf-8") == before


def test_a_results_workbook_is_bounded_by_its_content_as_a_document_is(tmp_path):
    from govcheck.document.loader import LoadError
    from govcheck.workbook.results import read_table

    path = tmp_path / "results.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Resultater"
    book.active.append(["Styringsparameter", "Periode", "Verdi"])
    for _ in range(400):
        book.active.append(["NH-I07-BB", "2012-12", 77])
    book.save(path)
    assert path.stat().st_size < 12_000
    assert len(read_table(str(path), 20_000)) == 401
    with pytest.raises(LoadError) as caught:
        read_table(str(path), 12_000)
    # 59 for the header and 46 a row: 11973 after row 260, and B261 passes 12000
    assert str(caught.value) == (f"{path}:Resultater!B261: the workbook holds more content "
                                 "than the bound of 12000 bytes (max-file-size) allows; each "
                                 "cell counts its text plus 10; reading stopped here")
