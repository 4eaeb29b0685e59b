"""Workbooks: export writes what a planner recognises; import reads it back unchanged."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.loader import load, parse
from govcheck.document.normalize import normalize
from govcheck.workbook.export import export_workbook, migrated
from govcheck.workbook.reader import load_workbook_document, read_workbook
from govcheck.workbook.yaml_out import document_yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*.yaml"))
KITCHEN = [ROOT / "tests" / "data" / "every-key-v2.yaml",
           ROOT / "tests" / "data" / "every-key.yaml"]


def _book(data, lang=None):
    return openpyxl.load_workbook(io.BytesIO(export_workbook(data, lang)))


def _round_trip(data, tmp_path, name="plan.xlsx"):
    path = tmp_path / name
    path.write_bytes(export_workbook(data))
    return load_workbook_document(str(path))


def _column(sheet, header):
    for cell in sheet[1]:
        if cell.value == header:
            return cell.column
    raise AssertionError(f"no column {header} on {sheet.title}")


def test_sheets_follow_the_document_language_and_lang_on_request():
    nav = load(str(ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml")).data
    assert _book(nav).sheetnames[:8] == ["Dokument", "Signaturer", "Vedlegg", "Strategi", "Mål",
                                        "Styringsparametere", "Resultatkrav", "Resultater"]
    assert "Risikoer" in _book(nav).sheetnames and "Styringskalender" in _book(nav).sheetnames
    nynorsk = load(str(ROOT / "samples" / "tildelingsbrev-2012-jernbanetilsynet-nn.yaml")).data
    assert "Styringsparametrar" in _book(nynorsk).sheetnames
    english = _book(nav, "en")
    assert english.sheetnames[4:6] == ["Goals", "Indicators"]
    assert [c.value for c in english["Goals"][1]][:3] == ["Id", "Title", "Level"]


def test_headers_frozen_widths_lists_dates_and_amounts():
    data = load(str(KITCHEN[0])).data
    book = _book(data)
    goals = book["Mål"]
    assert goals.freeze_panes == "A2"
    assert book["Styringsparametere"].freeze_panes == "B2"  # the goal column stays in view
    assert goals.column_dimensions["B"].width >= 30
    chain = openpyxl.utils.get_column_letter(_column(goals, "Resultatkjede"))
    lists = {str(v.sqref): v.formula1 for v in goals.data_validations.dataValidation}
    listed = next(f for ref, f in lists.items() if ref.startswith(f"{chain}2:"))
    assert listed == '"innsatsfaktor,aktivitet,produkter og tjenester,effekt,(ikke oppgitt)"'
    assignments = book["Oppdrag"]
    deadline = assignments.cell(2, _column(assignments, "Frist"))
    assert deadline.value == dt.datetime(2015, 10, 1) and deadline.number_format == "dd.mm.yyyy"
    budget = book["Budsjett"]
    amount = budget.cell(2, _column(budget, "Beløp"))
    assert amount.value == 1500000000 and amount.number_format == "#,##0"
    # B2 states its amount as null: «not stated», never 0
    assert budget.cell(3, _column(budget, "Beløp")).value == "(ikke oppgitt)"


def test_unknown_stays_empty_and_nothing_becomes_zero(tmp_path):
    data = load(str(ROOT / "samples" / "real-letters" / "nasjonalbiblioteket-2011.yaml")).data
    book = _book(data)
    numbers = [cell.value for sheet in book.worksheets for row in sheet.iter_rows(min_row=2)
               for cell in row if type(cell.value) in (int, float) and cell.value == 0]
    assert numbers == []


def test_the_scorecard_is_a_table_of_periods_with_comments():
    nav = load(str(ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml")).data
    sheet = _book(nav)["Resultater"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Styringsparameter", "Navn (kun til lesing)", "2012-01", "2012-02"]
    assert header[-1] == "2012-11"
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "NH-I07")
    august = row[header.index("2012-08")]
    assert august.value == 71
    assert august.comment.text == "Ferieavvikling; enkeltmåned under kravet"


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    data = {"govcheck": 2, "document": {"id": "D", "type": "business_plan", "year": 2025,
                                        "title": "=HYPERLINK(\"http://x.invalid\")"}}
    path = tmp_path / "f.xlsx"
    path.write_bytes(export_workbook(data))
    cell = openpyxl.load_workbook(path)["Dokument"]["B5"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert load_workbook_document(str(path)).data["document"]["title"] == data["document"]["title"]


@pytest.mark.parametrize("path", SAMPLES + KITCHEN, ids=lambda p: p.name)
def test_round_trip_gives_the_same_data(path, tmp_path):
    data = load(str(path)).data
    assert _round_trip(data, tmp_path).data == migrated(data)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("path", KITCHEN, ids=lambda p: p.name)
def test_round_trip_in_every_language(path, lang):
    """The files with every key hold every enumeration: their words read back as codes."""
    data = load(str(path)).data
    assert read_workbook(export_workbook(data, lang), "k.xlsx").data == migrated(data)


FIXTURES = sorted((ROOT / "tests" / "rules").glob("*.yaml"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_round_trip_of_every_rule_fixture(fixture):
    from govcheck.document.loader import load_yaml

    langs = ("nb", "nn", "en")  # each language in turn: all three over the fixtures
    for index, case in enumerate(load_yaml(str(fixture)).data["cases"]):
        related = (case.get("related") or {}).values()  # a list: several siblings
        texts = [t for r in related for t in (r if isinstance(r, list) else [r])]
        for text in [case["document"], *texts]:
            document = parse(text.encode("utf-8"), "fixture.yaml")
            normalize(document.data)
            lang = langs[index % 3]
            read = read_workbook(export_workbook(document.data, lang), "fixture.xlsx")
            assert read.data == migrated(document.data), f"case {index} in {lang}"


def test_import_writes_yaml_that_reads_back_the_same(tmp_path):
    source = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    workbook, output = tmp_path / "nav.xlsx", tmp_path / "nav.yaml"
    runner = CliRunner()
    exported = runner.invoke(main, ["export", str(source), "-o", str(workbook)])
    assert exported.exit_code == 0, exported.output
    imported = runner.invoke(main, ["import", str(workbook), "-o", str(output)])
    assert imported.exit_code == 0, imported.output
    assert load(str(output)).data == migrated(load(str(source)).data)
    again = runner.invoke(main, ["export", str(source), "-o", str(workbook)])
    assert again.exit_code == 2 and "--force" in again.output  # never overwrites unasked


def test_x_columns_come_back_as_x_keys(tmp_path):
    data = load(str(KITCHEN[0])).data
    path = tmp_path / "x.xlsx"
    path.write_bytes(export_workbook(data))
    book = openpyxl.load_workbook(path)
    goals = book["Mål"]
    column = goals.max_column + 1
    goals.cell(1, column, "x-budsjettansvar")
    goals.cell(2, column, "Avdeling A")
    book.create_sheet("x-notater")["A1"] = "Egne notater, ikke en del av dokumentet"
    book.save(path)
    read = load_workbook_document(str(path)).data
    assert read["goals"][0]["x-budsjettansvar"] == "Avdeling A"
    assert read["x-note"] == data["x-note"]
    assert "x-budsjettansvar: Avdeling A" in document_yaml(read, "x.xlsx")


def test_the_sample_workbook_is_current():
    """samples/nav-disposisjonsbrev-2013.xlsx is `govcheck export` of the YAML beside it;
    regenerate it with `govcheck export samples/nav-disposisjonsbrev-2013.yaml -o
    samples/nav-disposisjonsbrev-2013.xlsx --force`."""
    source = ROOT / "samples" / "nav-disposisjonsbrev-2013.yaml"
    committed = openpyxl.load_workbook(source.with_suffix(".xlsx"))
    fresh = _book(load(str(source)).data)
    assert committed.sheetnames == fresh.sheetnames
    for name in fresh.sheetnames:
        cells = [[(c.value, c.number_format, c.comment.text if c.comment else None)
                  for c in row] for row in fresh[name].iter_rows()]
        assert cells == [[(c.value, c.number_format, c.comment.text if c.comment else None)
                          for c in row] for row in committed[name].iter_rows()], name
    assert load_workbook_document(str(source.with_suffix(".xlsx"))).data == migrated(
        load(str(source)).data)


@pytest.mark.parametrize("lang, said", [
    (None, "kan ikke skrives som regneark: Dokument!B5 har et kontrolltegn som et regneark "
           "ikke kan holde"),
    ("en", "cannot be written as a workbook: Document!B5 holds a control character that a "
           "workbook cannot hold"),
])
def test_a_value_no_workbook_can_hold_is_one_line(tmp_path, lang, said):
    source = tmp_path / "bell.yaml"
    source.write_text('govcheck: 2\ndocument: {id: D, type: business_plan, year: 2025, '
                      'title: "ring\\a"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(source), "-o", str(tmp_path / "b.xlsx"),
                                       *(["--lang", lang] if lang else [])])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{source}:1:1: {said}"
    assert not (tmp_path / "b.xlsx").exists()


def test_a_format_1_file_through_a_workbook_keeps_its_verdicts(tmp_path):
    """Format 1 cannot state a risk's objective category or the instructions; the workbook
    carries them as unknown, so LETTER008 and RISK009 stay not reviewed, never failed."""
    source = ROOT / "samples" / "tildelingsbrev-2015-clean.yaml"
    workbook = tmp_path / "clean.xlsx"
    runner = CliRunner()
    assert runner.invoke(main, ["export", str(source), "-o", str(workbook)]).exit_code == 0
    verdicts = []
    for path in (source, workbook):
        result = runner.invoke(main, ["check", str(path), "--format", "json"])
        report = json.loads(result.output)["documents"][0]
        verdicts.append(({f["rule"] for f in report["findings"]},
                         {i["rule"] for i in report["not_reviewed_items"]}))
    assert verdicts[0] == verdicts[1]
    assert {"LETTER008", "RISK009"} <= verdicts[1][1]


def test_headers_of_earlier_workbooks_are_still_read(tmp_path):
    """Workbooks written before «Resultatkjede», «Utgangsverdi» and «høyeste risikonivå»
    (docs/terminology.md) had «Virkningskjede», «Utgangspunkt» and «maks. score»: the same
    document is read from them."""
    source = ROOT / "samples" / "nav-disposisjonsbrev-2013.xlsx"
    book = openpyxl.load_workbook(source)
    former = {"Resultatkjede": "Virkningskjede", "Utgangsverdi": "Utgangspunkt",
              "Utgangsverdi periode": "Utgangspunkt periode",
              "Risikotoleranse (høyeste risikonivå)": "Risikotoleranse (maks. score)"}
    renamed = 0
    for sheet in book.worksheets:
        for cell in [*sheet[1], *(row[0] for row in sheet.iter_rows())]:
            if cell.value in former:
                cell.value = former[cell.value]
                renamed += 1
    assert renamed >= 4
    old = tmp_path / "old.xlsx"
    book.save(old)
    assert load_workbook_document(str(old)).data == load_workbook_document(str(source)).data
