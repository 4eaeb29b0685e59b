"""Enumeration cells in the planner's language: words in the cells and the lists, read back
as the format's codes from any of nb, nn, en (or the code itself), in any case."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govcheck.cli import main
from govcheck.document.loader import load
from govcheck.workbook.enums import KEPT, readings, word, words
from govcheck.workbook.export import export_workbook, migrated
from govcheck.workbook.reader import load_workbook_document, read_workbook
from govcheck.workbook.table import SHEETS, field_rows, sheet_columns

ROOT = Path(__file__).resolve().parent.parent
KITCHEN = ROOT / "tests" / "data" / "every-key-v2.yaml"
ENUMS = sorted({c.enum for s in SHEETS for c in sheet_columns(s) if c.enum} |
               {c.enum for _, c, _ in field_rows() if c.enum})


def _cell(book, sheet: str, header: str, row: int = 2):
    found = book[sheet]
    column = next(c.column for c in found[1] if c.value == header)
    return found.cell(row, column)


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e[0])
def test_every_enumeration_has_a_distinct_word_in_each_language(enum):
    readings(enum)  # raises when one spelling would name two codes
    for lang in ("nb", "nn", "en"):
        said = words(enum, lang)
        assert len({w.casefold() for w in said}) == len(enum), (enum, lang)
        assert all(w.strip() == w and not set(w) & set(',"') for w in said), said
    for code in enum:  # Norwegian says the code in Norwegian, except the currency
        assert (word(code, "nb") == code) == (code in KEPT), code
        assert (word(code, "nn") == code) == (code in KEPT), code


@pytest.mark.parametrize("lang, chain, unit, doc_type, listed", [
    ("nb", "effekt", "prosent", "mål- og disponeringsbrev",
     '"innsatsfaktor,aktivitet,produkter og tjenester,effekt,(ikke oppgitt)"'),
    ("nn", "effekt", "prosent", "mål- og disponeringsbrev",
     '"innsatsfaktor,aktivitet,produkt og tenester,effekt,(ikkje oppgitt)"'),
    ("en", "outcome", "percent", "disposition letter",
     '"input,activity,products and services,outcome,(not stated)"'),
])
def test_cells_and_lists_hold_the_words_of_the_workbook_language(lang, chain, unit, doc_type,
                                                                  listed):
    book = openpyxl.load_workbook(io.BytesIO(export_workbook(load(str(KITCHEN)).data, lang)))
    goals, indicators = book.sheetnames[4], book.sheetnames[5]
    header = {"nb": "Resultatkjede", "nn": "Resultatkjede", "en": "Results chain"}[lang]
    cell = _cell(book, goals, header)
    assert cell.value == chain
    lists = {str(v.sqref).split(":")[0]: v.formula1
             for v in book[goals].data_validations.dataValidation}
    assert lists[cell.coordinate] == listed
    unit_header = {"nb": "Enhet", "nn": "Eining", "en": "Unit"}[lang]
    assert _cell(book, indicators, unit_header).value == unit
    assert book.worksheets[0]["B4"].value == doc_type  # Dokumenttype on the first sheet


def test_import_reads_codes_and_any_language_in_any_case(tmp_path):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(export_workbook(load(str(KITCHEN)).data, "nb"))
    book = openpyxl.load_workbook(path)
    _cell(book, "Mål", "Resultatkjede").value = "OUTPUT"  # the code, shouted
    _cell(book, "Mål", "Perspektiv").value = "  Brukar "  # nynorsk, with spaces
    _cell(book, "Brukermedvirkning", "Hyppighet").value = "Quarterly"
    _cell(book, "Brukermedvirkning", "Faser").value = "planlegging, Evaluation"
    _cell(book, "Risikoer", "Håndtering").value = "Redusere"
    book.save(path)
    data = load_workbook_document(str(path)).data
    assert (data["goals"][0]["chain"], data["goals"][0]["perspective"]) == ("output", "user")
    assert data["user_participation"][0]["frequency"] == "quarterly"
    assert data["user_participation"][0]["phases"] == ["planning", "evaluation"]
    assert data["risks"][0]["treatment"] == "reduce"


@pytest.mark.parametrize("lang, message", [
    ("nb", "«effektt» er ikke et av valgene i denne kolonnen; velg innsatsfaktor, aktivitet, "
           "produkter og tjenester, effekt"),
    ("nn", "«effektt» er ikkje eitt av vala i denne kolonnen; vel innsatsfaktor, aktivitet, "
           "produkt og tenester, effekt"),
    ("en", "«effektt» is not one of this column's values; choose input, activity, "
           "products and services, outcome"),
])
def test_an_unknown_word_is_one_line_naming_sheet_and_cell(tmp_path, lang, message):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(export_workbook(load(str(KITCHEN)).data, "nb"))
    book = openpyxl.load_workbook(path)
    cell = _cell(book, "Mål", "Resultatkjede")
    cell.value = "effektt"
    book.save(path)
    expected = f"{path}:Mål!{cell.coordinate}: {message}"
    for args in (["check", str(path), "-j", "1"], ["import", str(path)]):
        result = CliRunner().invoke(main, [*args, "--lang", lang])
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines() == [expected], args


def test_a_value_the_format_does_not_allow_comes_back_as_itself(tmp_path):
    """`chain: effekt` is wrong in the YAML (the code is `outcome`): the workbook must not
    turn it into the code its word names, nor refuse it; the schema reports it."""
    data = {"govcheck": 2, "document": {"id": "D", "type": "business_plan", "year": 2025},
            "goals": [{"id": "G1", "title": "T", "level": 1, "chain": "effekt",
                       "perspective": 3}]}
    raw = export_workbook(data, "nb")
    book = openpyxl.load_workbook(io.BytesIO(raw))
    assert _cell(book, "Mål", "Resultatkjede").value == 'json:"effekt"'
    assert read_workbook(raw, "x.xlsx").data == migrated(data)


def test_words_shown_before_catalog_3_still_read():
    from govcheck.workbook.enums import code_of
    from govcheck.workbook.enums import word as shown

    kinds = ("user_council", "survey", "co_design", "consultation")
    assert shown("user_council", "nb") == "brukerutvalg"
    assert code_of("Brukerråd", kinds) == code_of("brukerutvalg", kinds) == "user_council"
    categories = ("goals_and_results", "reliable_reporting", "compliance")
    assert code_of("mål og resultater", categories) == "goals_and_results"
